"""Score Parley's events on hand-annotated negotiation news: found, type, status, date, actors.

    .venv/bin/python benchmarks/events_news.py [--data DIR] [--errors] [--only SLUG]
    .venv/bin/python benchmarks/events_news.py --check [--data DIR]   # the gold files themselves

Each `<slug>.gold.json` in DIR (default benchmarks/events_news/, our own invented articles
annotated blind; benchmarks/news/ holds older event annotations in the same format, which
are not exhaustive, so only recall and the field accuracies mean anything there)
lists events with an `anchor` (exact text of the clause), optionally a `trigger` inside it,
the acceptable PLOVER `types`, the `status`, the `date` (TIMEX3 value or null) and the
`actors`. A predicted event matches a gold one, one to one, when its evidence span overlaps
the gold trigger (or, without one, the anchor). Gold events marked `optional` count neither
for nor against.

Prints per article and pooled: gold and predicted counts, precision / recall / F1 of finding
events, and on the matched events the accuracy of type, status, date, status and date
together, and of the actors (a gold actor counts as found when one of the event's actors shares
a word with it, is the profile actor it names, or belongs to the side it names: see
`actor_found`); then the status confusion table. `--errors` lists misses,
spurious events and wrong fields.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import news_eval  # noqa: E402
from scoring import greedy_match, required_and_counts  # noqa: E402
from seed_eval import locate, overlap  # noqa: E402

DEFAULT_DIR = Path(__file__).resolve().parent / "events_news"
STATUSES = ("occurred", "ongoing", "planned", "reported", "denied", "hypothetical")


def load_set(data_dir: Path, only: str | None = None) -> list[tuple[str, str, dict]]:
    """(slug, article text, gold) for every article with annotated events, in name order."""
    return [item for item in news_eval.load_set(data_dir, only) if item[2].get("events")]


def gold_span(text: str, g: dict) -> tuple[int, int]:
    """The gold trigger's span inside its anchor, or the anchor's span when there is no trigger."""
    start, end = locate(text, g["anchor"], g.get("nth", 1))
    trigger = g.get("trigger")
    if not trigger:
        return start, end
    at = text.find(trigger, start, end)
    if at < 0:
        raise SystemExit(f"gold trigger {trigger!r} not inside its anchor {g['anchor']!r}")
    return at, at + len(trigger)


@lru_cache(maxsize=1)
def _profile():
    from parley.profile import load_profile
    return load_profile()


def canonical_names(name: str) -> set[str]:
    """The profile's names a gold actor name stands for: the actor it names by name or alias
    ("the Kremlin", "Britain", "Zelenskiy"), and the side a nationality word in it names
    ("Russian forces" -> Russia)."""
    profile = _profile()
    low = name.lower()
    out = {a.name for a in profile.actors if low == a.name.lower() or low in (x.lower() for x in a.aliases)}
    out |= {profile.affiliation_words[w] for w in name.split() if w in profile.affiliation_words}
    return out


def actor_found(name: str, predicted: list[tuple[str, str | None]]) -> bool:
    """A gold actor is found when a predicted actor (name, side) shares a word with it, is the
    profile actor it names, or belongs to the side it names ("Russia" and "Russian Defence
    Ministry"). The caller gives a person no side: a spokesman is not his state."""
    words = {w.lower().strip(".,'’s") for w in name.split() if len(w) > 2}
    canon = canonical_names(name)
    for p_name, p_side in predicted:
        if words & {w.lower().strip(".,'’s") for w in p_name.split()} or p_name in canon:
            return True
        if p_side and p_side in canon and p_side != p_name:
            return True
    return False


def score_article(text: str, result: dict, gold: dict, errors: list[str] | None = None) -> Counter:
    golds = gold["events"]
    preds = result["events"]
    kinds = {a["id"]: (a["name"], a.get("affiliation"), a.get("kind")) for a in result["actors"]}
    spans = [gold_span(text, g) for g in golds]

    def key(gi_span, p):
        hit = overlap(gi_span, tuple(p["span"]))
        if not hit:
            return 0
        # among events whose evidence covers the gold trigger, the one with the same trigger
        # word first, then the one whose evidence starts nearest
        same_trigger = bool(set(text[gi_span[0]:gi_span[1]].lower().split()) & set(p.get("trigger", "").lower().split()))
        return 1 + 2 * same_trigger + 1 / (1 + abs(p["span"][0] - gi_span[0]))

    matches = greedy_match(spans, preds, key, [not g.get("optional") for g in golds])
    required, c = required_and_counts(golds, len(preds), matches)
    for gi in required:
        g = golds[gi]
        if gi not in matches:
            if errors is not None:
                errors.append(f"  MISS  {g['types']} {g['status']} {g['date']}  [{g.get('trigger', '')}] {g['anchor'][:90]!r}")
            continue
        p = preds[matches[gi]]
        c["found"] += 1
        type_ok = p["type"] in g["types"]
        status_ok = p["status"] == g["status"]
        date_ok = p["date"] == g["date"]
        c["type"] += type_ok
        c["status"] += status_ok
        c["date"] += date_ok
        c["status_date"] += status_ok and date_ok
        c[f"confusion {g['status']} -> {p['status']}"] += 1
        gold_actors = g.get("actors") or []
        pred = [(kinds[a][0], kinds[a][1] if kinds[a][2] != "person" else None) if a in kinds else (a, None)
                for a in p["actors"]]
        c["actors_gold"] += len(gold_actors)
        c["actors_found"] += sum(actor_found(a, pred) for a in gold_actors)
        if errors is not None and not (type_ok and status_ok and date_ok):
            errors.append(f"  WRONG gold {g['types']} {g['status']} {g['date']} | got {p['type']} {p['status']} {p['date']}"
                          f"  [{g.get('trigger', '')}] {g['anchor'][:80]!r}")
    if errors is not None:
        matched = set(matches.values())
        for pi, p in enumerate(preds):
            if pi not in matched:
                s, e = p["span"]
                errors.append(f"  SPUR  {p['type']} {p['status']} {p['date']}  [{p.get('trigger', '')}] {text[s:e][:90]!r}")
    return c


# Event dates in the gold: a year, month, day, ISO week (or its weekend), quarter, half or season.
GOLD_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}(?:-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?")


def gold_problems(text: str, gold: dict, txt_name: str) -> list[str]:
    """What is wrong with one article's gold: anchors not found (or ambiguous without `nth`),
    triggers outside their anchors, types, statuses or dates that are not valid."""
    from parley.extract.events import PLOVER_TYPES

    problems = []
    if not txt_name.endswith(f"{gold['published']}.txt"):
        problems.append(f"{txt_name}: the publication date {gold['published']} is not in the file name")
    for i, g in enumerate(gold["events"]):
        where = f"{txt_name} event {i} {g.get('trigger', g['anchor'])[:40]!r}"
        nth = g.get("nth", 1)
        found = [m for m in range(len(text)) if text.startswith(g["anchor"], m)]
        if len(found) < nth:
            problems.append(f"{where}: anchor not found (nth={nth})")
        elif nth == 1 and len(found) > 1:
            problems.append(f"{where}: anchor occurs {len(found)} times and has no nth")
        if g.get("trigger") and g["trigger"] not in g["anchor"]:
            problems.append(f"{where}: trigger not inside its anchor")
        if not g.get("types") or set(g["types"]) - set(PLOVER_TYPES):
            problems.append(f"{where}: types {g.get('types')} are not PLOVER types")
        if g.get("status") not in STATUSES:
            problems.append(f"{where}: status {g.get('status')!r}")
        if g.get("date") is not None and not GOLD_DATE.fullmatch(g["date"]):
            problems.append(f"{where}: date {g['date']!r} is not a TIMEX3 date")
    return problems


def check(data_dir: Path) -> int:
    """Print the set's counts and every problem in its gold; the number of problems."""
    problems, by_status, by_type, n_events = [], Counter(), Counter(), 0
    for _slug, text, gold in news_eval.load_set(data_dir):
        problems += gold_problems(text, gold, gold["file"])
        for g in gold["events"]:
            n_events += 1
            if not g.get("optional"):
                by_status[g["status"]] += 1
                by_type[(g.get("types") or ["?"])[0]] += 1
    print(f"{data_dir.name}: {n_events} events, {sum(by_status.values())} required")
    print("  required by status:", dict(by_status.most_common()))
    print("  required by first type:", dict(by_type.most_common()))
    for problem in problems:
        print("  PROBLEM", problem)
    return len(problems)


def figures(c: Counter) -> dict:
    p = c["found"] / c["pred"] if c["pred"] else 0.0
    r = c["found"] / c["gold"] if c["gold"] else 0.0
    out = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    for field in ("type", "status", "date", "status_date"):
        out[field] = c[field] / c["found"] if c["found"] else 0.0
    out["actors"] = c["actors_found"] / c["actors_gold"] if c["actors_gold"] else None
    return out


def evaluate(data_dir: Path = DEFAULT_DIR, only: str | None = None, show_errors: bool = False):
    """Run Parley over the set; returns ([(slug, counts)], pooled counts)."""
    rows = []
    for slug, text, gold, result in news_eval.extract_set(load_set(data_dir, only)):
        errors: list[str] | None = [] if show_errors else None
        counts = score_article(text, result, gold, errors)
        if errors:
            print(f"== {slug} (published {gold['published']})")
            print("\n".join(errors))
        rows.append((slug, counts))
    total = sum((c for _s, c in rows), Counter())
    return rows, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--only", help="score one article (its slug)")
    parser.add_argument("--errors", action="store_true", help="list misses, spurious events and wrong fields")
    parser.add_argument("--check", action="store_true", help="check the gold files (no extraction) and count them")
    args = parser.parse_args()
    if args.check:
        raise SystemExit(1 if check(args.data) else 0)
    rows, total = evaluate(args.data, args.only, args.errors)
    if not rows:
        raise SystemExit(f"no annotated events in {args.data}")
    header = (f"{'article':<40} {'gold':>4} {'pred':>4} {'P':>6} {'R':>6} {'F1':>6} "
              f"{'type':>6} {'status':>6} {'date':>6} {'st+dt':>6} {'actors':>6}")
    print(header)
    for slug, c in rows + [("POOLED (micro)", total)]:
        f = figures(c)
        print(f"{slug[:40]:<40} {c['gold']:>4} {c['pred']:>4} {f['precision']:>6.3f} {f['recall']:>6.3f} {f['f1']:>6.3f} "
              f"{f['type']:>6.3f} {f['status']:>6.3f} {f['date']:>6.3f} {f['status_date']:>6.3f} "
              + (f"{f['actors']:>6.3f}" if f["actors"] is not None else f"{'–':>6}"))
    print("\nstatus on found events (gold -> predicted):")
    for status in STATUSES:
        row = {s: total[f"confusion {status} -> {s}"] for s in STATUSES}
        if sum(row.values()):
            print(f"  {status:<12} " + "  ".join(f"{s} {n}" for s, n in row.items() if n))


if __name__ == "__main__":
    main()
