"""Time the event and position extractors alone (the parse and the other extractors excluded).

    .venv/bin/python benchmarks/events_speed.py [--eval ../shared/eval/events] [--repeat 3]

Parses the CASE-2021 snippets and the PLOVER GSR sentences once, runs the actor, timex and
statement extractors once, then times `extract_events` and `extract_positions` over the same
Docs and prints milliseconds per 1,000 words and documents per second.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEFAULT_EVAL = REPO.parent / "shared" / "eval" / "events"


def load_texts(eval_dir: Path) -> list[str]:
    texts = [r["text"] for r in json.loads((eval_dir / "plover_gsr_cameo" / "PLOVER_GSR_CAMEO.json").read_text())
             if r.get("text")]
    with open(eval_dir / "case2021_task2" / "test_set_final_release_with_labels.tsv", encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader, None)
        texts += [row[1] for row in reader if len(row) >= 2]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from parley.extract.actors import extract_actors
    from parley.extract.events import extract_events
    from parley.extract.positions import extract_positions
    from parley.extract.statements import extract_statements
    from parley.extract.timexes import extract_timexes
    from parley.nlp import load_pipeline
    from parley.profile import load_profile

    profile = load_profile()
    texts = load_texts(args.eval)
    docs = list(load_pipeline().pipe(texts, batch_size=64))
    prepared = []
    for doc in docs:
        actors = extract_actors(doc, profile)
        timexes = extract_timexes(doc, "2000-01-01")
        statements = extract_statements(doc, actors, timexes, profile)
        prepared.append((doc, actors, timexes, statements))
    words = sum(len(d) for d in docs)
    best_events = best_positions = float("inf")
    n_events = n_positions = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        n_events = sum(len(extract_events(d, a, t, s, profile)) for d, a, t, s in prepared)
        best_events = min(best_events, time.perf_counter() - started)
        started = time.perf_counter()
        n_positions = sum(len(extract_positions(d, a, s, t, profile)) for d, a, t, s in prepared)
        best_positions = min(best_positions, time.perf_counter() - started)
    print(f"{len(docs)} documents, {words} tokens; best of {args.repeat}")
    print(f"  extract_events:    {best_events:6.2f}s  {1000 * best_events / words * 1000:7.1f} ms per 1k tokens"
          f"  {len(docs) / best_events:7.0f} docs/s  ({n_events} events)")
    print(f"  extract_positions: {best_positions:6.2f}s  {1000 * best_positions / words * 1000:7.1f} ms per 1k tokens"
          f"  {len(docs) / best_positions:7.0f} docs/s  ({n_positions} positions)")


if __name__ == "__main__":
    main()
