"""TimeML (TempEval-3 .tml) input: the TEXT element's text, dated by the DCT."""
from parley.model import Article
from parley.read import ReadError, read_paths
from parley.read.timeml import parse_timeml

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>wire_20130321</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-21" temporalFunction="false" functionInDocument="CREATION_TIME">2013-03-21</TIMEX3></DCT>
<TITLE>Harbor &amp; Pine   profit rises</TITLE>
<TEXT>
The retailer said <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> that profit rose in <TIMEX3 tid="t2" type="DATE" value="2012-Q4">the fourth quarter</TIMEX3> &amp; beyond.
</TEXT>
</TimeML>
"""


def test_text_dct_title_and_tag_spans():
    doc = parse_timeml(DOC)
    assert doc.text == "\nThe retailer said Thursday that profit rose in the fourth quarter & beyond.\n"
    assert (doc.dct, doc.docid, doc.title) == ("2013-03-21", "wire_20130321", "Harbor & Pine profit rises")
    spans = [(doc.text[t.span[0]:t.span[1]], t.attrib["value"]) for t in doc.tags if t.tag == "TIMEX3"]
    assert spans == [("Thursday", "2013-03-21"), ("the fourth quarter", "2012-Q4")]


def test_a_tml_file_is_an_article_dated_by_its_dct(tmp_path):
    (tmp_path / "wire.tml").write_text(DOC, encoding="utf-8")
    [art] = list(read_paths([tmp_path]))
    assert isinstance(art, Article)
    assert art.published == "2013-03-21" and "<TIMEX3" not in art.text and art.title == "Harbor & Pine profit rises"
    [art] = list(read_paths([tmp_path / "wire.tml"], published="2013-03-22"))
    assert art.published == "2013-03-22"  # --published overrides the DCT


def test_broken_timeml_is_one_error(tmp_path):
    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    (tmp_path / "notext.tml").write_text("<TimeML><DOCID>x</DOCID></TimeML>", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Talks resumed on Monday.", encoding="utf-8")
    results = list(read_paths([tmp_path / "bad.tml", tmp_path / "notext.tml", tmp_path / "good.txt"]))
    assert [type(r).__name__ for r in results] == ["ReadError", "ReadError", "Article"]
    assert "not well-formed" in results[0].reason and "no TEXT" in results[1].reason
    assert all(isinstance(r, ReadError) for r in results[:2])
