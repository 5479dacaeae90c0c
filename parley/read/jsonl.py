"""JSON and JSON Lines → Article. Fields: text, title, published, url, outlet (author optional).

A `.json` file holds one article object or a list of them; a `.jsonl` file one object per line.
A bad line is reported as `file:line` and the other lines still come out.
"""
from __future__ import annotations

import json
from typing import Iterator, Optional

from ..model import Article
from .dates import normalise_date


def articles_from_json(text: str, source: str, published: Optional[str] = None) -> Iterator:
    from . import ReadError

    stripped = text.lstrip()
    records: list[tuple[str, object]] = []
    if stripped.startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ReadError(source, f"invalid JSON ({exc.msg} at line {exc.lineno})")
            return
        records = [(f"{source}#{i + 1}", item) for i, item in enumerate(items)]
    else:
        try:
            records = [(source, json.loads(text))]
        except json.JSONDecodeError:
            # Not a single document: read it as JSON Lines.
            for n, line in enumerate(text.splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    records.append((f"{source}:{n}", json.loads(line)))
                except json.JSONDecodeError as exc:
                    records.append((f"{source}:{n}", ReadError(f"{source}:{n}", f"invalid JSON ({exc.msg})")))
    for where, record in records:
        if isinstance(record, ReadError):
            yield record
        else:
            yield article_from_record(record, where, published)


def article_from_record(record: object, source: str, published: Optional[str] = None):
    from . import ReadError

    if not isinstance(record, dict):
        return ReadError(source, "JSON record is not an object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadError(source, "JSON record has no \"text\"")

    def field(name: str) -> Optional[str]:
        value = record.get(name)
        return str(value) if value not in (None, "") else None

    return Article(
        id=Article.make_id(text),
        text=text,
        source=source,
        title=field("title"),
        outlet=field("outlet") or field("source"),
        url=field("url"),
        published=published or normalise_date(record.get("published") or record.get("date")),
        author=field("author"),
    )
