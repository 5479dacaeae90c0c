"""RSS / Atom feed files → one Article per entry, parsed with feedparser.

An entry's text is its full content when the feed carries it, else its summary; HTML in either
is reduced to plain text. An entry with no text is reported as `file#entry-N` and the other
entries still come out.
"""
from __future__ import annotations

import html
import re
from typing import Iterator, Optional

from ..model import Article
from .dates import normalise_date

_BLOCK_TAG = re.compile(r"</?(p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def read_feed(data: bytes, source: str, published: Optional[str] = None) -> Iterator:
    """Yield an Article (or a ReadError) for each entry of an RSS or Atom document."""
    from . import ReadError

    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser is lenient, but a broken document may still raise
        yield ReadError(source, f"cannot parse feed ({type(exc).__name__})")
        return
    entries = parsed.get("entries") or []
    if not entries:
        reason = "not an RSS or Atom feed" if parsed.get("bozo") else "feed has no entries"
        yield ReadError(source, reason)
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for n, entry in enumerate(entries, start=1):
        where = f"{source}#entry-{n}"
        text = entry_text(entry)
        if not text:
            yield ReadError(where, "feed entry has no text")
            continue
        yield Article(
            id=Article.make_id(text),
            text=text,
            source=where,
            title=_plain(entry.get("title")) or None,
            outlet=outlet,
            url=entry.get("link") or None,
            published=published or _entry_date(entry),
            author=entry.get("author") or None,
        )


def entry_text(entry) -> str:
    """The longest body the entry offers (full content beats summary), as plain text."""
    bodies = [c.get("value", "") for c in entry.get("content") or []]
    bodies.append(entry.get("summary") or "")
    best = max(bodies, key=len)
    return _plain(best)


def _plain(value: Optional[str]) -> str:
    """HTML fragment → plain text with paragraph breaks.

    Feed bodies are short fragments, not pages: trafilatura's boilerplate removal would drop
    them, so a tag strip plus entity decoding is enough here.
    """
    if not value:
        return ""
    text = _BLOCK_TAG.sub("\n\n", value)
    text = html.unescape(_ANY_TAG.sub("", text))
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def _entry_date(entry) -> Optional[str]:
    # feedparser has already parsed the common formats (RFC 822, ISO 8601) to UTC tuples.
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    for key in ("published", "updated", "created"):
        if entry.get(key):
            value = normalise_date(entry[key])
            if value:
                return value
    return None
