"""Ingest throughput against `parley extract` on the same articles, and ingest memory at scale.

    .venv/bin/python benchmarks/ingest_throughput.py [--limit 84] [--repeat 2] [--jobs 2]
    .venv/bin/python benchmarks/ingest_throughput.py --memory 10000

Texts: the PolNeAR dev articles (../shared/eval/quotes/polnear/data/dev/text), read locally and
never copied into the project. `extract` is timed as the command runs it (pipeline + JSON
serialisation); `ingest` adds MinHash grouping, cross-article merging and SQLite writes, one
transaction per article, into a fresh ledger. Target: ingest ≥ 70 % of extract's rate.

`--memory N` streams N distinct articles (the corpus cycled, each copy made unique by an added
line, so the near-duplicate path is exercised too) through a real ingest and prints the peak
resident memory at checkpoints. Target: < 1 GB for 10,000 articles. With `--cached`, each
article's extraction is replayed from its corpus original (computed once), so a 10,000-article
run measures the ledger side in minutes instead of an hour of spaCy.
"""
from __future__ import annotations

import argparse
import io
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "eval" / "quotes" / "polnear" / "data" / "dev" / "text"


def _articles(folder: Path, limit: int):
    from parley.model import Article

    files = sorted(folder.glob("*.txt"))[:limit]
    if not files:
        sys.exit(f"no .txt articles in {folder}")
    return [Article(id=Article.make_id(t), text=t, source=str(f), published="2016-06-01")
            for f in files for t in [f.read_text(encoding="utf-8")]]


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def throughput(args) -> None:
    from parley.ledger import Ledger, ingest_items
    from parley.pipeline import extract_articles
    from parley.profile import load_profile

    articles = _articles(args.texts, args.limit)
    profile = load_profile()
    list(extract_articles(articles[:2], profile))  # load the model, warm caches

    def extract():
        out = io.StringIO()
        for result in extract_articles(articles, profile):
            out.write(json.dumps(result.to_dict(include_text=False), ensure_ascii=False) + "\n")

    # The ledger's own cost, without extraction: replay extractions computed once.
    cached = {e.article.id: e for e in extract_articles(articles, profile)}

    def ledger_only():
        with tempfile.TemporaryDirectory() as tmp:
            with Ledger(Path(tmp) / "bench.db") as ledger:
                ingest_items(ledger, iter(articles), extractor=lambda batch, _p: [cached[a.id] for a in batch])

    def ingest(jobs: int):
        with tempfile.TemporaryDirectory() as tmp:
            with Ledger(Path(tmp) / "bench.db") as ledger:
                summary = ingest_items(ledger, iter(articles), jobs=jobs)
                assert summary.added == len(articles), summary

    n = len(articles)
    chars = sum(len(a.text) for a in articles)
    t_extract = _best(extract, args.repeat)
    t_ingest = _best(lambda: ingest(1), args.repeat)
    print(f"articles                 {n}  ({chars / 1e3:.0f}k characters)")
    print(f"extract                  {t_extract:.2f} s  ({n / t_extract:.1f} articles/s)")
    print(f"ingest --jobs 1          {t_ingest:.2f} s  ({n / t_ingest:.1f} articles/s)")
    print(f"ingest / extract         {100 * t_extract / t_ingest:.0f} %  (target ≥ 70 %)")
    t_ledger = _best(ledger_only, args.repeat)
    print(f"ledger work alone        {t_ledger:.2f} s  ({1000 * t_ledger / n:.1f} ms/article: "
          f"MinHash, merge, SQLite; extraction replayed from cache)")
    # On a shared machine the two timed runs see different loads; extraction + the ledger's own
    # cost gives the same ratio with less noise.
    print(f"extract / (extract + ledger work)  {100 * t_extract / (t_extract + t_ledger):.0f} %")
    if args.jobs > 1:
        t_jobs = _best(lambda: ingest(args.jobs), 1)
        print(f"ingest --jobs {args.jobs}          {t_jobs:.2f} s  ({n / t_jobs:.1f} articles/s, "
              f"includes starting {args.jobs} workers and loading the model in each)")


def memory(args) -> None:
    from parley.ledger import Ledger, ingest_items
    from parley.model import Article

    base = _articles(args.texts, args.limit)
    extractor = None
    if args.cached:
        from parley.model import Extraction
        from parley.pipeline import extract_articles

        originals = {a.source: e for a, e in zip(base, extract_articles(base))}

        def extractor(batch, _profile):
            for article in batch:
                e = originals[article.source.rsplit("#", 1)[0]]  # spans still hold: text was only appended to
                yield Extraction(article=article, actors=e.actors, statements=e.statements, events=e.events,
                                 positions=e.positions, timexes=e.timexes)
    checkpoints = {args.memory // 10, args.memory // 2, args.memory}
    done = 0
    start = time.perf_counter()

    def stream():
        for i in range(args.memory):
            source = base[i % len(base)]
            text = f"{source.text}\n\nArchive copy {i}."
            yield Article(id=Article.make_id(text), text=text, source=f"{source.source}#{i}", published="2016-06-01")

    def on_progress(_outcome: str) -> None:
        nonlocal done
        done += 1
        if done in checkpoints:
            print(f"{done:>7} articles  {time.perf_counter() - start:7.0f} s  peak RSS {_peak_rss_mb():6.0f} MB",
                  flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "memory.db"
        with Ledger(db) as ledger:
            kwargs = {"extractor": extractor} if extractor else {}
            summary = ingest_items(ledger, stream(), jobs=args.jobs, on_progress=on_progress, **kwargs)
        size = db.stat().st_size / 1e6
    print(f"{summary.line()}; ledger file {size:.0f} MB; peak RSS {_peak_rss_mb():.0f} MB (target < 1024 MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=Path, default=DEV, help="a folder of .txt articles")
    parser.add_argument("--limit", type=int, default=84)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--memory", type=int, default=0, help="stream this many articles and report memory")
    parser.add_argument("--cached", action="store_true", help="with --memory: replay extractions (ledger side only)")
    args = parser.parse_args()
    if args.memory:
        memory(args)
    else:
        throughput(args)


if __name__ == "__main__":
    main()
