"""How fast the read-only API answers on a ledger of N articles. Prints a Markdown table.

The ledger is synthetic (invented sentences, records written directly, no spaCy) and built with
the ledger's own `merge_extraction`, so this measures the API and the ledger queries under it, not
extraction. Each article has 6 statements, 3 events and 3 positions among 40 actors and 8 issues.

    .venv/bin/python benchmarks/api_latency.py [--articles 1000] [--repeat 5] [--db FILE]

`--db FILE` keeps the synthetic ledger there and reuses it on the next run (building 5,000
articles takes minutes), so before/after figures are measured on the same ledger.
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from parley.api.app import create_app
from parley.ledger.merge import merge_extraction
from parley.ledger.store import Ledger
from parley.model import Actor, Article, Event, Extraction, Position, Statement

ISSUES = ["ceasefire", "territory", "sanctions", "prisoner_exchange", "elections", "negotiations",
          "security_guarantees", "energy_strikes"]
STANCES = ["support", "oppose", "demand", "conditional", "doubt"]
EVENT_TYPES = ["CONSULT", "AGREE", "REJECT", "REQUEST", "ACCUSE", "THREATEN"]
WORDS = ("talks border truce corridor monitors deadline proposal grain port reactor bridge convoy "
         "delegation envoy summit draft guarantee exchange strikes pipeline sanctions referendum").split()
OUTLETS = ["Harbor Times", "Valley Post", "Coast Daily", "Ridge Wire", "Plains Courier"]


def synthetic_extraction(rng: random.Random, n: int, start: date) -> Extraction:
    day = start + timedelta(days=n % 365)
    sentences, statements, events, positions, actors = [], [], [], [], {}
    offset = 0

    def add(sentence: str) -> tuple[int, int]:
        nonlocal offset
        sentences.append(sentence)
        span = (offset, offset + len(sentence))
        offset += len(sentence) + 1
        return span

    def actor(i: int) -> str:
        actor_id = f"actor-{i}"
        actors.setdefault(actor_id, Actor(actor_id, f"Speaker Number{i}", "person", mentions=[]))
        return actor_id

    for k in range(6):
        speaker = actor(rng.randrange(40))
        content = " ".join(rng.choice(WORDS) for _ in range(12)) + f" item{n}x{k}"
        span = add(f"Speaker Number{speaker.split('-')[1]} said that {content}.")
        statements.append(Statement(f"s{k}", speaker, actors[speaker].name, span, "said", span, content, [span],
                                    "indirect", date=day.isoformat()))
        if k < 3:
            positions.append(Position(f"p{k}", speaker, actors[speaker].name, rng.choice(ISSUES), rng.choice(STANCES),
                                      span, date=day.isoformat(), statement=f"s{k}"))
    for k in range(3):
        a, b = actor(rng.randrange(40)), actor(rng.randrange(40))
        span = add(f"Delegation {a} met delegation {b} about the {rng.choice(WORDS)} in round {n}-{k}.")
        events.append(Event(f"e{k}", rng.choice(EVENT_TYPES), None, [a], [b], day.isoformat(), None, None,
                            rng.choice(["occurred", "planned", "reported"]), span))
    text = " ".join(sentences)
    article = Article(Article.make_id(text), text, source=f"synthetic-{n}", title=f"Round {n}",
                      outlet=OUTLETS[n % len(OUTLETS)], url=f"https://news.example/{n}", published=day.isoformat())
    return Extraction(article, list(actors.values()), statements, events, positions)


def build(path: Path, articles: int) -> float:
    rng = random.Random(7)
    began = time.perf_counter()
    with Ledger(path) as ledger:
        for n in range(articles):
            merge_extraction(ledger, synthetic_extraction(rng, n, date(2025, 1, 1)))
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, default=None,
                        help="keep the synthetic ledger in this file; reuse it if it exists")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if db.exists():
            build_seconds = 0.0
        else:
            build_seconds = build(db, args.articles)
        client = TestClient(create_app(db))
        counts = client.get("/api/health").json()["counts"]
        print(f"Ledger: {counts['articles']} synthetic articles, {counts['statements']} statements, "
              f"{counts['events']} events, {counts['positions']} positions (built in {build_seconds:.1f} s)\n")
        with Ledger(db) as led:  # ids for the one-record endpoints: the middle of the ledger
            middle = counts["statements"] // 2
            statement_id = led.execute("SELECT id FROM statements ORDER BY seq LIMIT 1 OFFSET ?", (middle,)).fetchone()[0]
            article_id = led.execute("SELECT id FROM articles ORDER BY seq LIMIT 1 OFFSET ?",
                                     (counts["articles"] // 2,)).fetchone()[0]
        requests = [
            ("/api/health", {}),
            ("/api/articles (first 100)", {"path": "/api/articles"}),
            ("/api/articles?order=newest&limit=1000", {"path": "/api/articles", "order": "newest", "limit": 1000}),
            ("/api/articles/{id}", {"path": f"/api/articles/{article_id}"}),
            ("/api/actors", {"path": "/api/actors"}),
            ("/api/issues", {"path": "/api/issues"}),
            ("/api/timeline (first 500, with evidence)", {"path": "/api/timeline", "limit": 500}),
            ("/api/timeline (500 from offset 40,000)", {"path": "/api/timeline", "limit": 500, "offset": 40000}),
            ("/api/timeline?actor=Number7", {"path": "/api/timeline", "actor": "Number7"}),
            ("/api/timeline?since&until (one month)", {"path": "/api/timeline", "since": "2025-03-01",
                                                      "until": "2025-03-31"}),
            ("/api/timeline?issue=ceasefire", {"path": "/api/timeline", "issue": "ceasefire"}),
            ("/api/quotes (first 500, no speaker)", {"path": "/api/quotes"}),
            ("/api/quotes?speaker=Number7", {"path": "/api/quotes", "speaker": "Number7"}),
            ("/api/positions (matrix)", {"path": "/api/positions"}),
            ("/api/positions?history=true&issue=ceasefire", {"path": "/api/positions", "history": "true",
                                                            "issue": "ceasefire"}),
            ("/api/positions?history=true (all issues)", {"path": "/api/positions", "history": "true"}),
            ("/api/positions?history=true&order=day&limit=500", {"path": "/api/positions", "history": "true",
                                                                 "order": "day", "limit": 500}),
            ("/api/records/statement/{id}", {"path": f"/api/records/statement/{statement_id}"}),
            ("/api/search?q=reactor", {"path": "/api/search", "q": "reactor"}),
            ("/api/brief?since (last 30 days)", {"path": "/api/brief", "since": "2025-12-01"}),
        ]
        print("| request | median ms | items |")
        print("|---|---:|---:|")
        for label, params in requests:
            params = dict(params)
            path = params.pop("path", label)
            times, items = [], None
            for _ in range(args.repeat):
                began = time.perf_counter()
                body = client.get(path, params=params).json()
                times.append((time.perf_counter() - began) * 1000)
                items = body.get("total", len(body["items"]) if "items" in body else
                                 len(body.get("statements", [])) if "statements" in body else "")
            print(f"| `{label}` | {statistics.median(times):.0f} | {items} |")


if __name__ == "__main__":
    main()
