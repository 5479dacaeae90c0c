"""How much Parley's extraction adds on top of the bare spaCy pipeline (issue 2: at most 30 %).

    .venv/bin/python benchmarks/speed.py [--limit 84] [--repeat 2]

Texts: the PolNeAR dev articles (../shared/eval/quotes/polnear/data/dev/text), read locally and
never copied into the project. Both runs use the same loaded pipeline and nlp.pipe batching;
the best of `--repeat` runs is kept for each, to damp noise from other processes.
"""
from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "eval" / "quotes" / "polnear" / "data" / "dev" / "text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=84)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--texts", type=Path, default=DEV, help="a folder of .txt articles")
    args = parser.parse_args()

    from parley.model import Article
    from parley.nlp import load_pipeline
    from parley.pipeline import extract_articles
    from parley.profile import load_profile

    files = sorted(args.texts.glob("*.txt"))[: args.limit]
    texts = [f.read_text(encoding="utf-8") for f in files]
    articles = [Article(id=Article.make_id(t), text=t, source=str(f), published="2016-06-01")
                for f, t in zip(files, texts)]
    nlp, profile = load_pipeline(), load_profile()
    list(extract_articles(articles[:2], profile))  # warm caches (matchers, data tables)

    def best(fn):
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return min(times)

    from parley.pipeline import extract_doc

    bare = best(lambda: list(nlp.pipe(texts, batch_size=16)))
    full = best(lambda: list(extract_articles(articles, profile)))
    # The extractors alone over Docs parsed once: the least noisy measure of what we add.
    docs = list(nlp.pipe(texts, batch_size=16))
    only = best(lambda: [extract_doc(d, a, profile) for d, a in zip(docs, articles)])
    chars = sum(map(len, texts))
    print(f"articles               {len(texts)}  ({chars / 1e3:.0f}k characters)")
    print(f"bare spaCy             {bare:.2f} s  ({len(texts) / bare:.1f} articles/s)")
    print(f"spaCy + extraction     {full:.2f} s  ({len(texts) / full:.1f} articles/s)")
    print(f"extractors alone       {only:.2f} s  (on the same Docs, parsed once)")
    print(f"extraction overhead    {100 * only / bare:.1f} % of bare spaCy (extractors alone; target ≤ 30 %)")
    print(f"end-to-end difference  {100 * (full - bare) / bare:.1f} % (noisier: two separate timed runs)")
    tracemalloc.start()
    list(extract_articles(articles, profile))
    _cur, peak = tracemalloc.get_traced_memory()
    print(f"peak Python memory     {peak / 1e6:.0f} MB (tracemalloc, one pass)")


if __name__ == "__main__":
    main()
