"""The read-only API and the dashboard, over a small ledger built with the ledger's own ingest.

The fixture articles are invented for these tests (fictional Eastland/Westland talks). Their
records are written by hand, with spans found in the text, and go through `ingest_items` with a
stand-in extractor, so the tests check the API, not the extractors' current quality.
"""
from __future__ import annotations

import socket
from pathlib import Path

import pytest
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from parley.api.app import MARK_END, MARK_START, create_app
from parley.api.cli_commands import dashboard_url, register
from parley.ledger.ingest import ingest_items
from parley.ledger.store import Ledger
from parley.model import Actor, Article, Event, Extraction, Position, Statement

HARBOR_1 = (
    'Foreign Minister Anna Kovacs said on Monday that "a ceasefire must come before any talks on borders." '
    "Delegations from Eastland and Westland will meet in Geneva on Friday, officials said."
)
VALLEY = (
    '"A ceasefire must come before any talks on borders," Foreign Minister Anna Kovacs told reporters '
    "on Monday. Eastland has also demanded the release of all prisoners."
)
HARBOR_2 = (
    "Anna Kovacs said on Tuesday that Eastland now rejects a ceasefire while strikes continue. "
    "An unnamed diplomat said the Geneva meeting had been postponed."
)


def span(text: str, words: str, after: str = "") -> tuple[int, int]:
    """Where `words` first occur in `text`, at or after the first occurrence of `after`."""
    start = text.index(words, text.index(after))
    return (start, start + len(words))


def kovacs(text: str, mention: str = "Anna Kovacs") -> Actor:
    return Actor("anna-kovacs", "Anna Kovacs", "person", role="foreign minister", affiliation="eastland",
                 mentions=[span(text, mention)])


def country(text: str, name: str) -> Actor:
    return Actor(name.lower(), name, "country", mentions=[span(text, name)])


def article(text: str, outlet: str, url: str, published: str) -> Article:
    return Article(Article.make_id(text), text, source=url, title=f"{outlet} on the talks", outlet=outlet,
                   url=url, published=published)


def statement(text: str, local_id: str, speaker: str, name: str, mention: str, cue: str, content: str,
              kind: str, date: str) -> Statement:
    return Statement(local_id, speaker, name, span(text, mention), cue, span(text, cue, after=mention),
                     content, [span(text, content)], kind, date=date, date_text="on Monday")


def fixture_extractions() -> list[Extraction]:
    a = article(HARBOR_1, "Harbor Times", "https://harbor.example/talks-1", "2026-03-02")
    content_a = "a ceasefire must come before any talks on borders."
    b = article(VALLEY, "Valley Post", "https://valley.example/kovacs", "2026-03-03")
    content_b = "A ceasefire must come before any talks on borders,"
    c = article(HARBOR_2, "Harbor Times", "https://harbor.example/talks-2", "2026-03-10")
    content_c = "Eastland now rejects a ceasefire while strikes continue"
    return [
        Extraction(
            a,
            actors=[kovacs(HARBOR_1), country(HARBOR_1, "Eastland"), country(HARBOR_1, "Westland")],
            statements=[statement(HARBOR_1, "s1", "anna-kovacs", "Anna Kovacs", "Foreign Minister Anna Kovacs",
                                  "said", content_a, "direct", "2026-03-02")],
            events=[Event("e1", "CONSULT", "visit", ["eastland"], ["westland"], "2026-03-06", "on Friday",
                          "Geneva", "planned", span(HARBOR_1, "Delegations from Eastland and Westland will meet "
                                                              "in Geneva on Friday"), trigger="meet")],
            positions=[Position("p1", "anna-kovacs", "Anna Kovacs", "ceasefire", "demand",
                                span(HARBOR_1, "a ceasefire must come before any talks on borders"),
                                date="2026-03-02", statement="s1")],
        ),
        Extraction(
            b,
            actors=[kovacs(VALLEY), country(VALLEY, "Eastland")],
            statements=[statement(VALLEY, "s1", "anna-kovacs", "Anna Kovacs", "Foreign Minister Anna Kovacs",
                                  "told", content_b, "direct", "2026-03-02")],
            positions=[Position("p1", "eastland", "Eastland", "prisoner_exchange", "demand",
                                span(VALLEY, "Eastland has also demanded the release of all prisoners"),
                                date="2026-03-03")],
        ),
        Extraction(
            c,
            actors=[kovacs(HARBOR_2), country(HARBOR_2, "Eastland"),
                    Actor("unnamed-diplomat", "an unnamed diplomat", "anonymous",
                          mentions=[span(HARBOR_2, "An unnamed diplomat")])],
            statements=[
                statement(HARBOR_2, "s1", "anna-kovacs", "Anna Kovacs", "Anna Kovacs", "said", content_c,
                          "indirect", "2026-03-10"),
                statement(HARBOR_2, "s2", "unnamed-diplomat", "an unnamed diplomat", "An unnamed diplomat",
                          "said", "the Geneva meeting had been postponed", "indirect", "2026-03-10"),
            ],
            positions=[Position("p1", "anna-kovacs", "Anna Kovacs", "ceasefire", "oppose",
                                span(HARBOR_2, content_c), date="2026-03-10", statement="s1")],
        ),
    ]


