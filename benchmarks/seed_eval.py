"""Score Parley on the seed article against our hand annotation (benchmarks/seed_gold.json).

    .venv/bin/python benchmarks/seed_eval.py [--seed PATH] [--errors]

Prints statement content-overlap F1, speaker / date / intermediary accuracy on matched
statements, timex value accuracy, event and position recall, as in issues 2, 4 and 5.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# The scorer is also loaded by tests/test_seed.py from its file path, so put benchmarks/ on the path.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import greedy_match  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SEED = REPO.parent / "shared" / "seed" / "kremlin-invitation-2026-01-29.txt"
GOLD = Path(__file__).resolve().parent / "seed_gold.json"


def locate(text: str, anchor: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = text.find(anchor, start + 1)
        if start < 0:
            raise SystemExit(f"gold anchor not found in text: {anchor!r} (occurrence {nth})")
    return start, start + len(anchor)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_one_to_one(gold_spans, pred_spans_list, required=None):
    """Greedy 1:1 matching by overlap size, required gold first. Returns {gold index: pred index}."""
    return greedy_match(gold_spans, pred_spans_list, lambda g, spans: sum(overlap(g, s) for s in spans), required)


def same_id(a, b) -> bool:
    """Two actor ids for the same words: annotators slug "U.S. officials" both as
    `anon-u-s-officials` and as `anon-us-officials`, so a run of one-letter parts counts as one word."""
    return a == b or (isinstance(a, str) and isinstance(b, str) and _joined_letters(a) == _joined_letters(b))


def _joined_letters(actor_id: str) -> str:
    """`anon-u-s-officials` -> `anon-us-officials`."""
    out: list[str] = []
    joining = False  # whether the last part is a run of one-letter parts
    for part in actor_id.split("-"):
        if len(part) == 1 and joining:
            out[-1] += part
        else:
            out.append(part)
            joining = len(part) == 1
    return "-".join(out)


def score(text: str, result: dict, gold: dict, show_errors: bool = False) -> dict:
    figures = {}
    # --- statements ---
    golds = gold["statements"]
    g_spans = [locate(text, g["content"]) for g in golds]
    preds = result["statements"]
    if gold.get("headline_annotated") is False:
        # the annotators left the headline (the first line) out, so statements there are left out too
        first_line = text.find("\n") if "\n" in text else len(text)
        preds = [p for p in preds if min(s for s, _e in p["content_spans"]) >= first_line]
    matches = match_one_to_one(g_spans, [[tuple(s) for s in p["content_spans"]] for p in preds],
                               [not g.get("optional") for g in golds])
    optional_preds = {pi for gi, pi in matches.items() if golds[gi].get("optional")}
    required = [gi for gi, g in enumerate(golds) if not g.get("optional")]
    tp = sum(1 for gi in required if gi in matches)
    n_pred = len(preds) - len(optional_preds)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / len(required) if required else 0.0
    figures["statement_f1"] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    figures["statement_precision"], figures["statement_recall"] = precision, recall
    matched = [(golds[gi], preds[matches[gi]]) for gi in required if gi in matches]
    for field, key in (("speaker", "speaker"), ("date", "date"), ("via", "via")):
        right = sum(1 for g, p in matched if same_id(g[field], p[key]))
        figures[f"{field}_accuracy"] = right / len(matched) if matched else 0.0
    if show_errors:
        for gi in required:
            if gi not in matches:
                print(f"  MISSED statement: {golds[gi]['content'][:80]!r}")
        matched_p = set(matches.values())
        for pi, p in enumerate(preds):
            if pi not in matched_p:
                print(f"  SPURIOUS statement: {p['speaker_name']}: {p['content'][:80]!r}")
        for g, p in matched:
            for field, key in (("speaker", "speaker"), ("date", "date"), ("via", "via")):
                if not same_id(g[field], p[key]):
                    print(f"  WRONG {field}: gold {g[field]!r} got {p[key]!r} for {g['content'][:60]!r}")
    # --- timexes ---
    right = 0
    for g in gold["timexes"]:
        span = locate(text, g["text"], g.get("nth", 1))
        hits = [t for t in result["timexes"] if overlap(span, tuple(t["span"]))]
        ok = any(t["value"] == g["value"] for t in hits)
        right += ok
        if show_errors and not ok:
            print(f"  WRONG timex {g['text']!r}: gold {g['value']} got {[t['value'] for t in hits]}")
    # a gold file may annotate only statements (news round 5): no figure, rather than a crash
    figures["timex_value_accuracy"] = right / len(gold["timexes"]) if gold["timexes"] else None
    # --- events ---
    required_events = [g for g in gold.get("events", []) if not g.get("optional")]
    found = dated = 0
    for g in required_events:
        span = locate(text, g["anchor"])
        hits = [e for e in result["events"] if overlap(span, tuple(e["span"])) and e["type"] in g["types"]]
        found += bool(hits)
        dated += any(e["date"] == g["date"] for e in hits)
        if show_errors and not any(e["date"] == g["date"] for e in hits):
            near = [(e["type"], e["date"], e["status"]) for e in result["events"] if overlap(span, tuple(e["span"]))]
            print(f"  EVENT {g['anchor']!r}: want {g['types']} {g['date']}; got {near}")
    figures["event_recall"] = found / len(required_events) if required_events else None
    figures["event_recall_with_date"] = dated / len(required_events) if required_events else None
    # --- positions ---
    found = 0
    for g in gold.get("positions", []):
        span = locate(text, g["anchor"])
        ok = any(overlap(span, tuple(p["span"])) and same_id(p["actor"], g["actor"]) and p["issue"] == g["issue"]
                 and p["stance"] == g["stance"] for p in result["positions"])
        found += ok
        if show_errors and not ok:
            near = [(p["actor"], p["issue"], p["stance"]) for p in result["positions"] if overlap(span, tuple(p["span"]))]
            print(f"  POSITION {g['anchor']!r}: want {g['actor']} {g['issue']} {g['stance']}; got {near}")
    figures["position_recall"] = found / len(gold["positions"]) if gold.get("positions") else None
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    parser.add_argument("--errors", action="store_true", help="list misses and wrong fields")
    args = parser.parse_args()
    from parley.pipeline import extract_text

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    text = args.seed.read_text(encoding="utf-8")
    result = extract_text(text, published=gold["published"]).to_dict()
    figures = score(text, result, gold, show_errors=args.errors)
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value:.3f}")


if __name__ == "__main__":
    main()
