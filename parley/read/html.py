"""HTML pages → Article, with trafilatura for the main text and the metadata."""
from __future__ import annotations

from typing import Optional, Union

from ..model import Article
from .dates import normalise_date


def article_from_html(html: str, source: str, published: Optional[str] = None):
    from . import ReadError

    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        return ReadError(source, f"cannot parse HTML ({type(exc).__name__})")
    if doc is None:
        return ReadError(source, "HTML holds no article text")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (meta.get("text") or "").strip()
    if not text:
        return ReadError(source, "HTML holds no article text")
    return Article(
        id=Article.make_id(text),
        text=text,
        source=source,
        title=meta.get("title") or None,
        outlet=meta.get("sitename") or meta.get("hostname") or None,
        url=meta.get("url") or None,
        published=published or normalise_date(meta.get("date")),
        author=meta.get("author") or None,
    )
