"""Timeline, quotes, positions and history over the hand-made story."""
from parley.ledger import queries


def test_timeline_is_in_date_order_with_statements_and_events(story_ledger):
    rows = queries.timeline(story_ledger)
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    assert {r["kind"] for r in rows} == {"statement", "event"}
    assert rows[-1]["date"] == "2026-03-12"


def test_timeline_filters_by_actor_and_dates(story_ledger):
    sybiha = queries.timeline(story_ledger, actor="Sybiha")
    assert sybiha and {r["who"] for r in sybiha} == {"Andrii Sybiha"}
    late = queries.timeline(story_ledger, since="2026-03-05")
    assert late and all(r["date"] >= "2026-03-05" for r in late)
    early = queries.timeline(story_ledger, until="2026-03-04")
    assert early and all(r["date"] <= "2026-03-04" for r in early)
    assert len(late) + len(early) == len(queries.timeline(story_ledger))


def test_timeline_by_issue_keeps_statements_behind_positions_on_it(story_ledger):
    rows = queries.timeline(story_ledger, issue="negotiations")
    assert {r["kind"] for r in rows} == {"statement"}
    assert {r["who"] for r in rows} == {"Andrii Sybiha"}
    assert queries.timeline(story_ledger, issue="sanctions") == []


def test_quotes_give_the_source_chain_with_outlets_and_dates(story_ledger):
    rows = queries.quotes(story_ledger, "Peskov")
    assert [r["content"] for r in rows] == ["We are prepared to meet as early as next week",
                                            "the next round could take place in April"]
    first = rows[0]
    assert first["source_count"] == 4 and first["single_source"] is False
    assert first["chain"].startswith("Dmitry Peskov → ")
    assert "Kyiv Observer (2026-03-03)" in first["chain"] and "Morning Post (2026-03-04)" in first["chain"]
    for source in first["sources"]:
        assert set(source) == {"article", "outlet", "url", "published", "span"}


def test_wire_copies_alone_count_as_a_single_source(story_ledger):
    (row,) = queries.quotes(story_ledger, "Andrii Sybiha", until="2026-03-04")[:1]
    assert row["content"].startswith("Kyiv would take part only if")
    assert row["source_count"] == 3 and row["independent_sources"] == 1 and row["single_source"] is True


def test_quotes_match_profile_aliases(story_ledger):
    from parley.profile import profile_from_dict

    custom = profile_from_dict({"actors": [{"id": "dmitry-peskov", "name": "Dmitry Peskov",
                                             "aliases": ["the Kremlin's voice"]}]})
    rows = queries.quotes(story_ledger, "the Kremlin's voice", profile=custom)
    assert {r["speaker"] for r in rows} == {"dmitry-peskov"} and len(rows) == 2


def test_positions_matrix_shows_the_latest_stance_and_its_date(story_ledger):
    (row,) = queries.positions(story_ledger, issue="negotiations")
    assert (row["actor_name"], row["stance"], row["date"]) == ("Andrii Sybiha", "support", "2026-03-12")


def test_position_history_shows_the_change_with_evidence(story_ledger):
    history = queries.position_history(story_ledger, issue="negotiations")
    assert [(h["from"], h["to"], h["date"], h["change"]) for h in history] == [
        (None, "conditional", "2026-03-03", False),
        ("conditional", "support", "2026-03-12", True),
    ]
    change = history[1]
    assert change["evidence"][0]["outlet"] == "Evening Courier"
    assert change["evidence"][0]["text"] == "Kyiv now backed further rounds of negotiations without preconditions"
    assert len(history[0]["evidence"]) == 4  # three wire copies and one independent report


def test_full_text_search_finds_statements(story_ledger):
    rows = queries.search_statements(story_ledger, "ceasefire")
    assert rows and all("ceasefire" in r["content"].lower() for r in rows)


