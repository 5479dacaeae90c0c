"""Score the event extractor on public event-coding gold, beside a keyword-only baseline.

    .venv/bin/python benchmarks/plover_gold.py [--eval ../shared/eval/events] [--errors N]
                                               [--conflibert-split train|test|both]

1. PLOVER GSR (322 CAMEO-manual sentences, old PLOVER 0.5 labels mapped to the 16 current types
   as the data README says): type accuracy of the main event (the event whose evidence covers the
   sentence's root, else the first), "any" accuracy (gold type among the predicted events), mode
   accuracy where gold has a mode, and source/target match (a predicted actor's mention or name
   overlaps the gold actor text) on sentences where the main type is right.
2. ConfliBERT CAMEO sentences: 5-class roll-up (0 statements/appeals, 1 verbal cooperation,
   2 material cooperation, 3 verbal conflict, 4 material conflict); our PLOVER type is rolled up
   the same way, "no event" counts as class 0.
3. CASE 2021 task 2: the snippets whose ACLED label maps to PLOVER types (protest, assault,
   arrest, agreement, diplomacy, territory, ...); accuracy = main type among the mapped types.

The keyword baseline uses the same trigger table without the parse: the first trigger word (or
phrase) of the text decides the type; its actors are the first named entity (source) and the
next one (target).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEFAULT_EVAL = REPO.parent / "shared" / "eval" / "events"

OLD_TO_NEW = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
OLD_MODE = {"DISAPPROVE": "disapprove", "INVESTIGATE": "investigate"}
# GSR modes written before the current manual, mapped to its names
OLD_MODE_NAMES = {"demo-org": "demo", "demo-spon": "demo", "riot-spon": "riot", "riot-org": "riot",
                  "strike-hun": "hunger", "strike-gen": "strike", "ban": "restrict", "host": "visit",
                  "assassinate": "targeted"}

PENTA = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "CONCEDE": 2,
    "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "SANCTION": 4, "COERCE": 4, "ASSAULT": 4,
}
STRONG_DEMANDS = ("demand", "insist", "ultimatum", "order")

CASE_MAP = {
    "PEACE_PROTEST": {"PROTEST"}, "PROTEST_WITH_INTER": {"PROTEST", "COERCE"}, "VIOL_DEMONSTR": {"PROTEST"},
    "AIR_STRIKE": {"ASSAULT"}, "ARMED_CLASH": {"ASSAULT"}, "ATTACK": {"ASSAULT"},
    "ART_MISS_ATTACK": {"ASSAULT"}, "GRENADE": {"ASSAULT"}, "SUIC_BOMB": {"ASSAULT"},
    "REM_EXPLOS": {"ASSAULT"}, "CHEM_WEAP": {"ASSAULT"}, "SEX_VIOL": {"ASSAULT"},
    "ABDUCT_DISSAP": {"ASSAULT", "COERCE"}, "MOB_VIOL": {"ASSAULT"}, "PROPERTY_DISTRUCT": {"ASSAULT"},
    "ARREST": {"COERCE"}, "FORCE_AGAINST_PROTEST": {"COERCE", "ASSAULT"},
    "AGREEMENT": {"AGREE", "SUPPORT"},
    # CASE "DIPLO" is any diplomatic act: meetings and deals, but also sanctions, expulsions, protests
    "DIPLO": {"CONSULT", "AGREE", "SUPPORT", "SANCTION", "ACCUSE", "REQUEST", "REJECT", "THREATEN"},
    "NON_VIOL_TERRIT_TRANSFER": {"RETREAT", "COERCE", "CONCEDE"},
    "GOV_REGAINS_TERIT": {"ASSAULT", "COERCE"}, "NON_STATE_ACTOR_OVERTAKES_TER": {"ASSAULT", "COERCE"},
    "HQ_ESTABLISHED": {"MOBILIZE", "COERCE"}, "DISR_WEAP": {"COERCE"},
}


# ---- system under test ------------------------------------------------------------------------
def run_pipeline(texts: list[str], published: str | None = None) -> tuple[list, list]:
    """(extractions, Docs): each text is parsed once; the keyword baseline and `main_event` reuse
    the Doc."""
    from parley.model import Article
    from parley.nlp import annotate
    from parley.pipeline import extract_doc
    from parley.profile import load_profile

    profile = load_profile()
    docs = list(annotate(texts))
    results = [extract_doc(doc, Article(id=f"b{i}", text=t, source=f"bench#{i}", published=published), profile)
               for i, (t, doc) in enumerate(zip(texts, docs))]
    return results, docs


def main_event(extraction, doc):
    """The event of the first sentence whose trigger is nearest the root of the parse, or None."""
    if not extraction.events:
        return None

    def depth(ev) -> tuple[int, int]:
        first = (ev.trigger or "").split()[:1]
        span = doc.char_span(ev.span[0], ev.span[1], alignment_mode="expand")
        tokens = [t for t in span if first and t.text == first[0]] if span is not None else []
        if not tokens:
            return (99, ev.span[0])
        tok, d = tokens[0], 0
        while tok.head.i != tok.i and d < 64:
            tok, d = tok.head, d + 1
        sent_index = sum(1 for s in doc.sents if s.start_char <= ev.span[0]) - 1
        return (sent_index * 100 + d, ev.span[0])

    return min(extraction.events, key=depth)




# ---- keyword baseline -------------------------------------------------------------------------
def keyword_type(doc) -> tuple[str | None, str | None]:
    """(type, trigger lemma) of the first trigger word or phrase in the text; no syntax."""
    from parley.extract.events import lexicon

    lex = lexicon()
    lemmas = [t.lemma_.lower() for t in doc]
    for i, lem in enumerate(lemmas):
        for rest, kind, _mode in lex.phrases.get(lem, []):
            if tuple(lemmas[i + 1: i + 1 + len(rest)]) == rest:
                return kind, lem
        entry = lex.verbs.get(lem) or lex.nouns.get(lem)
        if entry:
            return entry[0], lem
    return None, None


def keyword_actors(doc) -> tuple[list[str], list[str]]:
    ents = [e.text for e in doc.ents if e.label_ in ("GPE", "ORG", "PERSON", "NORP")]
    return ents[:1], ents[1:2]


# ---- actor matching ---------------------------------------------------------------------------
def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", " ", text.lower()).strip()


def actor_texts(extraction, actor_ids) -> list[str]:
    by_id = {a.id: a for a in extraction.actors}
    out = []
    for actor_id in actor_ids:
        actor = by_id.get(actor_id)
        if actor is None:
            out.append(actor_id.replace("-", " "))
            continue
        out.append(actor.name)
        out.extend(extraction.article.text[s:e] for s, e in actor.mentions)
    return out


def matches(gold_text: str, predicted: list[str]) -> bool:
    g = _norm(gold_text)
    if not g:
        return False
    g_words = set(g.split())
    for p in predicted:
        n = _norm(p)
        if not n:
            continue
        if g in n or n in g or g_words & set(n.split()) - {"the", "of", "and"}:
            return True
    return False


def gold_actors(record, key) -> list[str]:
    value = record.get(key) or []
    if isinstance(value, dict):
        value = [value]
    return [a.get("actorText", "") for a in value if isinstance(a, dict) and a.get("actorText")]


# ---- the three benchmarks ---------------------------------------------------------------------
def _typed(gold: str, pred) -> str:
    """'ok' when the main event's type is right, else the predicted type: an actor miss on a
    mistyped or missed event is a typing error first."""
    return f"{'ok' if pred == gold else str(pred):9}"


def bench_gsr(eval_dir: Path, show_errors: int, show_actor_errors: int = 0) -> dict:
    records = [r for r in json.loads((eval_dir / "plover_gsr_cameo" / "PLOVER_GSR_CAMEO.json").read_text())
               if r.get("event") and r.get("event") != "DOCUMENT"]
    texts = [r["text"] for r in records]
    started = time.perf_counter()
    results, docs = run_pipeline(texts, "2000-01-01")
    elapsed = time.perf_counter() - started
    n = len(records)
    main_ok = any_ok = kw_ok = kw_any = 0
    mode_total = mode_ok = 0
    src_total = src_ok = tgt_total = tgt_ok = kw_src_ok = kw_tgt_ok = 0
    errors = []
    actor_errors = []
    per_type = Counter()
    per_type_ok = Counter()
    for rec, res, doc in zip(records, results, docs):
        gold = OLD_TO_NEW.get(rec["event"], rec["event"])
        gold_mode = rec.get("mode") or OLD_MODE.get(rec["event"])
        gold_mode = OLD_MODE_NAMES.get(gold_mode, gold_mode) if isinstance(gold_mode, str) else gold_mode
        ev = main_event(res, doc)
        pred = ev.type if ev else None
        per_type[gold] += 1
        if pred == gold:
            main_ok += 1
            per_type_ok[gold] += 1
        if gold in {e.type for e in res.events}:
            any_ok += 1
        kw, _ = keyword_type(doc)
        kw_ok += kw == gold
        kw_any += kw == gold
        if gold_mode and isinstance(gold_mode, str):
            mode_total += 1
            mode_ok += bool(ev and ev.type == gold and ev.mode == gold_mode)
        srcs, tgts = gold_actors(rec, "source"), gold_actors(rec, "target")
        k_src, k_tgt = keyword_actors(doc)
        if ev is not None:
            p_src = actor_texts(res, ev.actors)
            p_tgt = actor_texts(res, ev.recipients)
        else:
            p_src = p_tgt = []
        info = rec.get("textInfo")
        markup = info.get("markup", "") if isinstance(info, dict) else ""
        reciprocal = set(re.findall(r"\(SRC/TAR: ([^)]*)\)", markup))
        for g in srcs:
            src_total += 1
            # a reciprocal party (SRC/TAR: both sides of a meeting) may be our actor or recipient
            hit = matches(g, p_src) or (g in reciprocal and matches(g, p_tgt))
            src_ok += hit
            kw_src_ok += matches(g, k_src)
            if not hit and len(actor_errors) < show_actor_errors:
                actor_errors.append(f"  src {_typed(gold, pred)} {g!r:24} pred {p_src[:2]} tgt {p_tgt[:2]} | {rec['text'][:110]}")
        for g in tgts:
            tgt_total += 1
            # reciprocal records list both sides as sources; a target named as actor also counts
            hit = matches(g, p_tgt)
            tgt_ok += hit
            kw_tgt_ok += matches(g, k_tgt)
            if not hit and len(actor_errors) < show_actor_errors:
                actor_errors.append(f"  tgt {_typed(gold, pred)} {g!r:24} pred {p_tgt[:2]} src {p_src[:2]} | {rec['text'][:110]}")
        if pred != gold and len(errors) < show_errors:
            errors.append(f"  gold {gold:9} pred {str(pred):9} kw {str(kw):9} | {rec['text'][:110]}")
    for line in errors + actor_errors:
        print(line)
    return {
        "sentences": n,
        "type_acc": main_ok / n,
        "type_acc_any": any_ok / n,
        "keyword_type_acc": kw_ok / n,
        "mode_acc": mode_ok / mode_total if mode_total else 0.0,
        "mode_n": mode_total,
        "source_match": src_ok / src_total if src_total else 0.0,
        "keyword_source_match": kw_src_ok / src_total if src_total else 0.0,
        "target_match": tgt_ok / tgt_total if tgt_total else 0.0,
        "keyword_target_match": kw_tgt_ok / tgt_total if tgt_total else 0.0,
        "seconds": elapsed,
        "per_type": {t: f"{per_type_ok[t]}/{per_type[t]}" for t in sorted(per_type)},
    }


def _penta(ev_type, trigger) -> int:
    if ev_type is None:
        return 0
    if ev_type == "REQUEST":
        word = trigger.split()[0].lower() if trigger else ""
        return 3 if any(word.startswith(w) for w in STRONG_DEMANDS) else 0
    return PENTA[ev_type]


def bench_conflibert(eval_dir: Path, split: str) -> dict:
    rows = []
    for name in (["train", "test"] if split == "both" else [split]):
        with open(eval_dir / "conflibert_cameo" / f"cameo_class_{name}.tsv", encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 2 and parts[1].strip().isdigit():
                    rows.append((parts[0], int(parts[1])))
    texts = [t for t, _ in rows]
    results, docs = run_pipeline(texts)
    ok = kw_ok = 0
    for (text, label), res, doc in zip(rows, results, docs):
        ev = main_event(res, doc)
        ok += _penta(ev.type if ev else None, ev.trigger if ev else None) == label
        kw, lem = keyword_type(doc)
        kw_ok += _penta(kw, lem) == label
    return {"sentences": len(rows), "penta_acc": ok / len(rows), "keyword_penta_acc": kw_ok / len(rows)}


def bench_case(eval_dir: Path) -> dict:
    rows = []
    with open(eval_dir / "case2021_task2" / "test_set_final_release_with_labels.tsv", encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader, None)
        for parts in reader:
            if len(parts) >= 3 and parts[2] in CASE_MAP:
                rows.append((parts[1], parts[2]))
    texts = [t for t, _ in rows]
    results, docs = run_pipeline(texts)
    ok = kw_ok = 0
    for (text, label), res, doc in zip(rows, results, docs):
        ev = main_event(res, doc)
        ok += bool(ev and ev.type in CASE_MAP[label])
        kw, _ = keyword_type(doc)
        kw_ok += kw in CASE_MAP[label]
    return {"snippets": len(rows), "type_acc": ok / len(rows), "keyword_type_acc": kw_ok / len(rows)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--errors", type=int, default=0, help="print up to N wrong GSR sentences")
    parser.add_argument("--actor-errors", type=int, default=0, help="print up to N missed GSR actors")
    parser.add_argument("--conflibert-split", default="train", choices=["train", "test", "both"])
    parser.add_argument("--skip", nargs="*", default=[], choices=["gsr", "conflibert", "case"])
    args = parser.parse_args()
    if not args.eval.exists():
        raise SystemExit(f"eval data not found at {args.eval}")
    if "gsr" not in args.skip:
        g = bench_gsr(args.eval, args.errors, args.actor_errors)
        print(f"PLOVER GSR ({g['sentences']} sentences, {g['seconds']:.1f}s through the whole pipeline)")
        print(f"  {'metric':<22}{'parley':>8}{'keyword':>9}")
        print(f"  {'type accuracy':<22}{g['type_acc']:>8.3f}{g['keyword_type_acc']:>9.3f}")
        print(f"  {'type in any event':<22}{g['type_acc_any']:>8.3f}{'':>9}")
        print(f"  {'source match':<22}{g['source_match']:>8.3f}{g['keyword_source_match']:>9.3f}")
        print(f"  {'target match':<22}{g['target_match']:>8.3f}{g['keyword_target_match']:>9.3f}")
        print(f"  {'mode accuracy (n=%d)' % g['mode_n']:<22}{g['mode_acc']:>8.3f}")
        print("  per type:", ", ".join(f"{k} {v}" for k, v in g["per_type"].items()))
    if "conflibert" not in args.skip:
        c = bench_conflibert(args.eval, args.conflibert_split)
        print(f"ConfliBERT CAMEO 5-class ({args.conflibert_split}, {c['sentences']} sentences): "
              f"parley {c['penta_acc']:.3f}  keyword {c['keyword_penta_acc']:.3f}")
    if "case" not in args.skip:
        k = bench_case(args.eval)
        print(f"CASE 2021 task 2, mappable labels ({k['snippets']} snippets): "
              f"parley {k['type_acc']:.3f}  keyword {k['keyword_type_acc']:.3f}")


if __name__ == "__main__":
    main()
