"""Score Parley's statements on PolNeAR dev, whole-article, and time the extraction.

    .venv/bin/python benchmarks/polnear_dev.py [--data DIR] [--split dev] [--limit N] [--errors]

Gold: for each article the first `.ann` file in sorted order; one attribution per `E` line.
Prediction: Parley statements grouped by cue (a run-on quotation shares its parent's cue, so it
joins that attribution, as PolNeAR annotates it: one attribution, discontinuous content).

- content overlap F1: a predicted content matches a gold content when their character spans
  overlap; pairs are matched 1:1, greedily by overlap size.
- exact content F1: 1:1 matches where the contents are identical after each part is stripped of
  whitespace and punctuation (including quotation marks) at its edges and empty parts dropped.
- source accuracy: over overlap-matched pairs whose gold attribution has a source, the share
  where the predicted source mention overlaps the gold Source span (the mention as written:
  "he" is right when we mark "he", whoever we resolve it to).
- speed: bare spaCy (`nlp.pipe`) over the texts, then Parley's extraction on the same Docs
  (actors + timexes + statements, and the whole `extract_doc`), as a share of spaCy's time.
"""
from __future__ import annotations

import argparse
import string
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from scoring import greedy_match  # noqa: E402  (benchmarks/ is on sys.path when run as a script)
DEFAULT_DATA = REPO.parent / "shared" / "eval" / "quotes" / "polnear" / "data"
EDGE = set(string.whitespace + string.punctuation + "“”‘’«»—–…")


def read_split(data: Path, split: str, limit: int | None):
    out = []
    ann_dir = data / split / "attributions"
    for txt in sorted((data / split / "text").glob("*.txt")):
        anns = sorted(ann_dir.glob(txt.stem + "_*.ann"))
        if anns:
            out.append((txt.stem, txt.read_text(encoding="utf-8"), anns[0]))
    return out[:limit] if limit else out


def parse_spans(offsets: str) -> list[tuple[int, int]]:
    spans = []
    for piece in offsets.split(";"):
        s, e = piece.split()
        spans.append((int(s), int(e)))
    return spans


def gold_attributions(ann: Path) -> list[dict]:
    spans, out = {}, []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, parse_spans(offsets))
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not parts[0].startswith("E") or len(parts) < 2:
            continue
        roles = dict(r.split(":") for r in parts[1].split() if ":" in r)
        # sorted: some .ann lines list a discontinuous content's parts out of text order
        content = sorted(spans.get(roles.get("Content", ""), (None, []))[1])
        if not content:
            continue
        source = spans.get(roles.get("Source", ""), (None, []))[1]
        cue = spans.get(roles.get("Cue", ""), (None, []))[1]
        out.append({"content": content, "source": source, "cue": cue})
    return out


def predicted_attributions(statements) -> list[dict]:
    groups: dict = {}
    for st in statements:
        key = (st.cue_span, st.source_span)
        g = groups.setdefault(key, {"content": [], "source": [st.source_span] if st.source_span else [],
                                    "cue": [st.cue_span] if st.cue_span else [], "speaker": st.speaker_name})
        g["content"].extend(st.content_spans)
    for g in groups.values():
        g["content"].sort()
    return list(groups.values())


def overlap(a, b) -> int:
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)