def test_search_ranks_statements_and_reads_a_broken_query_as_plain_words(story_ledger):
    ranked = queries.search_statements(story_ledger, "prisoners OR ceasefire")
    assert ranked
    fts = [r["id"] for r in story_ledger.query(
        "SELECT id FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rank", ("prisoners OR ceasefire",))]
    assert [r["id"] for r in ranked] == fts  # best match first, as FTS5 ranks them
    # An unbalanced quote is an FTS5 syntax error; `search` falls back to the plain words.
    assert [r["id"] for r in queries.search(story_ledger, '"ceasefire')] == \
        [r["id"] for r in queries.search(story_ledger, "ceasefire")]
    assert queries.search(story_ledger, '"-"') == []


def test_search_articles_marks_the_matched_words(story_ledger):
    rows = queries.search(story_ledger, "Istanbul", kind="article", limit=2)
    assert 1 <= len(rows) <= 2
    assert all(f"{queries.MARK_START}Istanbul{queries.MARK_END}" in r["snippet"] for r in rows)
    assert queries.search(story_ledger, "zzzyx", kind="article") == []


def test_a_stance_dated_last_month_sorts_before_todays_even_from_the_same_article(ledger):
    from parley.ledger import merge_extraction
    from parley.model import Actor, Article, Extraction, Position

    text = "Last month the minister rejected any truce. Now she is ready for a truce."
    article = Article(id=Article.make_id(text), text=text, source="t.txt", outlet="Test Post",
                      published="2026-02-11")
    minister = Actor(id="test-minister", name="Test Minister", kind="person", mentions=[(15, 23)])
    positions = [
        Position(id="p1", actor="test-minister", actor_name="Test Minister", issue="ceasefire",
                 stance="oppose", span=(24, 42), date="2026-01"),
        Position(id="p2", actor="test-minister", actor_name="Test Minister", issue="ceasefire",
                 stance="support", span=(52, 71), date="2026-02-11"),
    ]
    merge_extraction(ledger, Extraction(article=article, actors=[minister], positions=positions))
    history = queries.position_history(ledger, issue="ceasefire")
    assert [(h["date"], h["from"], h["to"]) for h in history] == [
        ("2026-01", None, "oppose"), ("2026-02-11", "oppose", "support")]


def test_timeline_pages_are_slices_of_the_whole(story_ledger):
    whole = queries.timeline(story_ledger)
    assert queries.timeline_count(story_ledger) == len(whole) > 3
    assert queries.timeline(story_ledger, limit=2, offset=1) == whole[1:3]
    assert queries.timeline(story_ledger, offset=len(whole) - 1) == whole[-1:]
    total, page = queries.timeline_page(story_ledger, actor="Sybiha", limit=1, count=True)
    assert total == len(queries.timeline(story_ledger, actor="Sybiha")) and len(page) == 1


def test_quote_page_counts_all_and_builds_one_page(story_ledger):
    total, page = queries.quote_page(story_ledger, "Peskov", limit=1, offset=1)
    assert total == 2 and [q["content"] for q in page] == ["the next round could take place in April"]
    everyone, _ = queries.quote_page(story_ledger, "  ", limit=1)  # a blank speaker is everyone
    assert everyone == story_ledger.counts()["statements"]


def test_history_changes_since_a_day(story_ledger):
    changes = queries.position_history(story_ledger, changes_since="2026-03-05")
    assert [(c["from"], c["to"], c["date"]) for c in changes] == [("conditional", "support", "2026-03-12")]
    assert queries.position_history(story_ledger, changes_since="2026-03-13") == []


def test_views_say_which_dates_the_text_gives(story_ledger):
    from parley.ledger.cli_commands import _when

    entries = queries.timeline(story_ledger)
    undated = [e for e in entries if not e["dated"]]
    # an undated record is shown on the day it was first reported, and marked so
    assert undated and all(e["date"] == e["day"] for e in undated), undated
    assert any(e["dated"] for e in entries)
    assert _when(undated[0]) == f"reported {undated[0]['day']}"
    # the matrix's latest stance here is the dated one; the history has both
    assert {p["dated"] for p in queries.positions(story_ledger)} == {True}
    assert {p["dated"] for p in queries.position_history(story_ledger)} == {True, False}
