"""Cross-article merging on hand-made extractions of our own five-article story."""
from parley.ledger import merge_extraction
from parley.ledger.merge import article_signature, estimate_similarity, full_day, same_statement

from .conftest import ORDER


def _article_ids(extractions):
    return {key: extractions[key].article.id for key in ORDER}


def test_wire_copies_point_to_the_original_and_other_reports_do_not(story_ledger, extractions):
    ids = _article_ids(extractions)
    dup = {r["id"]: r["duplicate_of"] for r in story_ledger.query("SELECT id, duplicate_of FROM articles")}
    assert dup[ids["wire-original"]] is None
    assert dup[ids["wire-copy-edited"]] == ids["wire-original"]
    assert dup[ids["wire-copy-trimmed"]] == ids["wire-original"]  # a trimmed copy is contained in it
    assert dup[ids["own-report"]] is None
    assert dup[ids["later-report"]] is None


def test_similarity_estimates_separate_copies_from_other_stories(articles):
    original = article_signature(articles["wire-original"].text)
    edited = article_signature(articles["wire-copy-edited"].text)
    other = article_signature(articles["own-report"].text)
    assert estimate_similarity(original, edited)[0] > 0.8
    assert max(estimate_similarity(original, other)) < 0.2


def test_the_same_quote_from_four_articles_is_one_statement_with_four_sources(story_ledger, extractions):
    rows = story_ledger.query("SELECT id FROM statements WHERE content LIKE 'We are prepared%'")
    assert len(rows) == 1
    sources = story_ledger.query("SELECT article, article_group FROM statement_sources WHERE statement = ?",
                                 (rows[0]["id"],))
    ids = _article_ids(extractions)
    assert {s["article"] for s in sources} == {ids["wire-original"], ids["wire-copy-edited"],
                                               ids["wire-copy-trimmed"], ids["own-report"]}
    assert len({s["article_group"] for s in sources}) == 2  # the wire story and an independent report


def test_a_surname_alone_joins_the_known_full_name(story_ledger):
    speakers = {r["speaker"] for r in story_ledger.query("SELECT speaker FROM statements WHERE content LIKE '%April%'")}
    assert speakers == {"dmitry-peskov"}
    assert story_ledger.query("SELECT 1 FROM actors WHERE id = 'peskov'") == []


def test_anonymous_sources_are_shared_by_wire_copies_only(story_ledger):
    rows = story_ledger.query("SELECT id FROM actors WHERE kind = 'anonymous'")
    assert len(rows) == 1  # three copies of one story: one anonymous official
    statement = story_ledger.query("SELECT anonymous FROM statements WHERE content LIKE 'the talks could begin%'")
    assert [r["anonymous"] for r in statement] == [1]


def test_a_planned_event_and_its_later_report_merge_and_take_the_latest_status(story_ledger):
    rows = story_ledger.query("SELECT id, status, location FROM events WHERE type = 'CONSULT'")
    assert len(rows) == 1
    assert rows[0]["status"] == "occurred"
    n = story_ledger.execute("SELECT COUNT(DISTINCT article) FROM event_sources WHERE event = ?", (rows[0]["id"],)).fetchone()[0]
    assert n == 4  # three wire copies announced it, one later article reported it


def test_events_of_different_types_stay_apart(story_ledger):
    types = sorted(r["type"] for r in story_ledger.query("SELECT type FROM events"))
    assert types == ["AGREE", "CONSULT"]


def test_a_restated_stance_merges_and_a_new_stance_is_a_new_position(story_ledger):
    rows = story_ledger.query("SELECT stance, day FROM positions WHERE actor = 'andrii-sybiha' ORDER BY day")
    assert [(r["stance"], r["day"]) for r in rows] == [("conditional", "2026-03-03"), ("support", "2026-03-12")]


def test_merging_the_same_article_twice_adds_nothing(story_ledger, extractions):
    before = story_ledger.counts()
    assert merge_extraction(story_ledger, extractions["own-report"]) is False
    assert story_ledger.counts() == before


def test_statement_similarity_accepts_trims_and_rejects_other_claims():
    assert same_statement("We are prepared to meet as early as next week.", "We are prepared to meet as early as next week")
    assert same_statement("the talks could begin on March 10 and would last two days",
                          "the talks could begin on March 10")
    assert not same_statement("the talks could begin on March 10", "the exchange will take place within weeks")


def test_full_day_keeps_only_calendar_days():
    assert full_day("2026-03-10") == "2026-03-10"
    assert full_day("2026-03-10T14:00") == "2026-03-10"
    assert full_day("2026-W11") is None
    assert full_day("2026") is None
    assert full_day("2026-02-30") is None
    assert full_day(None) is None


def test_a_stance_that_returns_after_a_change_is_a_second_change(ledger):
    from parley.model import Article, Extraction, Position

    def say(day, stance, n):
        text = f"Report {n}: the minister's view on the ceasefire, as of {day}."
        article = Article(id=Article.make_id(text), text=text, source=f"r{n}", outlet=f"Outlet {n}", published=day)
        position = Position(id=f"p{n}", actor="ukraine", actor_name="Ukraine", issue="ceasefire",
                            stance=stance, span=(0, 10), date=day)
        merge_extraction(ledger, Extraction(article=article, positions=[position]))

    say("2026-04-01", "oppose", 1)
    say("2026-04-02", "support", 2)
    say("2026-04-03", "oppose", 3)
    say("2026-04-03", "oppose", 4)  # restated the same day: merges
    from parley.ledger.queries import position_history

    history = position_history(ledger, issue="ceasefire")
    assert [(h["from"], h["to"], h["date"]) for h in history] == [
        (None, "oppose", "2026-04-01"), ("oppose", "support", "2026-04-02"), ("support", "oppose", "2026-04-03")]
    assert len(history[2]["evidence"]) == 2


def _quote_article(n, outlet, speaker_actor, words_said):
    from parley.model import Actor, Article, Extraction, Statement

    text = f"{outlet} report {n}. {speaker_actor.name} said: \"{words_said}\" Other news followed in paragraph {n}."
    article = Article(id=Article.make_id(text), text=text, source=f"q{n}", outlet=outlet, published="2026-05-04")
    start = text.index(words_said)
    statement = Statement(id=f"s{n}", speaker=speaker_actor.id, speaker_name=speaker_actor.name,
                          source_span=None, cue="said", cue_span=None, content=words_said,
                          content_spans=[(start, start + len(words_said))], kind="direct")
    return Extraction(article=article, actors=[speaker_actor], statements=[statement])


def test_the_same_words_under_a_person_and_their_government_are_one_statement(ledger):
    from parley.model import Actor

    kremlin = Actor(id="russia", name="Russia", kind="country", affiliation="Russia")
    peskov = Actor(id="dmitry-peskov", name="Dmitry Peskov", kind="person", affiliation="Russia")
    kyiv = Actor(id="ukraine", name="Ukraine", kind="country", affiliation="Ukraine")
    said = "we are ready to continue the talks in Istanbul next week"
    merge_extraction(ledger, _quote_article(1, "Outlet One", kremlin, said))
    merge_extraction(ledger, _quote_article(2, "Outlet Two", peskov, said))
    merge_extraction(ledger, _quote_article(3, "Outlet Three", kyiv, said))  # not the same speaker
    rows = ledger.query("SELECT id, speaker FROM statements ORDER BY seq")
    assert [r["speaker"] for r in rows] == ["dmitry-peskov", "ukraine"]  # the named person wins
    n = ledger.execute("SELECT COUNT(*) FROM statement_sources WHERE statement = ?", (rows[0]["id"],)).fetchone()[0]
    assert n == 2