def stand_in_extractor(articles, profile_name):
    by_id = {e.article.id: e for e in fixture_extractions()}
    return [by_id[a.id] for a in articles]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ledger") / "talks.db"
    with Ledger(path) as ledger:
        summary = ingest_items(ledger, [e.article for e in fixture_extractions()], extractor=stand_in_extractor)
    assert (summary.added, summary.failed) == (3, 0)
    return path


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db))


def article_texts(db) -> dict:
    with Ledger(db) as ledger:
        return {r["id"]: r["text"] for r in ledger.query("SELECT id, text FROM articles")}


def assert_evidence_is_the_span(items, db):
    """Every evidence entry quotes exactly the article's words at its span, with outlet, date and URL."""
    texts = article_texts(db)
    checked = 0
    for item in items:
        assert item["evidence"], f"record without evidence: {item}"
        for ev in item["evidence"]:
            start, end = ev["span"]
            assert ev["text"] == " ".join(texts[ev["article"]][start:end].split())
            assert ev["outlet"] and ev["url"].startswith("https://") and ev["published"] and ev["source"]
            checked += 1
    assert checked >= len(items)


# -- health, articles, actors --------------------------------------------------------------------
def test_health_reports_counts(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["counts"]["articles"] == 3
    assert body["counts"]["statements"] == 3  # Valley Post's report merged into Harbor Times's


def test_missing_ledger_answers_503_not_a_traceback(tmp_path):
    missing = TestClient(create_app(tmp_path / "none.db"))
    health = missing.get("/api/health")
    assert health.status_code == 503 and health.json()["status"] == "unavailable"
    assert missing.get("/api/timeline").status_code == 503
    assert not (tmp_path / "none.db").exists()  # serving never creates a ledger


def test_a_file_that_is_not_a_ledger_answers_503(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("not a database, just notes\n" * 100, encoding="utf-8")
    response = TestClient(create_app(notes)).get("/api/positions")
    assert response.status_code == 503 and "not a usable ledger" in response.json()["detail"]


def test_articles_page_and_single_article(client):
    page = client.get("/api/articles", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 3 and len(page["items"]) == 2
    assert page["items"][0]["outlet"] == "Valley Post"
    one = client.get(f"/api/articles/{page['items'][0]['id']}").json()
    assert one["text"] == VALLEY
    assert client.get("/api/articles/art-nope").status_code == 404


def test_actors_and_issues(client):
    actors = {a["id"]: a for a in client.get("/api/actors").json()["items"]}
    assert actors["anna-kovacs"]["name"] == "Anna Kovacs" and actors["anna-kovacs"]["articles"] == 3
    issue_ids = [i["id"] for i in client.get("/api/issues").json()["items"]]
    assert "ceasefire" in issue_ids and "prisoner_exchange" in issue_ids


# -- timeline ----------------------------------------------------------------------------------
def test_timeline_in_date_order_with_evidence(client, db):
    body = client.get("/api/timeline").json()
    dates = [e["date"] for e in body["items"]]
    assert dates == sorted(dates)
    assert body["total"] == 4  # three statements and one event
    planned = [e for e in body["items"] if e["kind"] == "event"]
    assert planned[0]["status"] == "planned" and planned[0]["date"] == "2026-03-06"
    assert_evidence_is_the_span(body["items"], db)


def test_timeline_filters(client):
    by_actor = client.get("/api/timeline", params={"actor": "Kovacs"}).json()["items"]
    assert {e["who"] for e in by_actor} == {"Anna Kovacs"} and len(by_actor) == 2
    later = client.get("/api/timeline", params={"since": "2026-03-05"}).json()["items"]
    assert all(e["date"] >= "2026-03-05" for e in later) and len(later) == 3
    earlier = client.get("/api/timeline", params={"until": "2026-03-05"}).json()["items"]
    assert [e["date"] for e in earlier] == ["2026-03-02"]
    on_issue = client.get("/api/timeline", params={"issue": "ceasefire"}).json()["items"]
    assert {e["kind"] for e in on_issue} == {"statement"} and len(on_issue) == 2
    assert client.get("/api/timeline", params={"since": "March 5"}).status_code == 422
    assert client.get("/api/timeline", params={"until": "2026-02-30"}).status_code == 422


def test_timeline_pages(client):
    first = client.get("/api/timeline", params={"limit": 2}).json()
    second = client.get("/api/timeline", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 4
    assert [e["id"] for e in first["items"] + second["items"]] == [
        e["id"] for e in client.get("/api/timeline").json()["items"]]


# -- quotes and search -------------------------------------------------------------------------
def test_quotes_merge_outlets_and_show_the_chain(client, db):
    items = client.get("/api/quotes", params={"speaker": "Anna Kovacs"}).json()["items"]
    assert len(items) == 2
    merged = items[0]
    assert merged["source_count"] == 2 and not merged["single_source"]
    assert {e["outlet"] for e in merged["evidence"]} == {"Harbor Times", "Valley Post"}
    assert "Harbor Times (2026-03-02)" in merged["chain"]
    assert_evidence_is_the_span(items, db)


def test_quotes_without_speaker_lists_all_and_flags_anonymous(client):
    items = client.get("/api/quotes").json()["items"]
    assert len(items) == 3
    anonymous = [q for q in items if q["anonymous"]]
    assert [q["content"] for q in anonymous] == ["the Geneva meeting had been postponed"]
    assert client.get("/api/quotes", params={"speaker": "Nobody Atall"}).json()["items"] == []


def test_search_statements_and_articles(client, db):
    hits = client.get("/api/search", params={"q": "borders"}).json()
    assert hits["total"] == 1 and "borders" in hits["items"][0]["content"]
    assert_evidence_is_the_span(hits["items"], db)
    articles = client.get("/api/search", params={"q": "prisoners", "kind": "article"}).json()["items"]
    assert [a["outlet"] for a in articles] == ["Valley Post"]
    assert f"{MARK_START}prisoners{MARK_END}" in articles[0]["snippet"]


def test_search_survives_fts_syntax_errors(client):
    for q in ['borders"', "AND", "ceasefire -", "(strikes"]:
        response = client.get("/api/search", params={"q": q})
        assert response.status_code == 200, q
    assert client.get("/api/search", params={"q": '"ceasefire'}).json()["total"] == 2
    assert client.get("/api/search", params={"q": ""}).status_code == 422


# -- positions ---------------------------------------------------------------------------------
def test_positions_matrix_keeps_the_latest_stance(client, db):
    items = client.get("/api/positions").json()["items"]
    cells = {(p["actor"], p["issue"]): p for p in items}
    assert cells[("anna-kovacs", "ceasefire")]["stance"] == "oppose"
    assert cells[("anna-kovacs", "ceasefire")]["date"] == "2026-03-10"
    assert cells[("eastland", "prisoner_exchange")]["stance"] == "demand"
    assert_evidence_is_the_span(items, db)
    only = client.get("/api/positions", params={"issue": "prisoner_exchange"}).json()["items"]
    assert [p["actor"] for p in only] == ["eastland"]


def test_positions_history_shows_the_change_with_evidence(client):
    items = client.get("/api/positions", params={"history": "true", "actor": "Kovacs"}).json()["items"]
    assert [(p["from"], p["to"], p["change"]) for p in items] == [(None, "demand", False), ("demand", "oppose", True)]
    assert items[1]["evidence"][0]["text"] == "Eastland now rejects a ceasefire while strikes continue"
    assert items[1]["evidence"][0]["title"] == "Harbor Times on the talks"


# -- brief -------------------------------------------------------------------------------------
TALKS_PROFILE = """
[profile]
id = "eastland_westland"
name = "Eastland–Westland talks (test)"

[[actors]]
id = "anna-kovacs"
name = "Anna Kovacs"
kind = "person"
aliases = ["Minister Kovacs"]

[[actors]]
id = "eastland"
name = "Eastland"
kind = "country"

[[issues]]
id = "ceasefire"
name = "Ceasefire"
description = "A halt to the fighting"
"""


@pytest.fixture(scope="module")
def talks_client(db, tmp_path_factory) -> TestClient:
    profile = tmp_path_factory.mktemp("profile") / "talks.toml"
    profile.write_text(TALKS_PROFILE, encoding="utf-8")
    return TestClient(create_app(db, profile=str(profile)))


def test_brief_since_a_day(talks_client):
    body = talks_client.get("/api/brief", params={"since": "2026-03-05"}).json()
    assert body["as_of"] == "2026-03-10"
    assert [s["content"] for s in body["statements"]] == ["Eastland now rejects a ceasefire while strikes continue"]
    assert [(c["from"], c["to"]) for c in body["position_changes"]] == [("demand", "oppose")]
    careful = {s["content"] for s in body["single_source"]}
    assert "the Geneva meeting had been postponed" in careful
    assert "a ceasefire must come before any talks on borders." not in careful  # two outlets, older
    markdown = body["markdown"]
    assert markdown.startswith("# Brief: news since 2026-03-05")
    assert "demand → **oppose**" in markdown
    assert talks_client.get("/api/brief").status_code == 422
    assert talks_client.get("/api/brief", params={"since": "2027-13-45"}).status_code == 422


def test_profile_names_issues_and_aliases(talks_client):
    issues = {i["id"]: i for i in talks_client.get("/api/issues").json()["items"]}
    assert issues["ceasefire"]["name"] == "Ceasefire"
    assert issues["prisoner_exchange"]["name"] is None  # in the ledger, not in the profile
    quotes = talks_client.get("/api/quotes", params={"speaker": "Minister Kovacs"}).json()["items"]
    assert {q["speaker"] for q in quotes} == {"anna-kovacs"} and len(quotes) == 2


def test_bad_profile_fails_when_the_app_is_made(db, tmp_path):
    from parley.profile import ProfileError

    with pytest.raises(ProfileError):
        create_app(db, profile=str(tmp_path / "missing.toml"))


# -- single records, read-only -------------------------------------------------------------------
def test_record_endpoint_for_each_kind(client):
    for entry in client.get("/api/timeline").json()["items"]:
        record = client.get(f"/api/records/{entry['kind']}/{entry['id']}").json()
        assert record["id"] == entry["id"] and record["evidence"]
    position = client.get("/api/positions").json()["items"][0]
    record = client.get(f"/api/records/position/{position['position']}").json()
    assert record["stance"] == position["stance"] and record["sources"]
    assert client.get("/api/records/statement/stmt-nope").status_code == 404
    assert client.get("/api/records/actor/anna-kovacs").status_code == 404


def test_api_is_read_only(client, db):
    before = client.get("/api/health").json()["counts"]
    for path in ("/api/timeline", "/api/quotes", "/api/positions"):
        assert client.post(path).status_code == 405
        assert client.delete(path).status_code == 405
    assert client.get("/api/health").json()["counts"] == before


# -- the dashboard -----------------------------------------------------------------------------
def test_dashboard_is_served_with_no_outside_resources(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    html = page.text
    for asset in ("app.js", "style.css"):
        assert asset in html
        response = client.get(f"/{asset}")
        assert response.status_code == 200 and response.text.strip()
    script = client.get("/app.js").text
    for body in (html, script, client.get("/style.css").text):
        assert "http://" not in body.replace("http://127.0.0.1", "") and "https://" not in body
    assert "innerHTML" not in script  # ledger text goes into the page as text nodes, never as HTML
    assert client.get("/openapi.json").json()["info"]["title"] == "Parley ledger API"
    assert client.get("/docs").status_code == 404  # its page would load scripts from a CDN


# -- `parley serve` ----------------------------------------------------------------------------
def serve_cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def root() -> None:
        """Test root, so `serve` stays a subcommand."""

    register(app)
    return app


def test_serve_refuses_a_missing_ledger_in_one_line(tmp_path):
    result = CliRunner().invoke(serve_cli(), ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "no ledger here" in lines[0]


def test_serve_runs_uvicorn_on_loopback_by_default(db, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    with socket.socket() as free:  # a port nothing listens on, so the bind check passes
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    result = CliRunner().invoke(serve_cli(), ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 0, result.output
    served, options = calls[0]
    assert options["host"] == "127.0.0.1" and options["port"] == port
    assert served.state.db_path == str(db)
    assert f"http://127.0.0.1:{port}/" in result.output


def test_serve_reports_a_busy_port_in_one_line(db):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(serve_cli(), ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and f"cannot listen on 127.0.0.1:{port}" in lines[0]


def test_dashboard_url():
    assert dashboard_url("0.0.0.0", 80) == "http://127.0.0.1:80/"
    assert dashboard_url("::1", 8000) == "http://[::1]:8000/"
