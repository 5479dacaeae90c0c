"""Score `extract_timexes` on the TempEval-3 training data (TimeBank + AQUAINT), TE3 Task A metric.

Run:  .venv/bin/python benchmarks/timex_train.py [--data DIR] [--limit N] [--errors] [--corpus NAME] [--half even|odd]

Each .tml document is fed as plain text (the text nodes under <TEXT>, tags removed) with its DCT
value[:10] as the publication date. Metric (as in the data folder's README, after TE3
`evaluate_entities.py`): gold and system timexes are aligned one-to-one by overlap; relaxed match =
any overlap, strict match = identical extent; value accuracy = relaxed matches with an identical
value / relaxed matches; value F1 = value accuracy x relaxed F1 (type F1 likewise). The DCT is
excluded because it is outside <TEXT>.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parley.read.timeml import parse_timeml  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared/eval/timex/tempeval3/train"


@dataclass
class GoldTimex:
    span: tuple[int, int]
    text: str
    type: str
    value: str


@dataclass
class GoldDoc:
    name: str
    corpus: str
    text: str
    dct: str
    timexes: list[GoldTimex]


def load_tml(path: Path, corpus: str) -> GoldDoc:
    doc = parse_timeml(path.read_text(encoding="utf-8"))
    timexes = [GoldTimex(t.span, doc.text[t.span[0]:t.span[1]], t.attrib.get("type", ""), t.attrib.get("value", ""))
               for t in doc.tags if t.tag == "TIMEX3"]
    return GoldDoc(path.stem, corpus, doc.text, doc.dct, timexes)


def load_corpus(data: Path) -> list[GoldDoc]:
    """Every .tml file in `data` (one subcorpus) or in its subfolders (one subcorpus each)."""
    docs = [load_tml(f, data.name) for f in sorted(data.glob("*.tml"))]
    for sub in sorted(p for p in data.iterdir() if p.is_dir()):
        for f in sorted(sub.rglob("*.tml")):
            docs.append(load_tml(f, sub.name))
    return docs


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    value_ok: int = 0
    type_ok: int = 0

    def add(self, other: "Counts") -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def figures(self) -> dict[str, float]:
        def prf(m):
            p = m / self.system if self.system else 0.0
            r = m / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        rp, rr, rf = prf(self.relaxed)
        sp, sr, sf = prf(self.strict)
        vacc = self.value_ok / self.relaxed if self.relaxed else 0.0
        tacc = self.type_ok / self.relaxed if self.relaxed else 0.0
        return {"relaxed_P": rp, "relaxed_R": rr, "relaxed_F1": rf, "strict_P": sp, "strict_R": sr,
                "strict_F1": sf, "value_acc": vacc, "value_F1": vacc * rf, "type_F1": tacc * rf}


def align(gold: list[GoldTimex], system: list) -> list[tuple]:
    """One-to-one pairs of overlapping (gold, system) timexes, greedily by largest overlap."""
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            ov = min(g.span[1], s.span[1]) - max(g.span[0], s.span[0])
            if ov > 0:
                candidates.append((-ov, gi, si))
    candidates.sort()
    used_g, used_s, pairs = set(), set(), []
    for _, gi, si in candidates:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gold[gi], system[si]))
    return pairs


def score_doc(doc: GoldDoc, system: list) -> tuple[Counts, list[str]]:
    c = Counts(gold=len(doc.timexes), system=len(system))
    pairs = align(doc.timexes, system)
    errors = []
    matched_g = {id(g) for g, _ in pairs}
    matched_s = {id(s) for _, s in pairs}
    for g, s in pairs:
        c.relaxed += 1
        c.strict += tuple(g.span) == tuple(s.span)
        c.value_ok += g.value == (s.value or "")
        c.type_ok += g.type == s.type
        if g.value != (s.value or "") or tuple(g.span) != tuple(s.span):
            errors.append(f"  VAL  gold {g.text!r} {g.type} {g.value}  | sys {s.text!r} {s.type} {s.value} {s.mod or ''}  | {_context(doc.text, g.span)}")
    for g in doc.timexes:
        if id(g) not in matched_g:
            errors.append(f"  MISS gold {g.text!r} {g.type} {g.value}  | {_context(doc.text, g.span)}")
    for s in system:
        if id(s) not in matched_s:
            errors.append(f"  FP   sys {s.text!r} {s.type} {s.value}  | {_context(doc.text, s.span)}")
    return c, errors


def _context(text: str, span, width: int = 60) -> str:
    s, e = span
    return (text[max(0, s - width):s] + "[[" + text[s:e] + "]]" + text[e:e + width]).replace("\n", " ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    ap.add_argument("--errors", action="store_true", help="print misses, false positives, wrong values")
    ap.add_argument("--corpus", default=None, help="only this subcorpus (TimeBank, AQUAINT)")
    ap.add_argument("--half", choices=["even", "odd"], default=None,
                    help="only the even- or odd-numbered documents (in sorted corpus order)")
    args = ap.parse_args()

    from parley.extract.timexes import extract_timexes
    from parley.nlp import load_pipeline

    docs = load_corpus(args.data)
    half_of = {id(d): ("odd docs" if i % 2 else "even docs") for i, d in enumerate(docs)}
    if args.half:
        docs = [d for d in docs if half_of[id(d)].startswith(args.half)]
    if args.corpus:
        docs = [d for d in docs if d.corpus == args.corpus]
    if args.limit:
        docs = docs[: args.limit]
    nlp = load_pipeline()
    per_corpus: dict[str, Counts] = {}
    # Development discipline: rules are developed looking at even-numbered documents; the odd half
    # shows whether a gain generalises.
    halves = {"even docs": Counts(), "odd docs": Counts()}
    total = Counts()
    t_spacy = t_timex = 0.0
    for doc in docs:
        t0 = time.perf_counter()
        sdoc = nlp(doc.text)
        t1 = time.perf_counter()
        system = extract_timexes(sdoc, doc.dct)
        t2 = time.perf_counter()
        t_spacy += t1 - t0
        t_timex += t2 - t1
        c, errors = score_doc(doc, system)
        per_corpus.setdefault(doc.corpus, Counts()).add(c)
        halves[half_of[id(doc)]].add(c)
        total.add(c)
        if args.errors and errors:
            print(f"== {doc.corpus}/{doc.name} (DCT {doc.dct})")
            print("\n".join(errors))

    keys = ["relaxed_P", "relaxed_R", "relaxed_F1", "strict_P", "strict_R", "strict_F1", "value_acc", "value_F1", "type_F1"]
    print(f"{'corpus':10} {'docs':>5} {'gold':>5} {'sys':>5} " + " ".join(f"{k:>10}" for k in keys))
    rows = [(name, c, sum(d.corpus == name for d in docs)) for name, c in sorted(per_corpus.items())]
    rows += [(name, c, sum(half_of[id(d)] == name for d in docs)) for name, c in halves.items() if c.gold]
    rows.append(("overall", total, len(docs)))
    for name, c, n in rows:
        f = c.figures()
        print(f"{name:10} {n:5d} {c.gold:5d} {c.system:5d} " + " ".join(f"{f[k]:10.3f}" for k in keys))
    print(f"time: spaCy {t_spacy:.2f}s, timexes {t_timex:.2f}s (+{100 * t_timex / t_spacy if t_spacy else 0:.1f}%)")


if __name__ == "__main__":
    main()
