"""Score Parley's positions on hand-annotated negotiation news: found, actor, stance, date.

    .venv/bin/python benchmarks/positions_news.py --data DIR [--data DIR ...] [--errors] [--only SLUG]
    .venv/bin/python benchmarks/positions_news.py --check --data DIR   # the gold files themselves
    .venv/bin/python benchmarks/positions_news.py --agreement DIR_A DIR_B   # two annotators, no Parley

Each `<slug>.positions.json` in DIR is a blind annotation of one of our own invented articles
(kept in another folder of benchmarks/, named by its `article` field): every position on the
profile's issues with its `actor` (as the text names it), `issue` (a profile issue id),
`stance`, `anchor` (exact text that carries it), `date` (TIMEX3 value or null) and `optional`.

Two views of the same output are scored:
* mentions: a predicted position matches a gold one, one to one, when it is on the same issue
  and its evidence span overlaps the gold anchor. Found P / R / F1, then on the matched ones the
  accuracy of the actor (`events_news.actor_found`: the same profile actor, a shared name word,
  or the side a state names), the stance, both, and the date.
* the ledger's view, (actor, issue, stance) per article as `parley positions` lists it: P / R /
  F1 of the distinct triples, an actor matching as above.
Gold positions marked `optional` count neither for nor against. The annotators leave the
headline (the first line) out, so predicted positions there are left out as well.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import news_eval  # noqa: E402
from events_news import GOLD_DATE, _profile, actor_found  # noqa: E402
from scoring import greedy_match, required_and_counts  # noqa: E402
from seed_eval import locate, overlap  # noqa: E402

BENCH = Path(__file__).resolve().parent
STANCES = ("support", "oppose", "demand", "conditional", "doubt")


def load_set(data_dir: Path, only: str | None = None) -> list[tuple[str, str, dict]]:
    """(slug, article text, gold) for every annotated article in `data_dir`, in name order."""
    out = []
    for path in sorted(data_dir.glob("*.positions.json")):
        slug = path.name[: -len(".positions.json")]
        if only and only != slug:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (BENCH / gold["article"]).read_text(encoding="utf-8")
        out.append((slug, text, gold))
    return out


def gold_problems(text: str, gold: dict, name: str) -> list[str]:
    """Anchors not found (or ambiguous without `nth`), unknown issues, stances or bad dates."""
    issues = {str(i.get("id")) for i in _profile().issues}
    problems = []
    if not gold["article"].endswith(f"{gold['published']}.txt"):
        problems.append(f"{name}: the publication date {gold['published']} is not in the article's name")
    for i, g in enumerate(gold["positions"]):
        where = f"{name} position {i} {g.get('anchor', '')[:40]!r}"
        nth = g.get("nth", 1)
        found = [m for m in range(len(text)) if text.startswith(g.get("anchor") or "\0", m)]
        if len(found) < nth:
            problems.append(f"{where}: anchor not found (nth={nth})")
        elif nth == 1 and len(found) > 1:
            problems.append(f"{where}: anchor occurs {len(found)} times and has no nth")
        if g.get("issue") not in issues:
            problems.append(f"{where}: issue {g.get('issue')!r} is not a profile issue")
        if g.get("stance") not in STANCES:
            problems.append(f"{where}: stance {g.get('stance')!r}")
        if not str(g.get("actor") or "").strip():
            problems.append(f"{where}: no actor")
        if g.get("date") is not None and not GOLD_DATE.fullmatch(str(g["date"])):
            problems.append(f"{where}: date {g['date']!r} is not a TIMEX3 date")
    return problems


def check(data_dir: Path) -> int:
    problems, by_issue, by_stance, n = [], Counter(), Counter(), 0
    items = load_set(data_dir)
    for slug, text, gold in items:
        problems += gold_problems(text, gold, slug)
        for g in gold["positions"]:
            n += 1
            if not g.get("optional"):
                by_issue[g.get("issue")] += 1
                by_stance[g.get("stance")] += 1
    print(f"{data_dir.name}: {len(items)} articles, {n} positions, {sum(by_stance.values())} required")
    print("  required by issue:", dict(by_issue.most_common()))
    print("  required by stance:", dict(by_stance.most_common()))
    for problem in problems:
        print("  PROBLEM", problem)
    return len(problems)


def _predicted_actor(result: dict, actor_id: str, actor_name: str) -> tuple[str, str | None]:
    """(name, side) as `actor_found` wants it; a person is given no side."""
    for a in result["actors"]:
        if a["id"] == actor_id:
            return a["name"], a.get("affiliation") if a.get("kind") != "person" else None
    return actor_name, None


def _same_actor(gold_name: str, predicted: tuple[str, str | None]) -> bool:
    return actor_found(gold_name, [predicted])


def score_article(text: str, result: dict, gold: dict, errors: list[str] | None = None) -> Counter:
    golds = gold["positions"]
    headline_end = text.find("\n")
    preds = [p for p in result["positions"] if p["span"][0] > headline_end]
    spans = [locate(text, g["anchor"], g.get("nth", 1)) for g in golds]
    pred_actor = [_predicted_actor(result, p["actor"], p.get("actor_name", p["actor"])) for p in preds]

    def key(gi_span, pi_p):
        gi, span = gi_span
        pi, p = pi_p
        g = golds[gi]
        if p["issue"] != g["issue"] or not overlap(span, tuple(p["span"])):
            return 0
        # among positions on the issue that cover the anchor: the right stance and actor first
        return (1 + 2 * (p["stance"] == g["stance"]) + 2 * _same_actor(g["actor"], pred_actor[pi])
                + 1 / (1 + abs(p["span"][0] - span[0])))

    matches = greedy_match(list(enumerate(spans)), list(enumerate(preds)), key, [not g.get("optional") for g in golds])
    required, c = required_and_counts(golds, len(preds), matches)
    for gi in required:
        g = golds[gi]
        if gi not in matches:
            if errors is not None:
                errors.append(f"  MISS  {g['actor']} {g['issue']} {g['stance']} {g.get('date')}  {g['anchor'][:90]!r}")
            continue
        pi = matches[gi]
        p = preds[pi]
        c["found"] += 1
        actor_ok = _same_actor(g["actor"], pred_actor[pi])
        stance_ok = p["stance"] == g["stance"]
        date_ok = p.get("date") == g.get("date")
        c["actor"] += actor_ok
        c["stance"] += stance_ok
        c["actor_stance"] += actor_ok and stance_ok
        c["date"] += date_ok
        c[f"confusion {g['stance']} -> {p['stance']}"] += 1
        if errors is not None and not (actor_ok and stance_ok and date_ok):
            errors.append(f"  WRONG gold {g['actor']} {g['stance']} {g.get('date')} | got {p['actor_name']} {p['stance']} "
                          f"{p.get('date')}  [{g['issue']}] {g['anchor'][:80]!r}")
    if errors is not None:
        matched = set(matches.values())
        for pi, p in enumerate(preds):
            if pi not in matched:
                s, e = p["span"]
                errors.append(f"  SPUR  {p['actor_name']} {p['issue']} {p['stance']} {p.get('date')}  {text[s:e][:90]!r}")
    c.update(score_triples(preds, golds, pred_actor))
    return c


def score_triples(preds_in_body: list[dict], golds: list[dict], pred_actor: list) -> Counter:
    """The ledger's view: distinct (actor, issue, stance) per article."""
    c = Counter()
    preds = {}
    for p, actor in zip(preds_in_body, pred_actor):
        preds.setdefault((p["actor"], p["issue"], p["stance"]), actor)
    required = {(g["actor"].lower(), g["issue"], g["stance"]) for g in golds if not g.get("optional")}
    everything = {(g["actor"].lower(), g["issue"], g["stance"]) for g in golds}
    c["triples_gold"] = len(required)
    c["triples_pred"] = len(preds)
    c["triples_found"] = sum(any(i == issue and s == stance and _same_actor(a, actor) for (_id, i, s), actor in preds.items())
                             for a, issue, stance in required)
    c["triples_right"] = sum(any(i == issue and s == stance and _same_actor(a, actor) for a, i, s in everything)
                             for (_id, issue, stance), actor in preds.items())
    return c


