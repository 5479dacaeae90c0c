"""The pipeline's batch contract: one bad article gives one error and the others go on."""
from parley.model import Article, Extraction
from parley.nlp import MAX_TEXT_CHARS
from parley.pipeline import ExtractError, extract_articles


def test_a_text_over_the_limit_fails_alone():
    too_long = "x " * (MAX_TEXT_CHARS // 2 + 1)
    batch = [Article(id="a", text="Peskov said talks would resume.", source="a.txt"),
             Article(id="big", text=too_long, source="big.txt"),
             Article(id="c", text="Lavrov said nothing had changed.", source="c.txt")]
    results = list(extract_articles(batch))
    assert [type(r) for r in results] == [Extraction, ExtractError, Extraction]
    assert results[1].source == "big.txt" and "too long" in str(results[1])
