"""Article → annotated Doc → extractors → Extraction. The library entry point of `parley extract`."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from .extract.actors import extract_actors
from .extract.events import extract_events
from .extract.positions import extract_positions
from .extract.statements import extract_statements
from .extract.timexes import extract_timexes
from .model import Article, Extraction
from .nlp import annotate
from .profile import Profile, load_profile


def extract_doc(doc, article: Article, profile: Profile) -> Extraction:
    """Run every extractor over one annotated Doc."""
    actors = extract_actors(doc, profile)
    timexes = extract_timexes(doc, article.published)
    statements = extract_statements(doc, actors, timexes, profile)
    events = extract_events(doc, actors, timexes, statements, profile)
    positions = extract_positions(doc, actors, statements, timexes, profile)
    return Extraction(
        article=article,
        actors=actors.used_actors(),
        statements=statements,
        events=events,
        positions=positions,
        timexes=timexes,
    )


def extract_articles(
    articles: Iterable[Article], profile: Optional[Profile] = None
) -> Iterator[Extraction]:
    """Stream extractions, one per article, in input order (spaCy runs batched via nlp.pipe)."""
    profile = profile or load_profile()
    articles = list(articles) if not isinstance(articles, list) else articles
    for article, doc in zip(articles, annotate(a.text for a in articles)):
        yield extract_doc(doc, article, profile)


def extract_text(text: str, published: Optional[str] = None, profile: Optional[Profile] = None) -> Extraction:
    """Convenience for tests and notebooks: extract from a bare string."""
    article = Article(id=Article.make_id(text), text=text, source="<text>", published=published)
    return next(extract_articles([article], profile))
