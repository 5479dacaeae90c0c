"""Score `extract_timexes` on our blind modern-news TIMEX3 set, TE3 Task A metric.

Run:  .venv/bin/python benchmarks/timex_news.py [--errors] [--corpus te3style|recent|...]

`benchmarks/timex_news/` holds invented news articles (2013-style and 2024-2026), written and
annotated with TIMEX3 gold by engineers who did not see Parley's output (each folder's
ANNOTATION.md gives the conventions and doubtful cases). The scoring and options are those of
`timex_train.py`, with this folder as `--data`.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import timex_train  # noqa: E402

if __name__ == "__main__":
    if "--data" not in sys.argv:
        sys.argv[1:1] = ["--data", str(HERE / "timex_news")]
    timex_train.main()
