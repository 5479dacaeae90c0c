"""Article → annotated Doc → extractors → Extraction. The library entry point of `parley extract`."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Union

from .extract.actors import extract_actors
from .extract.events import extract_events
from .extract.positions import extract_positions
from .extract.statements import extract_statements
from .extract.timexes import extract_timexes
from .model import Article, Extraction
from .nlp import MAX_TEXT_CHARS, annotate
from .profile import Profile, load_profile


def extract_doc(doc, article: Article, profile: Profile) -> Extraction:
    """Run every extractor over one annotated Doc.

    Actors and time expressions feed every later stage, so their failure fails the article
    (reported as an ExtractError). A failure in a later stage loses only that stage's records:
    it is noted in `Extraction.problems` for the caller to report, and the rest is kept.
    """
    problems: list[str] = []

    def guarded(stage: str, extractor, *args) -> list:
        try:
            return extractor(*args)
        except Exception as exc:
            problems.append(f"{stage} skipped ({type(exc).__name__}: {exc})")
            return []

    actors = extract_actors(doc, profile)
    timexes = extract_timexes(doc, article.published)
    statements = guarded("statements", extract_statements, doc, actors, timexes, profile)
    events = guarded("events", extract_events, doc, actors, timexes, statements, profile, article.published)
    positions = guarded("positions", extract_positions, doc, actors, statements, timexes, profile, article.published)
    return Extraction(
        article=article,
        actors=actors.used_actors(),
        statements=statements,
        events=events,
        positions=positions,
        timexes=timexes,
        problems=problems,
    )


@dataclass
class ExtractError:
    """An article the extractors failed on; reported like a read error, the batch goes on."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def extract_articles(
    articles: Iterable[Article], profile: Optional[Profile] = None
) -> Iterator[Union[Extraction, ExtractError]]:
    """Stream extractions, one per article, in input order (spaCy runs batched via nlp.pipe).

    `articles` may be a lazy iterator; it is consumed as spaCy asks for texts, so memory
    stays bounded by spaCy's batch size.
    """
    profile = profile or load_profile()
    pending: deque[Article] = deque()

    def texts():
        for article in articles:
            pending.append(article)
            # spaCy raises inside nlp.pipe on a text over its max_length, which would stop the batch
            yield article.text if len(article.text) <= MAX_TEXT_CHARS else ""

    for doc in annotate(texts()):
        article = pending.popleft()
        if len(article.text) > MAX_TEXT_CHARS:
            yield ExtractError(article.source, f"too long ({len(article.text):,} characters; the limit is {MAX_TEXT_CHARS:,})")
            continue
        try:
            yield extract_doc(doc, article, profile)
        except Exception as exc:  # one article's failure must not stop the batch
            yield ExtractError(article.source, f"extraction failed ({type(exc).__name__}: {exc})")


def extract_text(text: str, published: Optional[str] = None, profile: Optional[Profile] = None) -> Extraction:
    """Convenience for tests and notebooks: extract from a bare string."""
    article = Article(id=Article.make_id(text), text=text, source="<text>", published=published)
    result = next(extract_articles([article], profile))
    if isinstance(result, ExtractError):
        raise RuntimeError(str(result))
    return result
