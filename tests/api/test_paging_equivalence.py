"""The SQL-paged views return exactly what the old build-everything-then-page code returned.

`reference_queries.py` is the old code (every record built, filtered and sorted in Python). Each
test compares it with today's queries and API on three ledgers: the hand-made story of the ledger
tests, the Eastland/Westland talks of the API tests, and a generated ledger made to hit the corner
cases of ordering and filtering (same-day ties, undated and coarse dates, articles without a
publication date, wire copies, unattributed and anonymous speakers, planned events with no date).
"""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from parley.api.app import create_app
from parley.ledger import Ledger, merge_extraction, queries
from parley.ledger.brief import brief_data
from parley.model import Actor, Article, Event, Extraction, Position, Statement
from parley.profile import load_profile, profile_from_dict

HERE = Path(__file__).resolve().parent


def load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


reference = load(HERE / "reference_queries.py", "reference_queries")

# -- a generated ledger ----------------------------------------------------------------------------
SPEAKERS = [("ana-ruiz", "Ana Ruiz", "person"), ("boris-lang", "Boris Lang", "person"),
            ("carla-moss", "Carla Moss", "person"), ("northland", "Northland", "country"),
            ("southland", "Southland", "country"), ("an-official", "an official", "anonymous")]
CONTENTS = ["the ceasefire must hold along the river", "talks will resume after the harvest",
            "no deal is possible without monitors", "the prisoner swap is nearly ready",
            "sanctions will stay until the troops leave", "the bridge talks are a waste of time",
            "a truce could start by the weekend", "the envoy brought a new map"]
EVENT_TEXTS = ["Northland shelled the depot near the ceasefire line", "Envoys will meet in Lakeview",
               "Southland rejected the draft on prisoners", "The delegations signed a grain deal"]
DATES = [None, "2026-04-02", "2026-04-03", "2026-04", "2026-W14-WE", "2026-04-10", "2026-03-28"]
PUBLISHED = ["2026-04-01", "2026-04-02", "2026-04-03", "2026-04-06", "2026-04-09", None]
OUTLETS = ["Lake Gazette", "River Post", "Hill Wire"]
ISSUES = ["ceasefire", "prisoner_exchange", "sanctions"]
STANCES = ["support", "oppose", "demand", "conditional"]


def generated_extraction(rng: random.Random, n: int) -> Extraction:
    sentences, statements, events, positions, actors = [], [], [], [], {}

    def add(sentence: str) -> tuple[int, int]:
        start = sum(len(s) + 1 for s in sentences)
        sentences.append(sentence)
        return start, start + len(sentence)

    def actor(index: int) -> str:
        actor_id, name, kind = SPEAKERS[index]
        actors.setdefault(actor_id, Actor(actor_id, name, kind, mentions=[]))
        return actor_id

    for k in range(rng.randint(2, 5)):
        content = rng.choice(CONTENTS)
        who = rng.randrange(len(SPEAKERS) + 1)
        speaker = actor(who) if who < len(SPEAKERS) else None
        name = SPEAKERS[who][1] if speaker else None
        span = add(f"{name or 'It was'} said that {content}.")
        via = actor(3) if speaker and rng.random() < 0.2 else None
        statements.append(Statement(f"s{k}", speaker, name, span, "said", span, content, [span],
                                    rng.choice(["direct", "indirect"]), date=rng.choice(DATES),
                                    via=via, via_name="Northland" if via else None))
        if speaker and rng.random() < 0.6:
            issue, day = rng.choice(ISSUES), rng.choice(DATES)
            positions.append(Position(f"p{k}", speaker, name, issue, rng.choice(STANCES), span,
                                      date=day, statement=f"s{k}" if rng.random() < 0.7 else None))
            if rng.random() < 0.3:  # a second stance on the same issue and day: only arrival orders them
                positions.append(Position(f"p{k}b", speaker, name, issue, rng.choice(STANCES), span, date=day))
    for k in range(rng.randint(0, 3)):
        span = add(rng.choice(EVENT_TEXTS) + f", round {n}-{k}.")
        events.append(Event(f"e{k}", rng.choice(["CONSULT", "ASSAULT", "REJECT", "AGREE"]),
                            rng.choice([None, "visit"]), [actor(rng.choice([3, 4]))],
                            [actor(rng.choice([0, 1, 4]))] if rng.random() < 0.6 else [],
                            rng.choice(DATES), None, rng.choice([None, "Lakeview"]),
                            rng.choice(["occurred", "planned", "reported", None]), span))
    text = " ".join(sentences)
    article = Article(Article.make_id(text), text, source=f"generated-{n}", title=f"Story {n}",
                      outlet=OUTLETS[n % len(OUTLETS)], url=f"https://lake.example/{n}",
                      published=rng.choice(PUBLISHED))
    return Extraction(article, list(actors.values()), statements, events, positions)