def figures(c: Counter) -> dict:
    def f1(p, r):
        return 2 * p * r / (p + r) if p + r else 0.0

    p = c["found"] / c["pred"] if c["pred"] else 0.0
    r = c["found"] / c["gold"] if c["gold"] else 0.0
    out = {"precision": p, "recall": r, "f1": f1(p, r)}
    for field in ("actor", "stance", "actor_stance", "date"):
        out[field] = c[field] / c["found"] if c["found"] else 0.0
    tp = c["triples_right"] / c["triples_pred"] if c["triples_pred"] else 0.0
    tr = c["triples_found"] / c["triples_gold"] if c["triples_gold"] else 0.0
    out.update(triple_p=tp, triple_r=tr, triple_f1=f1(tp, tr))
    return out


def evaluate(data_dirs: list[Path], only: str | None = None, show_errors: bool = False):
    rows = []
    items = [item for d in data_dirs for item in load_set(d, only)]
    for slug, text, gold, result in news_eval.extract_set(items):
        errors: list[str] | None = [] if show_errors else None
        counts = score_article(text, result, gold, errors)
        if errors:
            print(f"== {slug} (published {gold['published']})")
            print("\n".join(errors))
        rows.append((slug, counts))
    return rows, sum((c for _s, c in rows), Counter())


