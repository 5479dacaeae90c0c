"""The ledger commands end to end, through the real extraction pipeline on our own fixture story.

Assertions are about articles, duplicate grouping, idempotency and output shapes, so they hold
whatever the extractors find.
"""
import json
import shutil

import pytest
import typer
from typer.testing import CliRunner

from parley.ledger.cli_commands import register

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def app():
    app = typer.Typer()

    @app.callback()
    def root() -> None:
        """parley (test app)."""

    register(app)
    return app


@pytest.fixture(scope="module")
def ingested(app, tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "parley.db"
    result = CliRunner().invoke(app, ["ingest", str(FIXTURES / "story.jsonl"), "--db", str(db)])
    return db, result


def run(app, *args):
    return CliRunner().invoke(app, [str(a) for a in args])


def _articles(app, db):
    result = run(app, "export", "--db", db, "--kind", "article")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_ingest_prints_the_summary_and_groups_wire_copies(app, ingested):
    db, result = ingested
    assert result.exit_code == 0, result.stderr
    assert "5 added, 0 skipped (already present), 0 failed" in result.stdout
    articles = _articles(app, db)
    by_outlet = {a["outlet"]: a for a in articles}
    original = by_outlet["Global Wire"]["id"]
    assert by_outlet["Daily Ledger"]["duplicate_of"] == original
    assert by_outlet["Morning Post"]["duplicate_of"] == original
    assert by_outlet["Kyiv Observer"]["duplicate_of"] is None
    assert by_outlet["Evening Courier"]["duplicate_of"] is None


def test_reingest_adds_nothing_and_bad_inputs_fail_alone(app, ingested, tmp_path):
    db, _ = ingested
    before = run(app, "export", "--db", db).stdout
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    result = run(app, "ingest", FIXTURES / "story.jsonl", bad, "--db", db)
    assert result.exit_code == 1
    assert "0 added, 5 skipped (already present), 1 failed" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "bad.txt" in errors[0] and "Traceback" not in result.stderr
    assert run(app, "export", "--db", db).stdout == before


def test_export_records_follow_the_contract(app, ingested):
    db, _ = ingested
    result = run(app, "export", "--db", db)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert all({"kind", "id"} <= set(r) for r in records)
    for record in records:
        if record["kind"] in {"statement", "event", "position"}:
            assert all(set(s) == {"article", "outlet", "url", "published", "span"} for s in record["sources"])
        if record["kind"] == "statement":
            assert {"speaker_name", "content", "date", "via_name"} <= set(record)
    plover = run(app, "export", "--db", db, "--format", "plover")
    assert plover.exit_code == 0
    assert all("event" in json.loads(line) for line in plover.stdout.splitlines())


@pytest.mark.parametrize("command", [["timeline"], ["quotes", "--speaker", "Peskov"], ["positions"],
                                     ["positions", "--history"]])
def test_queries_answer_in_every_format(app, ingested, command):
    db, _ = ingested
    as_json = run(app, *command, "--db", db, "--format", "json")
    assert as_json.exit_code == 0, as_json.stderr
    rows = json.loads(as_json.stdout)
    assert isinstance(rows, list)
    as_csv = run(app, *command, "--db", db, "--format", "csv")
    assert as_csv.exit_code == 0 and len(as_csv.stdout.splitlines()) >= 1 + len(rows)
    assert run(app, *command, "--db", db).exit_code == 0


def test_search_finds_statements_and_articles(app, ingested):
    db, _ = ingested
    statements = json.loads(run(app, "search", "Istanbul", "--db", db, "--format", "json").stdout)
    assert statements and all("istanbul" in (r["content"] + (r["speaker_name"] or "")).lower() for r in statements)
    articles = json.loads(run(app, "search", "Istanbul", "--kind", "article", "--db", db, "--format", "json").stdout)
    assert articles and all(r["published"] for r in articles)
    table = run(app, "search", "Istanbul", "--kind", "article", "--db", db)
    assert table.exit_code == 0 and "Istanbul" in table.stdout and "\u0002" not in table.stdout
    assert run(app, "search", '"Istanbul', "--db", db).exit_code == 0  # FTS5 syntax error: plain words
    empty = run(app, "search", "  ", "--db", db)
    assert empty.exit_code == 2 and "query is empty" in empty.stderr


def test_timeline_json_is_in_date_order(app, ingested):
    db, _ = ingested
    rows = json.loads(run(app, "timeline", "--db", db, "--format", "json").stdout)
    # "date" is the text's own value ("2026-W10", "2025"); "day", its first day, is the order.
    days = [r["day"] for r in rows if r["day"]]
    assert days and days == sorted(days)
    assert all(r["date"] for r in rows if r["day"])


def test_brief_is_markdown(app, ingested):
    db, _ = ingested
    result = run(app, "brief", "--since", "2026-03-01", "--db", db)
    assert result.exit_code == 0
    assert result.stdout.startswith("# Brief: news since 2026-03-01")
    for heading in ("## New statements by key actors", "## Position changes", "## Planned events",
                    "## Treat with care"):
        assert heading in result.stdout


def test_queries_on_a_missing_ledger_say_so(app, tmp_path):
    result = run(app, "timeline", "--db", tmp_path / "nothing.db")
    assert result.exit_code == 2 and "no ledger" in result.stderr


def test_a_bad_date_is_a_usage_error(app, ingested):
    db, _ = ingested
    assert run(app, "brief", "--since", "last week", "--db", db).exit_code == 2


def test_ingest_with_two_processes_gives_the_same_ledger(app, ingested, tmp_path):
    db, _ = ingested
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FIXTURES / "story.jsonl", folder / "story.jsonl")
    parallel_db = tmp_path / "parallel.db"
    result = run(app, "ingest", folder, "--db", parallel_db, "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    strip = lambda rows: sorted((a["id"], a["duplicate_of"]) for a in rows)  # noqa: E731
    assert strip(_articles(app, parallel_db)) == strip(_articles(app, db))
    serial = run(app, "export", "--db", db, "--kind", "statement").stdout
    parallel = run(app, "export", "--db", parallel_db, "--kind", "statement").stdout
    assert [json.loads(l)["id"] for l in serial.splitlines()] == [json.loads(l)["id"] for l in parallel.splitlines()]


def test_ingest_extracted_stores_extract_output_as_ingest_would(app, ingested, tmp_path):
    from parley.model import Article
    from parley.pipeline import extract_articles

    db, _ = ingested
    story = tmp_path / "talks-2026-02-10.txt"
    story.write_text("Kremlin spokesman Dmitry Peskov said on Monday that the talks would go on.\n", encoding="utf-8")
    articles = [json.loads(line) for line in (FIXTURES / "story.jsonl").read_text(encoding="utf-8").splitlines()]
    lines = []
    for result in extract_articles(Article(id=Article.make_id(a["text"]), source=f"story#{i}", text=a["text"],
                                           outlet=a.get("outlet"), url=a.get("url"), published=a.get("published"),
                                           title=a.get("title"))
                                   for i, a in enumerate(articles)):
        lines.append(json.dumps(result.to_dict(include_text=True)))
    # a .txt article's text is left out of `parley extract` output: it is read back from its file
    txt = next(extract_articles([Article(id=Article.make_id(story.read_text(encoding="utf-8")), source=str(story),
                                         text=story.read_text(encoding="utf-8"), published="2026-02-10")]))
    lines.append(json.dumps(txt.to_dict()))
    lines.append('{"not": "an extraction"}')
    extracted = tmp_path / "extracted.jsonl"
    extracted.write_text("\n".join(lines) + "\n", encoding="utf-8")

    fresh = tmp_path / "fresh.db"
    result = run(app, "ingest", "--extracted", extracted, "--db", fresh)
    assert result.exit_code == 1 and "6 added, 0 skipped (already present), 1 failed" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "extracted.jsonl:7" in errors[0] and "not an extraction" in errors[0]
    # the same wire-copy grouping and records as ingesting the articles themselves
    by_outlet = {a["outlet"]: a for a in _articles(app, fresh) if a["outlet"]}
    assert by_outlet["Daily Ledger"]["duplicate_of"] == by_outlet["Global Wire"]["id"]
    statements = [json.loads(x) for x in run(app, "export", "--db", fresh, "--kind", "statement").stdout.splitlines()]
    assert any(s["speaker_name"] == "Dmitry Peskov" and s["date"] == "2026-02-09" for s in statements)
    again = run(app, "ingest", "--extracted", extracted, "--db", fresh)
    assert "0 added, 6 skipped (already present), 1 failed" in again.stdout
