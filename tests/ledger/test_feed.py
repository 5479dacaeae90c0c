from parley.model import Article
from parley.read import ReadError
from parley.read.feed import read_feed

from .conftest import FIXTURES


def _read(data: bytes, published=None):
    return list(read_feed(data, "wire.rss", published))


def test_rss_entries_become_articles_with_their_metadata():
    items = _read((FIXTURES / "feed.rss").read_bytes())
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.title for a in articles] == ["Envoys to meet in Geneva next month", "Grain corridor talks resume"]
    first = articles[0]
    assert first.outlet == "Example Wire Feed"
    assert first.url == "https://feeds.example.org/world/envoys-geneva"
    assert first.published == "2026-02-16"
    assert first.source == "wire.rss#entry-1"
    assert "<p>" not in first.text and "Geneva in March" in first.text
    assert "\n\n" in first.text  # paragraphs survive as blank lines
    assert first.id == Article.make_id(first.text)


def test_an_entry_without_text_is_reported_alone():
    items = _read((FIXTURES / "feed.rss").read_bytes())
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [(e.source, e.reason) for e in errors] == [("wire.rss#entry-3", "feed entry has no text")]


def test_atom_content_is_preferred_over_summary():
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Desk</title>
  <entry>
    <title>Ministers talk</title>
    <link href="https://atom.example.org/a1"/>
    <updated>2026-02-20T08:00:00Z</updated>
    <summary>Short teaser.</summary>
    <content type="html">&lt;p&gt;The ministers talked for three hours on Friday and agreed to meet again.&lt;/p&gt;</content>
  </entry>
</feed>"""
    (article,) = _read(atom)
    assert article.text == "The ministers talked for three hours on Friday and agreed to meet again."
    assert (article.outlet, article.url, article.published) == ("Atom Desk", "https://atom.example.org/a1", "2026-02-20")


def test_the_given_publication_date_wins():
    items = _read((FIXTURES / "feed.rss").read_bytes(), published="2026-03-01")
    assert {i.published for i in items if isinstance(i, Article)} == {"2026-03-01"}


def test_a_file_that_is_not_a_feed_is_one_error():
    (error,) = _read(b"just some words, not xml at all")
    assert isinstance(error, ReadError) and error.source == "wire.rss"
