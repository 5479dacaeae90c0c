"""Run the whole extraction over many real texts and count what went wrong, per stage.

    .venv/bin/python benchmarks/robustness_sweep.py [--train-limit 300] [--mutated 200]
        [--only dev|train|news|odd|mutated|tempeval] [--quiet]

Corpora: PolNeAR dev (84 texts) and the first `--train-limit` PolNeAR train texts in name order
(../shared/eval/quotes/polnear/, internal evaluation only: nothing of it is written anywhere), our
Russia–Ukraine news dev set (benchmarks/news/, 19 articles), a few odd inputs made up here
(empty, whitespace, lone quotation marks, a 3,000-word sentence, control characters),
`--mutated` texts cut at random from our news set with quotation marks, cues, dashes and line
breaks inserted and characters deleted (a fixed seed, so runs repeat), and the 256 TempEval-3
train texts (1989–2000 newswire and broadcast transcripts, ../shared/eval/timex/tempeval3/train/,
read as benchmarks/timex_train.py reads them).

For each corpus it prints the articles, the records extracted, the articles that failed whole
(`ExtractError`: actors or timexes raised), the stage warnings by stage (`Extraction.problems`:
statements, events or positions raised and lost that stage's records), and evidence spans that
are empty or fall outside the text (a statement with no content span counts as one). Every
failure is also printed as one line naming the article, as `parley extract` prints it. A clean run
shows zeros in the failure, warning and bad-span columns.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from parley.model import Article  # noqa: E402
from parley.pipeline import ExtractError, extract_articles  # noqa: E402

POLNEAR = REPO.parent / "shared" / "eval" / "quotes" / "polnear" / "data"
TEMPEVAL = REPO.parent / "shared" / "eval" / "timex" / "tempeval3" / "train"
NEWS_DIR = REPO / "benchmarks" / "news"
STAGES = ("statements", "events", "positions")


def polnear_articles(split: str, limit: int | None) -> list[Article]:
    dates = {}
    metadata = POLNEAR / "metadata.tsv"
    if metadata.exists():
        with metadata.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                dates[row["filename"]] = row["publication_date"]
    paths = sorted((POLNEAR / split / "text").glob("*.txt"))
    if limit is not None:
        paths = paths[:limit]
    return [_article(p.read_text(encoding="utf-8"), f"polnear/{split}/{p.name}", dates.get(p.stem)) for p in paths]


def tempeval_articles() -> list[Article]:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from timex_train import load_corpus

    return [_article(d.text, f"tempeval/{d.corpus}/{d.name}", d.dct) for d in load_corpus(TEMPEVAL)]


def news_articles() -> list[Article]:
    out = []
    for gold in sorted(NEWS_DIR.glob("*.gold.json")):
        meta = json.loads(gold.read_text(encoding="utf-8"))
        text = (NEWS_DIR / meta["file"]).read_text(encoding="utf-8")
        out.append(_article(text, f"news/{meta['file']}", meta.get("published")))
    return out


def odd_articles() -> list[Article]:
    """Inputs no newsroom writes but a reader may hand over."""
    texts = {
        "empty": "",
        "whitespace": " \n\t\n  ",
        "lone-quote": "“",
        "unclosed-quotes": "“We will not sign, said the minister. “Never. He said: “",
        "cue-only": "said",
        "pronoun-only": "He said. She said. They said. It said.",
        "no-punctuation": " ".join(["the minister said that the talks would go on"] * 300),
        "control-chars": "Peskov\x00 said\x0b the\x1f talks\u200b would\u2028resume on Friday.",
        "non-latin": "Песков сказал, что переговоры продолжатся. 佩斯科夫说谈判将继续。",
        "emoji": "Zelensky said 🇺🇦 the talks 🙏 would resume on Monday, the Kremlin said 🤝.",
        "newlines-only-sentences": "Lavrov\nsaid\n“\nno\n”\non\nTuesday",
        "dashes-and-colons": "— said — : “ ” — according to — , citing — , told —",
    }
    return [_article(text, f"odd/{name}", "2026-03-01") for name, text in texts.items()]


# What the mutations insert: the characters and words attribution rules hang on.
MUTATION_PIECES = ("“", "”", '"', "'", "—", ":", ";", ",", "\n", "\n\n", "\r\n", "\t", "…", "(", ")",
                   "’s", " said ", " told ", " according to ", " he ", " who ", " citing ", " quoted ",
                   " as saying ", " on Monday ")


def mutated_articles(count: int, seed: int = 1) -> list[Article]:
    import random

    rnd = random.Random(seed)
    texts = [a.text for a in news_articles()]
    out = []
    for n in range(count):
        text = rnd.choice(texts)
        start, end = sorted(rnd.randrange(len(text) + 1) for _ in range(2))
        chars = list(text[start:end][:4000])
        for _ in range(rnd.randrange(30)):
            at = rnd.randrange(len(chars) + 1)
            if rnd.random() < 0.7 or not chars:
                chars.insert(at, rnd.choice(MUTATION_PIECES))
            else:
                del chars[min(at, len(chars) - 1)]
        out.append(_article("".join(chars), f"mutated/{seed}/{n}", rnd.choice((None, "2026-03-01"))))
    return out


def _article(text: str, source: str, published: str | None) -> Article:
    return Article(id=Article.make_id(source + text), text=text, source=source,
                   published=published if published and published != "None" else None)


def _bad_spans(result) -> int:
    """Evidence spans that are empty or outside the text, and statements with no content span."""
    n = len(result.article.text)
    spans = [s.cue_span for s in result.statements] + [c for s in result.statements for c in s.content_spans]
    spans += [s.source_span for s in result.statements if s.source_span is not None]
    spans += [e.span for e in result.events] + [p.span for p in result.positions] + [t.span for t in result.timexes]
    spans += [m for a in result.actors for m in a.mentions]
    no_content = sum(1 for s in result.statements if not s.content_spans)
    return no_content + sum(1 for start, end in spans if not 0 <= start < end <= n)


def _digest(result) -> str:
    if isinstance(result, ExtractError):
        return "error " + result.reason
    payload = json.dumps([result.to_dict(), result.problems], sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()


def sweep(name: str, articles: list[Article], quiet: bool, digests: dict | None = None) -> dict:
    records: Counter = Counter()
    warnings: Counter = Counter()
    failed = bad = 0
    started = time.perf_counter()
    for article, result in zip(articles, extract_articles(articles)):
        if digests is not None:
            digests[article.source] = _digest(result)
        if isinstance(result, ExtractError):
            failed += 1
            if not quiet:
                print(f"  error: {result}")
            continue
        records["statements"] += len(result.statements)
        records["events"] += len(result.events)
        records["positions"] += len(result.positions)
        for problem in result.problems:
            warnings[problem.split()[0]] += 1
            if not quiet:
                print(f"  warning: {result.article.source}: {problem}")
        bad_here = _bad_spans(result)
        bad += bad_here
        if bad_here and not quiet:
            print(f"  bad spans: {result.article.source}: {bad_here}")
    return {"corpus": name, "articles": len(articles), "records": records, "failed": failed,
            "warnings": warnings, "bad": bad, "seconds": time.perf_counter() - started}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train-limit", type=int, default=300, help="PolNeAR train texts, in name order")
    ap.add_argument("--mutated", type=int, default=200, help="mutated news texts")
    ap.add_argument("--only", choices=("dev", "train", "news", "odd", "mutated", "tempeval"))
    ap.add_argument("--quiet", action="store_true", help="figures only, not each failure")
    ap.add_argument("--digests", type=Path, help="write one 'source<TAB>digest of its output' line per article")
    ap.add_argument("--hash-seeds", help="e.g. 1,2: rerun under each PYTHONHASHSEED and list the articles "
                                          "whose output differs (set order leaking into results)")
    args = ap.parse_args()
    if args.hash_seeds:
        compare_hash_seeds([int(x) for x in args.hash_seeds.split(",")], args)
        return

    corpora = {"odd": odd_articles, "news": news_articles, "mutated": lambda: mutated_articles(args.mutated)}
    if POLNEAR.exists():
        corpora["dev"] = lambda: polnear_articles("dev", None)
        corpora["train"] = lambda: polnear_articles("train", args.train_limit)
    else:
        print(f"(PolNeAR not found at {POLNEAR}: skipped)")
    if TEMPEVAL.exists():
        corpora["tempeval"] = tempeval_articles
    else:
        print(f"(TempEval-3 not found at {TEMPEVAL}: skipped)")
    rows = []
    digests: dict[str, str] = {}
    for name, load in corpora.items():
        if args.only and name != args.only:
            continue
        print(f"{name}:")
        rows.append(sweep(name, load(), args.quiet, digests))
    if args.digests:
        args.digests.write_text("".join(f"{src}\t{d}\n" for src, d in digests.items()), encoding="utf-8")

    header = ["corpus", "articles", "statements", "events", "positions", "failed articles",
              *[f"{s} warnings" for s in STAGES], "bad spans", "seconds"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in rows:
        cells = [r["corpus"], r["articles"], r["records"]["statements"], r["records"]["events"],
                 r["records"]["positions"], r["failed"], *[r["warnings"][s] for s in STAGES], r["bad"],
                 f"{r['seconds']:.0f}"]
        print("| " + " | ".join(str(c) for c in cells) + " |")


def compare_hash_seeds(seeds: list[int], args) -> None:
    """Run the sweep once per hash seed in a fresh process; the outputs must be identical."""
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds:
            out = Path(tmp) / f"{seed}.tsv"
            cmd = [sys.executable, __file__, "--quiet", "--digests", str(out),
                   "--train-limit", str(args.train_limit), "--mutated", str(args.mutated)]
            if args.only:
                cmd += ["--only", args.only]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)})
            runs.append(dict(line.split("\t", 1) for line in out.read_text(encoding="utf-8").splitlines()))
    first = runs[0]
    differ = sorted(src for src in first if any(run.get(src) != first[src] for run in runs[1:]))
    for src in differ:
        print(f"  output depends on the hash seed: {src}")
    print(f"hash seeds {','.join(map(str, seeds))}: {len(differ)} of {len(first)} articles differ")


if __name__ == "__main__":
    main()
