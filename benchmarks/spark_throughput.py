"""Articles per second: `parley.spark.extract_dataframe` on local[N] vs `extract_articles` in one
process, on the same texts, and whether the two give the same JSON.

    .venv/bin/python benchmarks/spark_throughput.py [--limit 84] [--cores 2] [--partitions 2]

Texts: the PolNeAR dev articles (../shared/eval/quotes/polnear/data/dev/text), read locally and
never copied into the project. The Spark figure is given twice: the first run (cold: each Python
worker loads spaCy) and the best of `--repeat` later runs (workers reused, spaCy loaded).
Needs pyspark and Java.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "eval" / "quotes" / "polnear" / "data" / "dev" / "text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=84)
    parser.add_argument("--cores", type=int, default=2, help="Spark master local[N]")
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--texts", type=Path, default=DEV, help="a folder of .txt articles")
    args = parser.parse_args()

    from parley.model import Article
    from parley.pipeline import extract_articles
    from parley.profile import load_profile

    files = sorted(args.texts.glob("*.txt"))[: args.limit]
    if not files:
        sys.exit(f"no .txt files in {args.texts}")
    rows = [{"id": f.name, "text": f.read_text(encoding="utf-8"), "published": "2016-06-01"} for f in files]
    articles = [Article(id=Article.make_id(r["text"]), text=r["text"], source=r["id"], published=r["published"])
                for r in rows]
    profile = load_profile()
    list(extract_articles(articles[:2], profile))  # warm the pipeline and caches

    def timed(fn):
        start = time.perf_counter()
        value = fn()
        return time.perf_counter() - start, value

    local_times = []
    for _ in range(args.repeat):
        seconds, local = timed(lambda: list(extract_articles(articles, profile)))
        local_times.append(seconds)
    want = {a.source: json.dumps(r.to_dict(), sort_keys=True) for a, r in zip(articles, local)}

    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    from parley.spark import extract_dataframe

    spark = (SparkSession.builder.master(f"local[{args.cores}]").appName("parley-bench")
             .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", str(args.partitions))
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        df = spark.createDataFrame(rows, "id string, text string, published string").repartition(args.partitions).cache()
        df.count()  # materialise the input so only extraction is timed

        def run():
            return extract_dataframe(df, id_col="id", published_col="published").collect()

        cold, out = timed(run)
        warm = min(timed(run)[0] for _ in range(args.repeat))
    finally:
        spark.stop()

    same = sum(1 for r in out if r["ok"] and json.dumps(json.loads(r["extraction"]), sort_keys=True) == want[r["id"]])
    n = len(rows)
    best_local = min(local_times)
    print(f"articles                     {n}  ({sum(len(r['text']) for r in rows) / 1e3:.0f}k characters)")
    print(f"extract_articles, 1 process  {best_local:.2f} s  ({n / best_local:.2f} articles/s)")
    print(f"spark local[{args.cores}], cold        {cold:.2f} s  ({n / cold:.2f} articles/s; workers load spaCy)")
    print(f"spark local[{args.cores}], warm        {warm:.2f} s  ({n / warm:.2f} articles/s)")
    print(f"warm speed-up                {best_local / warm:.2f}x")
    print(f"same JSON as extract_articles {same}/{n}")


if __name__ == "__main__":
    main()