def build_generated(path: Path) -> None:
    rng = random.Random(11)
    with Ledger(path) as ledger:
        made = []
        for n in range(60):
            extraction = generated_extraction(rng, n)
            merge_extraction(ledger, extraction)
            made.append(extraction)
            if n % 9 == 4:  # a wire copy of an earlier story, with that story's records
                original = made[rng.randrange(len(made))]
                text = original.article.text + " Reporting by the wire desk."
                copy = Article(Article.make_id(text), text, source=f"copy-{n}", title=original.article.title,
                               outlet="Hill Wire", url=f"https://wire.example/{n}",
                               published=original.article.published)
                merge_extraction(ledger, Extraction(copy, original.actors, original.statements, original.events,
                                                    original.positions))


GENERATED_PROFILE = profile_from_dict({
    "profile": {"id": "lakes"},
    "actors": [{"id": "ana-ruiz", "name": "Ana Ruiz", "aliases": ["Minister Ruiz"]},
               {"id": "northland", "name": "Northland", "kind": "country"},
               {"id": "an-official", "name": "an official", "kind": "anonymous"}],
    "issues": [{"id": "ceasefire", "name": "Ceasefire", "cues": ["ceasefire", "truce"]},
               {"id": "prisoner_exchange", "cues": ["prisoner", "prisoners", "swap"]},
               {"id": "sanctions", "cues": ["sanctions"]}],
})


