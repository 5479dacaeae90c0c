"""Fixtures for the ledger tests: hand-made Extractions over our own multi-outlet story."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.model import Actor, Article, Event, Extraction, Position, Statement, stable_id

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ledger"


def find_span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)  # a phrase missing from its article is a broken fixture: fail loudly
    return start, start + len(phrase)


def load_articles() -> dict[str, Article]:
    articles = {}
    for line in (FIXTURES / "story.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        articles[row["key"]] = Article(
            id=Article.make_id(row["text"]), text=row["text"], source=f"story.jsonl#{row['key']}",
            title=row["title"], outlet=row["outlet"], url=row["url"], published=row["published"],
        )
    return articles


def build_extraction(article: Article, spec: dict) -> Extraction:
    text = article.text
    actors = [
        Actor(id=a["id"], name=a["name"], kind=a["kind"], role=a.get("role"),
              affiliation=a.get("affiliation"), mentions=[find_span(text, a["mention"])])
        for a in spec["actors"]
    ]
    statements = []
    for i, s in enumerate(spec["statements"]):
        statements.append(Statement(
            id=stable_id("st", article.id, i), speaker=s["speaker"], speaker_name=s["speaker_name"],
            source_span=find_span(text, s["source"]), cue=s["cue"], cue_span=find_span(text, s["cue"]),
            content=s["content"], content_spans=[find_span(text, s["content"])], kind=s["kind"],
            date=s.get("date"), date_text=s.get("date_text"),
        ))
    events = [
        Event(id=stable_id("ev", article.id, i), type=e["type"], mode=e["mode"], actors=e["actors"],
              recipients=e["recipients"], date=e["date"], date_text=e["date_text"], location=e["location"],
              status=e["status"], span=find_span(text, e["text"]))
        for i, e in enumerate(spec["events"])
    ]
    positions = [
        Position(id=stable_id("po", article.id, i), actor=p["actor"], actor_name=p["actor_name"],
                 issue=p["issue"], stance=p["stance"], span=find_span(text, p["text"]), date=p.get("date"),
                 statement=statements[p["statement"]].id if p.get("statement") is not None else None)
        for i, p in enumerate(spec["positions"])
    ]
    return Extraction(article=article, actors=actors, statements=statements, events=events, positions=positions)


def load_extractions() -> dict[str, Extraction]:
    specs = json.loads((FIXTURES / "extractions.json").read_text(encoding="utf-8"))
    out = {}
    for key, article in load_articles().items():
        spec = specs[key]
        spec = specs[spec["same_as"]] if "same_as" in spec else spec
        out[key] = build_extraction(article, spec)
    return out


def fixture_extractor(articles, profile_name):
    """Stand-in for the pipeline: the hand-made extraction of each fixture article, by text."""
    by_id = {e.article.id: e for e in load_extractions().values()}
    for article in articles:
        known = by_id.get(article.id)
        if known is None:
            yield Extraction(article=article)
        else:
            yield Extraction(article=article, actors=known.actors, statements=known.statements,
                             events=known.events, positions=known.positions)


ORDER = ["wire-original", "wire-copy-edited", "wire-copy-trimmed", "own-report", "later-report"]


@pytest.fixture
def articles() -> dict[str, Article]:
    return load_articles()


@pytest.fixture
def extractions() -> dict[str, Extraction]:
    return load_extractions()


@pytest.fixture
def ledger(tmp_path):
    from parley.ledger import Ledger

    with Ledger(tmp_path / "test.db") as opened:
        yield opened


@pytest.fixture
def story_ledger(ledger, extractions):
    """A ledger holding the whole fixture story, ingested in publication order."""
    from parley.ledger import merge_extraction

    for key in ORDER:
        assert merge_extraction(ledger, extractions[key])
    return ledger
