"""How far two human annotators agree on the blind TIMEX3 set, and where Parley stands between them.

Run:  .venv/bin/python benchmarks/timex_iaa.py [--errors]

`benchmarks/timex_iaa/<folder>/` holds a second, independent annotation of some articles of
`benchmarks/timex_news/<folder>/` (same file names, same text; the second annotator never saw the
first annotation nor Parley's output). Each pair is scored with the TE3 Task A metric of
`timex_train.py`, taking one side as the gold: annotator B against annotator A is the human
agreement (the ceiling a system can reach on this set); Parley is scored against each of them.
Files the second annotator has not tagged yet (no TIMEX3 at all) are left out.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from timex_train import Counts, load_tml, score_doc  # noqa: E402


@dataclass
class Tagged:
    """An annotator's timex in the shape `score_doc` takes for system output."""
    span: tuple[int, int]
    text: str
    type: str
    value: str
    mod: Optional[str] = None


def pairs(root: Path, first: Path):
    for second_file in sorted(root.glob("*/*.tml")):
        first_file = first / second_file.parent.name / second_file.name
        if not first_file.exists():
            print(f"timex_iaa: {second_file}: no first annotation at {first_file}", file=sys.stderr)
            continue
        a, b = load_tml(first_file, second_file.parent.name), load_tml(second_file, second_file.parent.name)
        if a.text != b.text:
            print(f"timex_iaa: {second_file}: text differs from the first annotation's, skipped", file=sys.stderr)
            continue
        if b.timexes:
            yield a, b


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--second", type=Path, default=HERE / "timex_iaa")
    ap.add_argument("--first", type=Path, default=HERE / "timex_news")
    ap.add_argument("--errors", action="store_true", help="print where annotator B departs from A")
    args = ap.parse_args()

    from parley.extract.timexes import extract_timexes
    from parley.nlp import load_pipeline

    nlp = load_pipeline()
    rows = {"B against A (human agreement)": Counts(), "Parley against A": Counts(), "Parley against B": Counts()}
    docs = 0
    for a, b in pairs(args.second, args.first):
        docs += 1
        as_system = lambda d: [Tagged(tuple(t.span), t.text, t.type, t.value) for t in d.timexes]  # noqa: E731
        parley = extract_timexes(nlp(a.text), a.dct)
        c, errors = score_doc(a, as_system(b))
        rows["B against A (human agreement)"].add(c)
        rows["Parley against A"].add(score_doc(a, parley)[0])
        rows["Parley against B"].add(score_doc(b, parley)[0])
        if args.errors and errors:
            print(f"== {a.corpus}/{a.name} (DCT {a.dct}); gold = A, sys = B")
            print("\n".join(errors))
    cols = ["relaxed_P", "relaxed_R", "relaxed_F1", "strict_F1", "value_acc", "value_F1"]
    print(f"{docs} articles annotated twice")
    print(f"{'':32}{'gold':>6}{'sys':>6}" + "".join(f"{c:>11}" for c in cols))
    for name, c in rows.items():
        f = c.figures()
        print(f"{name:32}{c.gold:>6}{c.system:>6}" + "".join(f"{f[k]:>11.3f}" for k in cols))


if __name__ == "__main__":
    main()