# -- the three ledgers -----------------------------------------------------------------------------
@pytest.fixture(scope="module", params=["story", "talks", "generated"])
def ledger_case(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("paging") / f"{request.param}.db"
    if request.param == "story":
        story = load(HERE.parent / "ledger" / "conftest.py", "ledger_fixtures")
        extractions = story.load_extractions()
        with Ledger(path) as ledger:
            for key in story.ORDER:
                merge_extraction(ledger, extractions[key])
        profile = load_profile()  # the app's default
        actors, issues, days = ["Peskov", "Sybiha", "nobody"], ["negotiations", "ceasefire"], ["2026-03-04"]
    elif request.param == "talks":
        talks = load(HERE / "test_api.py", "api_fixtures")
        with Ledger(path) as ledger:
            for extraction in talks.fixture_extractions():
                merge_extraction(ledger, extraction)
        profile = profile_from_dict({"actors": [{"id": "anna-kovacs", "name": "Anna Kovacs",
                                                 "aliases": ["Minister Kovacs"]}],
                                     "issues": [{"id": "ceasefire", "name": "Ceasefire"}]})
        actors, issues, days = ["Kovacs", "Minister Kovacs", "Eastland"], ["ceasefire"], ["2026-03-05"]
    else:
        build_generated(path)
        profile = GENERATED_PROFILE
        actors = ["Ruiz", "Minister Ruiz", "Northland", "official", "lang"]
        issues, days = ISSUES, ["2026-04-02", "2026-04-06"]
    with Ledger(path) as ledger:
        yield ledger, path, profile, actors, issues, days


def filter_sets(actors, issues, days):
    yield {}
    for actor in actors:
        yield {"actor": actor}
    for issue in issues:
        yield {"issue": issue}
        yield {"issue": issue, "actor": actors[0]}
    for day in days:
        yield {"since": day}
        yield {"until": day}
        yield {"since": day, "until": day, "actor": actors[-1]}


def pages(total: int):
    yield 500, 0
    for limit in (1, 3, 7):
        for offset in range(0, total + 2, max(1, total // 4)):
            yield limit, offset


# -- the comparisons -------------------------------------------------------------------------------
def test_timeline_is_unchanged(ledger_case):
    ledger, _, profile, actors, issues, days = ledger_case
    for filters in filter_sets(actors, issues, days):
        expected = reference.timeline(ledger, profile=profile, **filters)
        assert queries.timeline(ledger, profile=profile, **filters) == expected, filters
        assert queries.timeline_count(ledger, profile=profile, **filters) == len(expected), filters
        for limit, offset in pages(len(expected)):
            got = queries.timeline(ledger, profile=profile, limit=limit, offset=offset, **filters)
            assert got == expected[offset:offset + limit], (filters, limit, offset)


def test_timeline_endpoint_is_unchanged(ledger_case):
    ledger, path, profile, actors, issues, days = ledger_case
    client = TestClient(_app_with(path, profile))
    for filters in filter_sets(actors, issues, days):
        total = reference.api_timeline(ledger, profile, **filters)["total"]
        for limit, offset in [(500, 0), (2, 1), (3, max(0, total - 2))]:
            for evidence in (True, False):
                expected = reference.api_timeline(ledger, profile, evidence=evidence, limit=limit, offset=offset,
                                                  **filters)
                got = client.get("/api/timeline", params={**filters, "limit": limit, "offset": offset,
                                                          "evidence": evidence}).json()
                assert got == expected, (filters, limit, offset, evidence)


def test_quotes_are_unchanged(ledger_case):
    ledger, path, profile, actors, _, days = ledger_case
    client = TestClient(_app_with(path, profile))
    speakers = [None, "", *actors]
    for speaker in speakers:
        for since, until in [(None, None), (days[0], None), (None, days[-1]), (days[0], days[-1])]:
            if speaker:
                expected_rows = reference.quotes(ledger, speaker, profile=profile, since=since, until=until)
                assert queries.quotes(ledger, speaker, profile=profile, since=since, until=until) == expected_rows
            total = reference.api_quotes(ledger, profile, speaker, since, until)["total"]
            for limit, offset in [(500, 0), (1, 0), (2, 1), (4, max(0, total - 3))]:
                expected = reference.api_quotes(ledger, profile, speaker, since, until, limit, offset)
                params = {"speaker": speaker, "since": since, "until": until, "limit": limit, "offset": offset}
                got = client.get("/api/quotes", params={k: v for k, v in params.items() if v is not None}).json()
                assert got == expected, (speaker, since, until, limit, offset)


def test_positions_and_history_are_unchanged(ledger_case):
    ledger, path, profile, actors, issues, _ = ledger_case
    client = TestClient(_app_with(path, profile))
    for issue in [None, *issues]:
        for actor in [None, *actors]:
            assert queries.positions(ledger, issue=issue, actor=actor, profile=profile) == \
                reference.positions(ledger, issue=issue, actor=actor, profile=profile), (issue, actor)
            history = reference.position_history(ledger, issue=issue, actor=actor, profile=profile)
            assert queries.position_history(ledger, issue=issue, actor=actor, profile=profile) == history
            for history_on in (False, True):
                params = {k: v for k, v in {"issue": issue, "actor": actor, "history": history_on}.items() if v}
                got = client.get("/api/positions", params=params).json()
                assert (got.pop("offset"), got.pop("limit")) == (0, None)  # added for paging; the rest as before
                assert got == reference.api_positions(ledger, profile, issue, actor, history_on), params


def test_history_pages_in_the_dashboards_day_order(ledger_case):
    """`by_day` is the order the dashboard used to sort the whole history into, in the browser."""
    ledger, path, profile, actors, issues, _ = ledger_case
    client = TestClient(_app_with(path, profile))
    for issue in [None, *issues[:1]]:
        for actor in [None, actors[0]]:
            everything = reference.api_positions(ledger, profile, issue, actor, history=True)["items"]
            by_day = sorted(everything, key=lambda h: h["day"] or h["date"] or "9999")  # stable, as Array.sort
            assert queries.position_history_count(ledger, issue=issue, actor=actor, profile=profile) == len(everything)
            for limit, offset in pages(len(everything)):
                params = {k: v for k, v in {"issue": issue, "actor": actor}.items() if v}
                got = client.get("/api/positions", params={**params, "history": True, "order": "day",
                                                           "limit": limit, "offset": offset}).json()
                assert got["total"] == len(everything)
                assert got["items"] == by_day[offset:offset + limit], (issue, actor, limit, offset)


def test_articles_page_as_the_export_lists_them(ledger_case):
    from parley.ledger.export import iter_records

    ledger, path, profile, *_ = ledger_case
    client = TestClient(_app_with(path, profile))
    listed = list(iter_records(ledger, ["article"]))
    newest = sorted(listed, key=lambda a: a["published"] or "", reverse=True)  # stable: ties keep ingest order
    newest = [a for a in newest if a["published"]] + [a for a in newest if not a["published"]]
    for limit, offset in pages(len(listed)):
        got = client.get("/api/articles", params={"limit": limit, "offset": offset}).json()
        assert (got["total"], got["items"]) == (len(listed), listed[offset:offset + limit])
        got = client.get("/api/articles", params={"limit": limit, "offset": offset, "order": "newest"}).json()
        assert got["items"] == newest[offset:offset + limit]


def test_brief_is_unchanged(ledger_case):
    ledger, path, profile, _, _, days = ledger_case
    client = TestClient(_app_with(path, profile))
    first = ledger.execute("SELECT MIN(published) FROM articles").fetchone()[0]
    for since in [first, *days, "2030-01-01"]:
        for prof in (profile, None):  # without a profile every named speaker is a key actor
            assert brief_data(ledger, since, profile=prof) == reference.brief_data(ledger, since, profile=prof), since
        body = client.get("/api/brief", params={"since": since}).json()
        markdown = body.pop("markdown")
        assert body == reference.brief_data(ledger, since, profile=profile)
        assert markdown.startswith(f"# Brief: news since {since}")


def test_statement_and_event_records_are_unchanged(ledger_case):
    """The batched record builders give each record what the one-at-a-time ones gave (export uses them)."""
    ledger = ledger_case[0]
    assert list(queries.iter_statements(ledger)) == list(reference.iter_statements(ledger))
    assert list(queries.iter_events(ledger)) == list(reference.iter_events(ledger))


def _app_with(path: Path, profile):
    return create_app(path, profile=profile)
