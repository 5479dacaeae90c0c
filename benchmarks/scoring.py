"""Shared by the benchmark scripts: greedy 1:1 matching of gold and predicted records."""
from __future__ import annotations

from collections import Counter
from typing import Callable, Optional, Sequence, TypeVar

G = TypeVar("G")
P = TypeVar("P")


def greedy_match(gold: Sequence[G], pred: Sequence[P], key: Callable[[G, P], float],
                 required: Optional[Sequence[bool]] = None) -> dict[int, int]:
    """Pair gold and predicted items one to one, best `key` score first; pairs scoring 0 never
    match. With `required` (one flag per gold item), required gold items are paired first: an
    optional one counts neither for nor against, so it must not take a prediction a required
    one also covers. Returns {gold index: pred index}."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            score = key(g, p)
            if score > 0:
                pairs.append((bool(required[gi]) if required is not None else True, score, gi, pi))
    pairs.sort(key=lambda x: (x[0], x[1], x[2], x[3]), reverse=True)
    used_g, used_p, out = set(), set(), {}
    for _first, _score, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out[gi] = pi
    return out


def required_and_counts(golds: Sequence[dict], n_pred: int, matches: dict[int, int]) -> tuple[list[int], Counter]:
    """The indexes of the gold records that are not `optional`, and the gold and predicted counts:
    an optional gold record counts neither for nor against, so a prediction matched to one is
    left out too."""
    required = [gi for gi, g in enumerate(golds) if not g.get("optional")]
    optional_hits = {pi for gi, pi in matches.items() if golds[gi].get("optional")}
    return required, Counter(gold=len(required), pred=n_pred - len(optional_hits))
