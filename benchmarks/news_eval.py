"""Score Parley on our own Russia–Ukraine wire-style dev set (benchmarks/news/).

    .venv/bin/python benchmarks/news_eval.py [--errors] [--only SLUG]

Each `benchmarks/news/<slug>.gold.json` names its article (`"file"`) and publication date; every
article is scored with `seed_eval.score` (content-overlap 1:1 matching, speaker = actor id,
date = resolved date of the speech act, via = intermediary). Prints per-article figures and
pooled (micro) figures over all articles and per annotation round (`"round"` in the gold):
statement P / R / F1, speaker / date / via accuracy on matched statements, timex value
accuracy. `--errors` lists misses and wrong fields.
What the set is: docs/benchmarks/news.md.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seed_eval import score  # noqa: E402

NEWS_DIR = Path(__file__).resolve().parent / "news"
FIELDS = ("speaker", "date", "via")


def load_set(news_dir: Path = NEWS_DIR, only: str | None = None) -> list[tuple[str, str, dict]]:
    """(slug, article text, gold) for every annotated article, in name order."""
    out = []
    for gold_path in sorted(news_dir.glob("*.gold.json")):
        slug = gold_path.name[: -len(".gold.json")]
        if only and only != slug:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (news_dir / gold["file"]).read_text(encoding="utf-8")
        out.append((slug, text, gold))
    return out


def counts(figures: dict, gold: dict, result: dict) -> dict:
    """Recover the counts behind `score`'s ratios, for pooling (score returns ratios only)."""
    n_gold = sum(1 for g in gold["statements"] if not g.get("optional"))
    tp = round(figures["statement_recall"] * n_gold)
    if figures["statement_precision"] > 0:
        n_pred = round(tp / figures["statement_precision"])
    else:  # no true positives: every prediction (bar any matching an optional gold) is wrong
        n_pred = len(result["statements"])
    out = {"gold": n_gold, "pred": n_pred, "tp": tp,
           "timex": len(gold["timexes"]), "timex_right": round((figures["timex_value_accuracy"] or 0) * len(gold["timexes"]))}
    for field in FIELDS:
        out[field] = round(figures[f"{field}_accuracy"] * tp)
    return out


def pooled(all_counts: list[dict]) -> dict:
    total = {k: sum(c[k] for c in all_counts) for k in all_counts[0]}
    p = total["tp"] / total["pred"] if total["pred"] else 0.0
    r = total["tp"] / total["gold"] if total["gold"] else 0.0
    out = {"statement_precision": p, "statement_recall": r,
           "statement_f1": 2 * p * r / (p + r) if p + r else 0.0}
    for field in FIELDS:
        out[f"{field}_accuracy"] = total[field] / total["tp"] if total["tp"] else 0.0
    out["timex_value_accuracy"] = total["timex_right"] / total["timex"] if total["timex"] else 0.0
    out["counts"] = total
    return out


def extract_set(items: list[tuple[str, str, dict]]):
    """Run Parley over (slug, text, gold) items, each dated by its gold's `published`; yields
    (slug, text, gold, extraction as the contract's JSON dict). Stops on an article that fails."""
    from parley.model import Article
    from parley.pipeline import ExtractError, extract_articles

    articles = [Article(id=Article.make_id(text), text=text, source=slug, published=gold["published"])
                for slug, text, gold in items]
    for (slug, text, gold), result in zip(items, extract_articles(articles)):
        if isinstance(result, ExtractError):
            raise SystemExit(f"{slug}: {result.reason}")
        yield slug, text, gold, result.to_dict()


def evaluate(show_errors: bool = False, only: str | None = None, news_dir: Path = NEWS_DIR) -> tuple[list, dict]:
    """Run Parley over the set; returns ([(slug, figures, counts)], pooled figures)."""
    rows = []
    for slug, text, gold, result in extract_set(load_set(news_dir, only)):
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            figures = score(text, result, gold, show_errors=show_errors)
        if show_errors and buffer.getvalue():
            print(f"== {slug}")
            print(buffer.getvalue(), end="")
        rows.append((slug, figures, counts(figures, gold, result)))
    return rows, pooled([c for _s, _f, c in rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list misses and wrong fields")
    parser.add_argument("--only", help="score one article (its slug)")
    args = parser.parse_args()
    rows, total = evaluate(args.errors, args.only)
    header = f"{'article':<28} {'gold':>4} {'pred':>4} {'F1':>6} {'P':>6} {'R':>6} {'speaker':>7} {'date':>6} {'via':>6} {'timex':>6}"
    print(header)
    for slug, f, c in rows:
        print(f"{slug:<28} {c['gold']:>4} {c['pred']:>4} {f['statement_f1']:>6.3f} {f['statement_precision']:>6.3f} "
              f"{f['statement_recall']:>6.3f} {f['speaker_accuracy']:>7.3f} {f['date_accuracy']:>6.3f} "
              f"{f['via_accuracy']:>6.3f} {f['timex_value_accuracy']:>6.3f}")
    tagged = rows_with_rounds(rows)
    rounds = sorted({r for _s, _f, _c, r in tagged})
    if len(rounds) > 1:  # each round was annotated before the fixes that followed it (see the docs)
        for rnd in rounds:
            _print_pooled(f"round {rnd} (pooled)", pooled([c for _s, _f, c, r in tagged if r == rnd]))
    _print_pooled("POOLED (micro)", total)


def round_of(gold: dict) -> str:
    """ "1", "2", ...; "5 held out" for a round's articles kept out of development (never read)."""
    return f"{gold.get('round', 1)}{' held out' if gold.get('held_out') else ''}"


def rows_with_rounds(rows):
    rounds = {slug: round_of(gold) for slug, _text, gold in load_set()}
    return [(slug, f, c, rounds.get(slug, "1")) for slug, f, c in rows]


def _print_pooled(label: str, total: dict) -> None:
    c = total["counts"]
    print(f"{label:<28} {c['gold']:>4} {c['pred']:>4} {total['statement_f1']:>6.3f} "
          f"{total['statement_precision']:>6.3f} {total['statement_recall']:>6.3f} {total['speaker_accuracy']:>7.3f} "
          f"{total['date_accuracy']:>6.3f} {total['via_accuracy']:>6.3f} {total['timex_value_accuracy']:>6.3f}")


if __name__ == "__main__":
    main()
