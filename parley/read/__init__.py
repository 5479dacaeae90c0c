"""Input readers: files, folders, JSON Lines → `Article`.

`read_paths` yields an `Article` for each article it can read and a `ReadError` (naming the
input and the reason) for each it cannot, so one bad input never stops a batch.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..model import Article

# Inputs beyond this size are refused: spaCy's memory grows with text length and no news
# article comes near it.
MAX_BYTES = 2_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
TIMEML_SUFFIXES = {".tml", ".timeml"}  # TempEval-3 documents: the TEXT element, dated by the DCT
_ISO_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


@dataclass
class ReadError:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


ReadResult = Union[Article, ReadError]


def read_paths(
    paths: Iterable[Union[str, Path]], published: Optional[str] = None, feeds: bool = False
) -> Iterator[ReadResult]:
    """Read files and folders in the given order (a folder's files in sorted order)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _readable_suffix(p, feeds))
            if not files:
                yield ReadError(str(path), "folder holds no .txt, .html, .json, .jsonl or .tml files")
            for file in files:
                yield from read_file(file, published, feeds)
        else:
            yield from read_file(path, published, feeds)


def _readable_suffix(path: Path, feeds: bool) -> bool:
    suffix = path.suffix.lower()
    return suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | TIMEML_SUFFIXES or (
        feeds and suffix in FEED_SUFFIXES)


def read_file(path: Path, published: Optional[str] = None, feeds: bool = False) -> Iterator[ReadResult]:
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield ReadError(source, f"cannot read ({exc.strerror or exc})")
        return
    if size > MAX_BYTES:
        yield ReadError(source, f"too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(source, f"cannot read ({exc.strerror or exc})")
        return
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES:
        # A feed named on the command line is always read as a feed, never as raw XML text;
        # `feeds` only decides whether folders contribute their feed files.
        from .feed import read_feed

        yield from read_feed(data, source, published)
        return
    text = decode_text(data, source)
    if isinstance(text, ReadError):
        yield text
        return
    if suffix in HTML_SUFFIXES:
        from .html import article_from_html

        yield article_from_html(text, source, published)
    elif suffix in TIMEML_SUFFIXES:
        from .timeml import article_from_timeml

        yield article_from_timeml(text, source, published)
    elif suffix in JSON_SUFFIXES:
        from .jsonl import articles_from_json

        yield from articles_from_json(text, source, published)
    else:
        yield article_from_text(text, source, published or date_in_name(path))


def decode_text(data: bytes, source: str) -> Union[str, ReadError]:
    if not data.strip():
        return ReadError(source, "empty file")
    if b"\x00" in data[:8192]:
        return ReadError(source, "binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return ReadError(source, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})")
    if text.startswith("\ufeff"):
        # A byte-order mark is an encoding artefact, not article text.
        text = text[1:]
    return text


def date_in_name(path: Path) -> Optional[str]:
    """A file named like `story-2026-01-29.txt` carries its publication date in its name."""
    m = _ISO_DATE_IN_NAME.search(path.name)
    if not m:
        return None
    from .dates import normalise_date

    return normalise_date(m.group(0))


def article_from_text(text: str, source: str, published: Optional[str]) -> Union[Article, ReadError]:
    if not text.strip():
        return ReadError(source, "empty file")
    return Article(id=Article.make_id(text), text=text, source=source, published=published)
