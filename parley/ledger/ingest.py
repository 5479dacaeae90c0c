"""read → extract → merge into the ledger, streaming, optionally over several processes.

Memory stays bounded whatever the corpus size: articles are read lazily, extracted in small
batches, at most `2 × jobs` batches are in flight, and each extraction is merged and dropped.
Only the main process touches the database (one connection owner); workers only extract.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from ..model import Article, Extraction
from .merge import Signature, article_signature, merge_extraction
from .store import DEFAULT_DB, Ledger, is_article_url

BATCH_SIZE = 32

# (articles, profile name) → extractions in order. The default is the real pipeline; tests pass
# a stand-in. It must be a module-level function so worker processes can import it.
Extractor = Callable[[list[Article], Optional[str]], Iterable[Extraction]]


@dataclass
class IngestSummary:
    added: int = 0
    skipped: int = 0
    failed: int = 0

    def line(self) -> str:
        return f"{self.added} added, {self.skipped} skipped (already present), {self.failed} failed"


@dataclass
class _Outcome:
    article: Article
    extraction: Optional[Extraction] = None
    signature: Optional[Signature] = None
    error: Optional[str] = None


@lru_cache(maxsize=4)
def _profile(name: Optional[str]):
    from ..profile import load_profile

    return load_profile(name)


def pipeline_extractor(articles: list[Article], profile_name: Optional[str]) -> Iterator[Extraction]:
    from ..pipeline import extract_articles

    return extract_articles(articles, _profile(profile_name))


def _extract_batch(articles: list[Article], profile_name: Optional[str], extractor: Extractor) -> list[_Outcome]:
    """Extract a batch; if it fails, retry article by article so one bad article fails alone."""
    try:
        extractions = list(extractor(articles, profile_name))
        if len(extractions) != len(articles):
            raise RuntimeError("extractor returned a different number of extractions")
    except Exception:
        extractions = None
    outcomes = []
    for i, article in enumerate(articles):
        if extractions is not None:
            extraction = extractions[i]
        else:
            try:
                extraction = next(iter(extractor([article], profile_name)))
            except Exception as exc:  # report and go on: one article never stops the batch
                outcomes.append(_Outcome(article, error=f"extraction failed ({type(exc).__name__}: {exc})"))
                continue
        if not isinstance(extraction, Extraction):  # the pipeline's ExtractError: .source, .reason
            outcomes.append(_Outcome(article, error=getattr(extraction, "reason", "extraction failed")))
            continue
        outcomes.append(_Outcome(article, extraction, article_signature(article.text)))
    return outcomes


def ingest_items(
    ledger: Ledger,
    items: Iterable[Union[Article, object]],
    profile_name: Optional[str] = None,
    jobs: int = 1,
    extractor: Extractor = pipeline_extractor,
    on_error: Optional[Callable[[str, str], None]] = None,
    on_progress: Optional[Callable[[str], None]] = None,
    batch_size: int = BATCH_SIZE,
    on_warning: Optional[Callable[[str, str], None]] = None,
) -> IngestSummary:
    """Ingest a stream of Articles (and read errors, objects with `.source` and `.reason`)."""
    summary = IngestSummary()

    def fail(source: str, reason: str) -> None:
        summary.failed += 1
        if on_error:
            on_error(source, reason)
        if on_progress:
            on_progress("failed")

    def skip() -> None:
        summary.skipped += 1
        if on_progress:
            on_progress("skipped")

    def store(outcome: _Outcome) -> None:
        if outcome.error:
            fail(outcome.article.source, outcome.error)
            return
        try:
            added = merge_extraction(ledger, outcome.extraction, outcome.signature)
        except Exception as exc:  # the transaction is rolled back; the batch goes on
            fail(outcome.article.source, f"could not store ({type(exc).__name__}: {exc})")
            return
        if on_warning:
            for problem in outcome.extraction.problems:  # a stage lost; the rest was stored
                on_warning(outcome.article.source, problem)
        if added:
            summary.added += 1
            if on_progress:
                on_progress("added")
        else:
            skip()

    def batches() -> Iterator[list[Article]]:
        batch: list[Article] = []
        queued: set[str] = set()  # ids and URLs read in this run but maybe not stored yet
        for item in items:
            if not isinstance(item, Article):
                fail(getattr(item, "source", "?"), getattr(item, "reason", str(item)))
                continue
            url = item.url if is_article_url(item.url) else None
            if item.id in queued or (url and url in queued) or ledger.has_article(item.id, url):
                skip()
                continue
            queued.add(item.id)
            if url:
                queued.add(url)
            batch.append(item)
            if len(batch) >= batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    if jobs <= 1:
        for batch in batches():
            for outcome in _extract_batch(batch, profile_name, extractor):
                store(outcome)
        return summary

    # spawn, not fork: the parent may hold threads (the progress bar) and an open database.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        pending: deque = deque()

        def drain_one() -> None:
            batch, future = pending.popleft()
            try:
                outcomes = future.result()
            except Exception as exc:  # a worker died: its batch fails, the rest goes on
                outcomes = [_Outcome(a, error=f"extraction failed ({type(exc).__name__})") for a in batch]
            for outcome in outcomes:
                store(outcome)

        for batch in batches():
            pending.append((batch, pool.submit(_extract_batch, batch, profile_name, extractor)))
            while len(pending) >= 2 * jobs:
                drain_one()
        while pending:
            drain_one()
    return summary


def ingest_paths(
    paths: Iterable[Union[str, Path]],
    db: Union[str, Path] = DEFAULT_DB,
    published: Optional[str] = None,
    jobs: int = 1,
    profile_name: Optional[str] = None,
    on_error: Optional[Callable[[str, str], None]] = None,
    on_progress: Optional[Callable[[str], None]] = None,
    extractor: Extractor = pipeline_extractor,
    on_warning: Optional[Callable[[str, str], None]] = None,
) -> IngestSummary:
    """`parley ingest`: files, folders, JSON Lines and RSS/Atom feeds into the ledger at `db`."""
    from ..read import read_paths

    if jobs <= 1:
        _profile(profile_name)  # a bad profile fails here, before anything is read
    with Ledger(db) as ledger:
        return ingest_items(
            ledger,
            read_paths(paths, published, feeds=True),
            profile_name=profile_name,
            jobs=jobs,
            extractor=extractor,
            on_error=on_error,
            on_progress=on_progress,
            on_warning=on_warning,
        )


def extraction_lines(paths: Iterable[Union[str, Path]]) -> Iterator[tuple[str, Union[str, OSError]]]:
    """(`file:line`, JSON line) of files and folders of extraction JSON Lines (`parley extract`
    output, or a Spark job's folder of part-* files); an unreadable file yields its OSError."""
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.name.startswith((".", "_")):  # Spark's _SUCCESS and .crc files
                continue
            try:
                with file.open(encoding="utf-8", errors="replace") as handle:
                    yield from ((f"{file}:{n}", line) for n, line in enumerate(handle, start=1) if line.strip())
            except OSError as exc:  # reported by ingest_extractions; the other files go on
                yield (str(file), exc)


def _text_from_source(data: dict) -> Optional[str]:
    """`parley extract` leaves a .txt article's text out of its JSON (the spans index the file):
    read it back from the file, if it is still there and still the same text."""
    source = (data.get("article") or {}).get("source")
    if not source:
        return None
    try:
        text = Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return text if Article.make_id(text) == data["article"].get("id") else None


def ingest_extractions(
    lines: Iterable[Union[str, tuple[str, Union[str, OSError]]]],
    db: Union[str, Path] = DEFAULT_DB,
    on_error: Optional[Callable[[str, str], None]] = None,
    on_progress: Optional[Callable[[str], None]] = None,
) -> IngestSummary:
    """`parley ingest --extracted`: store extraction JSON lines (bare, or (source, line) pairs from
    `extraction_lines`) without extracting again. A bad line is reported through
    `on_error(source, reason)` and the others go on; re-ingesting adds nothing."""
    import json
    from collections import OrderedDict

    from ..read import ReadError

    waiting: OrderedDict[str, Extraction] = OrderedDict()

    def items():
        for n, item in enumerate(lines, start=1):
            source, line = item if isinstance(item, tuple) else (f"line {n}", item)
            if isinstance(line, OSError):
                yield ReadError(source, f"cannot read ({line.strerror or line})")
                continue
            try:
                data = json.loads(line)
                if not isinstance(data, dict) or not isinstance(data.get("article"), dict):
                    yield ReadError(source, "not an extraction (no \"article\" object)")
                    continue
                text = None if "text" in data else _text_from_source(data)
                if "text" not in data and text is None:
                    yield ReadError(source, "no article text (not in the JSON, and its source file is gone or changed)")
                    continue
                extraction = Extraction.from_dict(data, text)
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                yield ReadError(source, f"not an extraction ({type(exc).__name__}: {exc})")
                continue
            waiting[extraction.article.id] = extraction
            # ingest_items takes one batch at a time (jobs=1); older entries are articles it
            # skipped as already present, never asked for again.
            while len(waiting) > 2 * BATCH_SIZE:
                waiting.popitem(last=False)
            yield extraction.article

    def replay(batch, _profile_name):
        return [waiting.pop(article.id) for article in batch]

    with Ledger(db) as ledger:
        return ingest_items(ledger, items(), extractor=replay, on_error=on_error, on_progress=on_progress)


def estimate_article_count(paths: Iterable[Union[str, Path]]) -> Optional[int]:
    """A cheap guess of how many articles the inputs hold, for the progress bar (None if unsure)."""
    from ..read import FEED_SUFFIXES, HTML_SUFFIXES, JSON_SUFFIXES, TEXT_SUFFIXES

    total = 0
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            suffix = file.suffix.lower()
            if suffix in FEED_SUFFIXES:
                return None  # entries are unknown until the feed is parsed
            if suffix in {".jsonl", ".ndjson"}:
                try:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES or not path.is_dir():
                total += 1
    return total
