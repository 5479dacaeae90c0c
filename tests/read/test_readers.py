import json

from parley.model import Article
from parley.read import ReadError, read_paths


def read_all(*paths, **kw):
    return list(read_paths(paths, **kw))


def test_txt_is_kept_exactly(tmp_path):
    text = "  The minister said on Monday that talks would resume.\n\nSecond paragraph.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [article] = read_all(tmp_path / "a.txt")
    assert isinstance(article, Article)
    assert article.text == text
    assert article.published is None


def test_txt_date_in_file_name_is_publication_date(tmp_path):
    (tmp_path / "talks-2025-11-03.txt").write_text("Talks resumed.", encoding="utf-8")
    [article] = read_all(tmp_path / "talks-2025-11-03.txt")
    assert article.published == "2025-11-03"
    [article] = read_all(tmp_path / "talks-2025-11-03.txt", published="2025-12-01")
    assert article.published == "2025-12-01"


def test_bad_inputs_give_one_error_each_and_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (tmp_path / "huge.txt").write_bytes(b"a" * 3_000_000)
    (tmp_path / "good.txt").write_text("Officials said the talks would resume.", encoding="utf-8")
    results = read_all(tmp_path)
    errors = {r.source.rsplit("/", 1)[-1]: r.reason for r in results if isinstance(r, ReadError)}
    good = [r for r in results if isinstance(r, Article)]
    assert [a.source.rsplit("/", 1)[-1] for a in good] == ["good.txt"]
    assert errors["empty.txt"] == "empty file"
    assert errors["blank.txt"] == "empty file"
    assert "binary" in errors["binary.txt"]
    assert "UTF-8" in errors["latin1.txt"]
    assert "too large" in errors["huge.txt"]


def test_missing_file_is_an_error_not_an_exception(tmp_path):
    [error] = read_all(tmp_path / "nope.txt")
    assert isinstance(error, ReadError) and "cannot read" in error.reason


def test_jsonl_reads_fields_and_reports_bad_lines(tmp_path):
    lines = [
        json.dumps({"text": "A said B.", "title": "T1", "published": "2026-01-05T10:00:00Z",
                    "url": "https://example.org/1", "outlet": "Wire"}),
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps({"text": "C said D.", "published": "March 3, 2025"}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    results = read_all(tmp_path / "batch.jsonl")
    assert [type(r).__name__ for r in results] == ["Article", "ReadError", "ReadError", "Article"]
    first, bad, notext, last = results
    assert (first.title, first.outlet, first.url, first.published) == ("T1", "Wire", "https://example.org/1", "2026-01-05")
    assert bad.source.endswith("batch.jsonl:2") and "invalid JSON" in bad.reason
    assert "text" in notext.reason
    assert last.published == "2025-03-03"


def test_json_list_and_object(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": "X said Y."}), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"text": "P."}, {"text": "Q."}]), encoding="utf-8")
    texts = [a.text for a in read_all(tmp_path / "one.json", tmp_path / "many.json")]
    assert texts == ["X said Y.", "P.", "Q."]


def test_html_main_text_and_metadata(tmp_path):
    html = """<html><head><title>Envoys meet in Vienna</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2026-04-02T08:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Envoys meet in Vienna</h1>
    <p>Envoys from both countries met in Vienna on Wednesday to discuss a prisoner exchange, the foreign ministry said in a statement released in the afternoon.</p>
    <p>The talks are expected to continue next week, according to a spokesperson who asked not to be named because the discussions were private.</p>
    </article><footer>All rights reserved</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [article] = read_all(tmp_path / "page.html")
    assert isinstance(article, Article)
    assert "prisoner exchange" in article.text and "All rights reserved" not in article.text
    assert article.title == "Envoys meet in Vienna"
    assert article.outlet == "Example News"
    assert article.published == "2026-04-02"


def test_html_without_text_is_an_error(tmp_path):
    (tmp_path / "empty.html").write_text("<html><body><script>var x=1;</script></body></html>", encoding="utf-8")
    [error] = read_all(tmp_path / "empty.html")
    assert isinstance(error, ReadError) and "no article text" in error.reason


def test_ids_are_stable_and_depend_on_text(tmp_path):
    (tmp_path / "a.txt").write_text("Same text.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Same text.", encoding="utf-8")
    a, b = read_all(tmp_path / "a.txt", tmp_path / "b.txt")
    assert a.id == b.id == Article.make_id("Same text.")


def test_a_feed_file_named_explicitly_is_read_as_a_feed(tmp_path):
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><title>One</title><link>https://example.org/1</link><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>
    <description>The envoy said on Sunday that talks would resume.</description></item></channel></rss>"""
    (tmp_path / "news.rss").write_text(feed, encoding="utf-8")
    [article] = read_all(tmp_path / "news.rss")
    assert isinstance(article, Article)
    assert "xml version" not in article.text and "talks would resume" in article.text
    # a folder read without feeds skips feed files
    assert [r for r in read_all(tmp_path) if isinstance(r, Article)] == []