def agreement(dir_a: Path, dir_b: Path) -> None:
    """Annotator B scored against annotator A as if B were a system (same matching)."""
    total = Counter()
    b_by_slug = {slug: gold for slug, _t, gold in load_set(dir_b)}
    for slug, text, gold in load_set(dir_a):
        if slug not in b_by_slug:
            continue
        other = b_by_slug[slug]
        positions = []
        for g in other["positions"]:
            if g.get("optional"):
                continue
            s, e = locate(text, g["anchor"], g.get("nth", 1))
            positions.append({"actor": g["actor"], "actor_name": g["actor"], "issue": g["issue"],
                              "stance": g["stance"], "span": [s, e], "date": g.get("date")})
        total += score_article(text, {"positions": positions, "actors": []}, gold)
    print_row(f"{dir_b.name} against {dir_a.name}", total)


def print_row(label: str, c: Counter) -> None:
    f = figures(c)
    print(f"{label[:40]:<40} {c['gold']:>4} {c['pred']:>4} {f['precision']:>6.3f} {f['recall']:>6.3f} {f['f1']:>6.3f} "
          f"{f['actor']:>6.3f} {f['stance']:>6.3f} {f['actor_stance']:>6.3f} {f['date']:>6.3f} "
          f"{f['triple_p']:>6.3f} {f['triple_r']:>6.3f} {f['triple_f1']:>6.3f}")


HEADER = (f"{'article':<40} {'gold':>4} {'pred':>4} {'P':>6} {'R':>6} {'F1':>6} {'actor':>6} {'stance':>6} "
          f"{'a+s':>6} {'date':>6} {'trP':>6} {'trR':>6} {'trF1':>6}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append", help="a folder of *.positions.json (repeatable)")
    parser.add_argument("--only", help="score one article (its slug)")
    parser.add_argument("--errors", action="store_true", help="list misses, spurious positions and wrong fields")
    parser.add_argument("--check", action="store_true", help="check the gold files (no extraction) and count them")
    parser.add_argument("--agreement", type=Path, nargs=2, metavar=("DIR_A", "DIR_B"),
                        help="score annotator B against annotator A (no extraction)")
    args = parser.parse_args()
    if args.agreement:
        print(HEADER)
        agreement(*args.agreement)
        return
    if not args.data:
        parser.error("give --data DIR")
    if args.check:
        raise SystemExit(1 if sum(check(d) for d in args.data) else 0)
    rows, total = evaluate(args.data, args.only, args.errors)
    if not rows:
        raise SystemExit("no annotated articles in " + ", ".join(map(str, args.data)))
    print(HEADER)
    for slug, c in rows + [("POOLED (micro)", total)]:
        print_row(slug, c)
    print("\nstance on found positions (gold -> predicted):")
    for stance in STANCES:
        row = {s: total[f"confusion {stance} -> {s}"] for s in STANCES}
        if sum(row.values()):
            print(f"  {stance:<12} " + "  ".join(f"{s} {n}" for s, n in row.items() if n))


if __name__ == "__main__":
    main()
