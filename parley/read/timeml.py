"""TimeML (TempEval-3 `.tml`) → `Article`: the text of the TEXT element, its inline tags dropped,
dated by the DCT. The same walk gives the benchmarks the gold tags' character spans.

Parsed with the standard library's ElementTree: TimeML is plain XML, and the TEXT element's
text and tails, joined, are the document text that TimeML's tags annotate.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Optional, Union

from ..model import Article


@dataclass
class TaggedSpan:
    tag: str  # "TIMEX3", "EVENT", ...
    span: tuple[int, int]  # character offsets into the document text
    attrib: dict


@dataclass
class TimeMLDocument:
    docid: Optional[str]
    dct: Optional[str]  # YYYY-MM-DD, from the DCT's TIMEX3 value
    title: Optional[str]
    text: str
    tags: list[TaggedSpan]


def parse_timeml(xml: str) -> TimeMLDocument:
    """Parse a TimeML document; raises ValueError when it is not one (bad XML, no TEXT)."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise ValueError(f"not well-formed TimeML ({exc})") from None
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError("no TEXT element")
    parts: list[str] = []
    tags: list[TaggedSpan] = []
    offset = 0

    def walk(el) -> None:
        nonlocal offset
        start = offset
        if el.text:
            parts.append(el.text)
            offset += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                offset += len(child.tail)
        if el is not text_el:
            tags.append(TaggedSpan(el.tag, (start, offset), dict(el.attrib)))

    walk(text_el)
    dct_el = root.find("DCT/TIMEX3")
    dct = (dct_el.get("value") or "")[:10] if dct_el is not None else None
    docid = (root.findtext("DOCID") or "").strip() or None
    title = " ".join((root.findtext("TITLE") or "").split()) or None
    tags.sort(key=lambda t: t.span)
    return TimeMLDocument(docid, dct or None, title, "".join(parts), tags)


def article_from_timeml(xml: str, source: str, published: Optional[str]) -> Union[Article, "ReadError"]:
    """An Article from a TimeML document; `published` (when given) overrides the DCT."""
    from . import ReadError

    try:
        doc = parse_timeml(xml)
    except ValueError as exc:
        return ReadError(source, str(exc))
    if not doc.text.strip():
        return ReadError(source, "empty TEXT element")
    return Article(id=Article.make_id(doc.text), text=doc.text, source=source,
                   published=published or doc.dct, title=doc.title)
