"""Export (the contract's records) and the Markdown brief."""
import csv
import io
import json

import pytest

from parley.ledger.brief import brief_markdown
from parley.ledger.export import KINDS, export

SOURCE_KEYS = {"article", "outlet", "url", "published", "span"}


def _jsonl(ledger, **kw):
    out = io.StringIO()
    export(ledger, out, "jsonl", **kw)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_jsonl_records_carry_kind_and_id(story_ledger):
    records = _jsonl(story_ledger)
    assert {r["kind"] for r in records} == set(KINDS)
    assert all(isinstance(r["id"], str) and r["id"] for r in records)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))


def test_articles_carry_duplicate_of(story_ledger, extractions):
    articles = {r["url"]: r for r in _jsonl(story_ledger, kinds=["article"])}
    original = extractions["wire-original"].article
    assert articles[original.url]["duplicate_of"] is None
    assert articles[extractions["wire-copy-edited"].article.url]["duplicate_of"] == original.id
    assert "text" not in articles[original.url]
    with_text = _jsonl(story_ledger, kinds=["article"], with_text=True)
    assert all(r["text"] for r in with_text)


def test_merged_records_carry_sources_with_spans_into_their_article(story_ledger):
    texts = {r["id"]: r["text"] for r in _jsonl(story_ledger, kinds=["article"], with_text=True)}
    for record in _jsonl(story_ledger, kinds=["statement", "event", "position"]):
        assert record["sources"], record
        for source in record["sources"]:
            assert set(source) == SOURCE_KEYS
            start, end = source["span"]
            assert 0 <= start < end <= len(texts[source["article"]])
    statements = _jsonl(story_ledger, kinds=["statement"])
    for s in statements:
        assert {"speaker_name", "content", "date", "via_name"} <= set(s)
    merged = next(s for s in statements if s["content"].startswith("We are prepared"))
    assert len(merged["sources"]) == 4 and merged["statement_kind"] == "direct"


def test_csv_has_one_header_and_a_row_per_record(story_ledger):
    out = io.StringIO()
    n = export(story_ledger, out, "csv", kinds=["statement", "position"])
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == n and {r["kind"] for r in rows} == {"statement", "position"}
    assert all(json.loads(r["sources"]) for r in rows)


def test_plover_records_for_events(story_ledger):
    out = io.StringIO()
    export(story_ledger, out, "plover")
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == 2
    consult = next(r for r in records if r["event"] == ["CONSULT"])
    assert consult["date"] == "2026-03-10" and consult["quad_code"] == 1
    assert {a["identifier_text"] for a in consult["actor"]} | {a["identifier_text"] for a in consult["recipient"]} == {"russia", "ukraine"}
    assert consult["event_loc"] == {"extracted_place": "Istanbul"}
    assert len(consult["cite_info"]) == 4 and all(consult["event_text"])


def test_unknown_kind_or_format_is_refused(story_ledger):
    with pytest.raises(ValueError):
        export(story_ledger, io.StringIO(), "jsonl", kinds=["rumour"])
    with pytest.raises(ValueError):
        export(story_ledger, io.StringIO(), "xml")


def test_brief_covers_new_statements_changes_plans_and_careful_claims(story_ledger, profile):
    early = brief_markdown(story_ledger, "2026-03-01", profile=profile)
    assert "## New statements by key actors" in early and "### Dmitry Peskov" in early
    assert "“We are prepared to meet as early as next week” (4 sources" in early
    # the talks were announced for March 10: planned, from the first articles' point of view
    planned_section = early.split("## Planned events")[1].split("##")[0]
    assert "_None._" in planned_section  # by the latest article (March 12) they had happened

    late = brief_markdown(story_ledger, "2026-03-10", profile=profile)
    assert "We are prepared" not in late.split("## Position changes")[0]  # not new any more
    changes = late.split("## Position changes")[1].split("##")[0]
    assert "Andrii Sybiha" in changes and "conditional → **support**" in changes
    careful = late.split("## Treat with care")[1]
    assert "the next round could take place in April" in careful


def test_brief_lists_planned_events_in_the_coming_days(ledger, extractions, profile):
    from parley.ledger import merge_extraction

    merge_extraction(ledger, extractions["wire-original"])
    text = brief_markdown(ledger, "2026-03-01", profile=profile)
    planned = text.split("## Planned events")[1].split("##")[0]
    assert "2026-03-10: Russia — CONSULT with Ukraine in Istanbul" in planned
    careful = text.split("## Treat with care")[1]
    assert "senior European official (anonymous)" in careful


def test_brief_gives_the_date_of_the_speech_not_the_publication_date():
    from parley.ledger.brief import _when

    reported = {"date": None, "sources": [{"published": "2026-02-11"}, {"published": "2026-02-10"}]}
    assert _when(reported) == "undated, reported 2026-02-10"
    assert _when({"date": "2025", "sources": [{"published": "2026-01-29"}]}) == "2025"
    assert _when({"date": None, "sources": []}) == "undated"


def test_an_undated_position_exports_no_date_as_statements_do(story_ledger):
    # the fixture's positions give no date: the export must not put the publication date in its
    # place (that is in each source's "published")
    positions = {p["stance"]: p for p in _jsonl(story_ledger, kinds=["position"])}
    assert positions["conditional"]["date"] is None, positions  # "would take part only if ..."
    assert all(s["published"] for s in positions["conditional"]["sources"])
    assert positions["support"]["date"] == "2026-03-12"  # the one the text dates keeps its date
