"""Ingest: streaming, idempotent, one bad input never stops the batch."""
import json

from parley.ledger import Ledger, ingest_items, ingest_paths
from parley.model import Article, Extraction

from .conftest import FIXTURES, ORDER, fixture_extractor, load_articles


class BadInput:
    def __init__(self, source, reason):
        self.source, self.reason = source, reason


def _articles_in_order():
    articles = load_articles()
    return [articles[k] for k in ORDER]


def test_ingest_then_reingest_adds_nothing(ledger):
    first = ingest_items(ledger, _articles_in_order(), extractor=fixture_extractor)
    assert (first.added, first.skipped, first.failed) == (5, 0, 0)
    counts = ledger.counts()
    again = ingest_items(ledger, _articles_in_order(), extractor=fixture_extractor)
    assert (again.added, again.skipped, again.failed) == (0, 5, 0)
    assert ledger.counts() == counts


def test_the_same_url_with_edited_text_is_already_present(ledger):
    article = _articles_in_order()[0]
    ingest_items(ledger, [article], extractor=fixture_extractor)
    edited = Article(id=Article.make_id(article.text + " Updated."), text=article.text + " Updated.",
                     source="edited", url=article.url, published=article.published)
    summary = ingest_items(ledger, [edited], extractor=fixture_extractor)
    assert (summary.added, summary.skipped) == (0, 1)


def test_a_repeat_inside_one_batch_is_skipped(ledger):
    article = _articles_in_order()[3]
    summary = ingest_items(ledger, [article, article], extractor=fixture_extractor)
    assert (summary.added, summary.skipped) == (1, 1)


def test_read_errors_are_reported_and_the_batch_goes_on(ledger):
    errors = []
    items = [BadInput("broken.txt", "not valid UTF-8"), *_articles_in_order()[:2]]
    summary = ingest_items(ledger, items, extractor=fixture_extractor, on_error=lambda s, r: errors.append((s, r)))
    assert (summary.added, summary.failed) == (2, 1)
    assert errors == [("broken.txt", "not valid UTF-8")]
    assert "1 failed" in summary.line() and "2 added" in summary.line()


def explode_on_marker(articles, profile_name):
    for article in articles:
        if "EXPLODE" in article.text:
            raise ValueError("cannot cope")
        yield Extraction(article=article)


def test_an_article_the_extractor_fails_on_fails_alone(ledger):
    good = [Article(id=f"art-{i}", text=f"Story number {i} about talks.", source=f"s{i}") for i in range(3)]
    bad = Article(id="art-bad", text="EXPLODE here", source="bad.txt")
    errors = []
    summary = ingest_items(ledger, [good[0], bad, good[1], good[2]], extractor=explode_on_marker,
                           on_error=lambda s, r: errors.append((s, r)), batch_size=4)
    assert (summary.added, summary.failed) == (3, 1)
    assert errors[0][0] == "bad.txt" and "ValueError" in errors[0][1]


def test_progress_is_reported_per_article(ledger):
    seen = []
    ingest_items(ledger, _articles_in_order() + _articles_in_order()[:1], extractor=fixture_extractor,
                 on_progress=seen.append)
    assert seen.count("added") == 5 and seen.count("skipped") == 1


def test_ingest_paths_reads_jsonl_and_feeds(tmp_path):
    feed = tmp_path / "wire.rss"
    feed.write_text((FIXTURES / "feed.rss").read_text(encoding="utf-8"), encoding="utf-8")
    errors = []
    summary = ingest_paths([FIXTURES / "story.jsonl", feed, tmp_path / "missing.txt"], db=tmp_path / "l.db",
                           extractor=fixture_extractor, on_error=lambda s, r: errors.append(s))
    assert (summary.added, summary.failed) == (7, 2)  # the feed's empty entry, the missing file
    assert errors == [f"{feed}#entry-3", str(tmp_path / "missing.txt")]
    with Ledger(tmp_path / "l.db") as ledger:
        outlets = {r[0] for r in ledger.query("SELECT outlet FROM articles")}
    assert "Example Wire Feed" in outlets


def test_jsonl_metadata_reaches_the_ledger(tmp_path):
    ingest_paths([FIXTURES / "story.jsonl"], db=tmp_path / "l.db", extractor=fixture_extractor)
    rows = [json.loads(line) for line in (FIXTURES / "story.jsonl").read_text(encoding="utf-8").splitlines()]
    with Ledger(tmp_path / "l.db") as ledger:
        stored = {r["url"]: (r["outlet"], r["published"]) for r in ledger.query("SELECT * FROM articles")}
    assert stored == {r["url"]: (r["outlet"], r["published"]) for r in rows}


def test_a_bare_site_address_is_not_an_article_identity(ledger):
    texts = ["First story about the talks in Geneva.", "Second, quite different story about grain."]
    items = [Article(id=Article.make_id(t), text=t, source=f"s{i}", url="https://example.org/") for i, t in enumerate(texts)]
    summary = ingest_items(ledger, items, extractor=fixture_extractor)
    assert (summary.added, summary.skipped) == (2, 0)


def incomplete_records(articles, profile_name):
    from parley.model import Event, Position, Statement

    for article in articles:
        yield Extraction(
            article=article,
            statements=[Statement(id="s0", speaker=None, speaker_name=None, source_span=None, cue=None,
                                  cue_span=None, content="", content_spans=[], kind="direct")],
            events=[Event(id="e0", type="CONSULT", mode=None, actors=[], recipients=[], date=None,
                          date_text=None, location=None, status="occurred", span=(0, 5))],
            positions=[Position(id="p0", actor=None, actor_name=None, issue="ceasefire", stance="support", span=(0, 5))],
        )


def test_records_missing_what_merging_needs_are_left_out_not_fatal(ledger):
    article = Article(id="art-x", text="Talks were held on Monday.", source="x.txt")
    summary = ingest_items(ledger, [article], extractor=incomplete_records)
    assert (summary.added, summary.failed) == (1, 0)
    assert ledger.counts()["statements"] == 0 and ledger.counts()["positions"] == 0
    assert ledger.counts()["events"] == 1


def test_a_lost_extraction_stage_is_a_warning_and_the_article_is_stored(ledger):
    article = Article(id="art-w", text="A story about talks.", source="w.txt")

    def extractor(articles, profile_name):
        return [Extraction(article=a, problems=["events skipped (ValueError: boom)"]) for a in articles]

    warnings = []
    summary = ingest_items(ledger, [article], extractor=extractor, on_warning=lambda s, p: warnings.append((s, p)))
    assert (summary.added, summary.failed) == (1, 0)
    assert warnings == [("w.txt", "events skipped (ValueError: boom)")]