def normalise(text: str, spans) -> tuple:
    parts = []
    for s, e in spans:
        while s < e and text[s] in EDGE:
            s += 1
        while e > s and text[e - 1] in EDGE:
            e -= 1
        if e > s:
            parts.append((s, e))
    return tuple(parts)


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", action="store_true", help="print misses and spurious attributions")
    args = ap.parse_args()

    from parley.extract.actors import extract_actors
    from parley.extract.statements import extract_statements
    from parley.extract.timexes import extract_timexes
    from parley.model import Article
    from parley.nlp import load_pipeline
    from parley.pipeline import extract_doc
    from parley.profile import load_profile

    articles = read_split(args.data, args.split, args.limit)
    nlp = load_pipeline()
    profile = load_profile()
    nlp("warm up")
    texts = [t for _, t, _ in articles]

    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    t_spacy = time.perf_counter() - t0

    # Warm the lazily loaded tables and model on one document, outside the timings.
    if docs:
        extract_statements(docs[0], extract_actors(docs[0], profile), [], profile)
    t0 = time.perf_counter()
    prepared = [(extract_actors(doc, profile), extract_timexes(doc, None)) for doc in docs]
    t_prep = time.perf_counter() - t0
    t0 = time.perf_counter()
    all_statements = [extract_statements(doc, actors, timexes, profile)
                      for doc, (actors, timexes) in zip(docs, prepared)]
    t_statements = time.perf_counter() - t0

    t0 = time.perf_counter()
    for (name, text, _), doc in zip(articles, docs):
        extract_doc(doc, Article(id=name, text=text, source=name), profile)
    t_full = time.perf_counter() - t0

    n_gold = n_pred = tp_overlap = tp_exact = src_total = src_right = 0
    for (name, text, ann), statements in zip(articles, all_statements):
        gold = gold_attributions(ann)
        pred = predicted_attributions(statements)
        n_gold += len(gold)
        n_pred += len(pred)
        m = greedy_match(gold, pred, lambda g, p: overlap(g["content"], p["content"]))
        tp_overlap += len(m)
        exact = greedy_match(gold, pred, lambda g, p: int(normalise(text, g["content"]) == normalise(text, p["content"])
                                                   and bool(normalise(text, g["content"]))))
        tp_exact += len(exact)
        for gi, pi in m.items():
            g, p = gold[gi], pred[pi]
            if g["source"]:
                src_total += 1
                ok = overlap(g["source"], p["source"]) > 0
                src_right += ok
                if args.errors and not ok:
                    gs = " ".join(text[s:e] for s, e in g["source"])
                    ps = " ".join(text[s:e] for s, e in p["source"])
                    print(f"SOURCE {name}: gold {gs!r} got {ps!r}")
        if args.errors:
            for gi, g in enumerate(gold):
                if gi not in m:
                    cue = " ".join(text[s:e] for s, e in g["cue"])
                    print(f"MISSED {name}: [{cue}] {' '.join(text[s:e] for s, e in g['content'])[:100]!r}")
            hit = set(m.values())
            for pi, p in enumerate(pred):
                if pi not in hit:
                    cue = " ".join(text[s:e] for s, e in p["cue"])
                    print(f"SPURIOUS {name}: [{cue}] {' '.join(text[s:e] for s, e in p['content'])[:100]!r}")
            for gi, pi in m.items():
                if gi not in exact:
                    print(f"INEXACT {name}:\n   gold {' | '.join(text[s:e] for s, e in gold[gi]['content'])[:160]!r}"
                          f"\n   pred {' | '.join(text[s:e] for s, e in pred[pi]['content'])[:160]!r}")

    po, ro, fo = f1(tp_overlap, n_pred, n_gold)
    pe, re_, fe = f1(tp_exact, n_pred, n_gold)
    print(f"articles               {len(articles)}")
    print(f"gold attributions      {n_gold}")
    print(f"predicted              {n_pred}")
    print(f"content overlap P/R/F1 {po:.3f} / {ro:.3f} / {fo:.3f}")
    print(f"exact content P/R/F1   {pe:.3f} / {re_:.3f} / {fe:.3f}")
    print(f"source accuracy        {src_right / src_total if src_total else 0.0:.3f}  ({src_right}/{src_total})")
    print(f"spaCy time             {t_spacy:.2f} s")
    print(f"actors + timexes       {t_prep:.2f} s  (+{100 * t_prep / t_spacy:.1f}% of spaCy)")
    print(f"statements             {t_statements:.2f} s  (+{100 * t_statements / t_spacy:.1f}% of spaCy)")
    print(f"whole extract_doc      {t_full:.2f} s  (+{100 * t_full / t_spacy:.1f}% of spaCy)")


if __name__ == "__main__":
    main()
