"""An extraction written back as TimeML: the text unchanged, one inline TIMEX3 per time expression."""
from parley.model import Article
from parley.pipeline import extract_articles
from parley.read.timeml import parse_timeml
from parley.views.timeml import to_timeml


def test_timeml_round_trip_keeps_text_and_places_tags():
    text = "The ministers met on Tuesday & agreed to meet again <next week>, officials said."
    [ex] = list(extract_articles([Article(id="a", text=text, source="talks.txt", published="2026-03-05")]))
    doc = parse_timeml(to_timeml(ex))
    assert doc.text == text and doc.dct == "2026-03-05" and doc.docid == "talks"
    tagged = [(doc.text[t.span[0]:t.span[1]], t.attrib.get("type"), t.attrib.get("value"))
              for t in doc.tags if t.tag == "TIMEX3"]
    assert tagged == [(t.text, t.type, t.value) for t in ex.timexes]
    assert ("Tuesday", "DATE", "2026-03-03") in tagged
