"""Parley's extraction over a Spark DataFrame of articles (the optional `spark` extra).

    from parley.spark import extract_dataframe
    result = extract_dataframe(spark.read.json("articles/"), published_col="published")

One output row per input row: `id`, `article_id`, `ok`, `error`, `warnings` and `extraction`
(the JSON object of `parley extract --format json`, i.e. `Extraction.to_dict()`). A bad row comes
back with `ok = false` and one reason; it never fails the job. Each partition loads spaCy once
(`parley.nlp.load_pipeline` is cached per Python worker) and streams its rows through
`parley.pipeline.extract_articles` in small chunks. pyspark is imported only inside the functions
that need it, so `import parley` and `import parley.spark` work without it.
"""
from __future__ import annotations

import json
import pickle
import sys
from functools import lru_cache
from itertools import islice
from typing import Any, Iterable, Iterator, Optional, Union

from .ledger.ingest import extraction_lines, ingest_extractions  # noqa: F401 - public here too
from .model import Article, Extraction
from .read import MAX_BYTES

INSTALL_HINT = "pip install 'parley[spark]'"

# Rows per call of extract_articles: a multiple of spaCy's batch size (16), and small so that
# a chunk retried row by row after a crash costs little and memory stays bounded.
CHUNK_ROWS = 64

OUTPUT_DDL = (
    "id string, article_id string, ok boolean, error string, warnings array<string>, extraction string"
)

# Spark types of the contract's record fields (docs/CONTRACT.md), for `records_dataframe`.
# Spans are [start, end) arrays; every extra field `to_dict` writes is kept.
_SPAN, _SPANS, _NAMES = "array<int>", "array<array<int>>", "array<string>"
RECORD_FIELDS = {
    "actors": [("id", "string"), ("name", "string"), ("kind", "string"), ("role", "string"),
               ("affiliation", "string"), ("mentions", _SPANS)],
    "statements": [("id", "string"), ("speaker", "string"), ("speaker_name", "string"),
                   ("source_span", _SPAN), ("cue", "string"), ("cue_span", _SPAN),
                   ("content", "string"), ("content_spans", _SPANS), ("kind", "string"),
                   ("via", "string"), ("via_name", "string"), ("date", "string"),
                   ("date_text", "string")],
    "events": [("id", "string"), ("type", "string"), ("mode", "string"), ("actors", _NAMES),
               ("recipients", _NAMES), ("date", "string"), ("date_text", "string"),
               ("location", "string"), ("status", "string"), ("span", _SPAN), ("trigger", "string")],
    "positions": [("id", "string"), ("actor", "string"), ("actor_name", "string"), ("issue", "string"),
                  ("stance", "string"), ("span", _SPAN), ("date", "string"), ("statement", "string")],
    "timexes": [("text", "string"), ("span", _SPAN), ("type", "string"), ("value", "string"),
                ("mod", "string"), ("range", _NAMES), ("points_to", "string")],
}


class SparkMissing(ImportError):
    """pyspark is not installed; the message names the extra that brings it."""


def _require_pyspark():
    try:
        import pyspark.sql.functions as F  # noqa: F401
    except ImportError:
        raise SparkMissing(f"parley.spark needs pyspark: {INSTALL_HINT}") from None
    return F


def extract_dataframe(
    df,
    text_col: str = "text",
    published_col: Optional[str] = None,
    id_col: Optional[str] = None,
    outlet_col: Optional[str] = None,
    url_col: Optional[str] = None,
    profile: Union[str, Any, None] = "russia_ukraine",
    title_col: Optional[str] = None,
    include_text: bool = False,
):
    """Extract every row of `df`; a DataFrame with one row per input row (schema OUTPUT_DDL).

    `profile` is a bundled profile name, a TOML file path (read here, on the driver) or a loaded
    `Profile`; it travels to the executors with the task, so a local file need not exist there.
    `published_col` may be a date, a timestamp or a string (read like the JSON reader's
    `"published"`). With `include_text`, the JSON also carries `"text"` (as `parley extract`
    does for non-.txt inputs), which `extraction_from_dict` needs to rebuild the article.
    """
    F = _require_pyspark()
    from pyspark.sql.types import DateType, TimestampType

    from .profile import Profile, load_profile

    loaded = profile if isinstance(profile, Profile) else load_profile(profile)  # fails early
    columns = {"text": text_col, "published": published_col, "id": id_col,
               "outlet": outlet_col, "url": url_col, "title": title_col}
    selected = []
    for field, name in columns.items():
        if name is None:
            continue
        if name not in df.columns:
            raise ValueError(f"column {name!r} (for {field}) is not in the DataFrame: {df.columns}")
        column = F.col(name)
        kind = df.schema[name].dataType
        if field == "published" and isinstance(kind, (DateType, TimestampType)):
            column = F.date_format(column, "yyyy-MM-dd")
        selected.append(column.cast("string").alias(field))
    rows = df.select(*selected).rdd.map(lambda row: row.asDict())

    # Shipped as bytes and unpickled through a cache, so every task a Python worker runs gets
    # the same Profile object: the actor matcher is cached per profile object and would
    # otherwise be rebuilt, and kept, once per task.
    profile_blob = pickle.dumps(loaded)

    def run_partition(partition: Iterable[dict]) -> Iterator[tuple]:
        return extract_rows(partition, _profile_from_blob(profile_blob), include_text)

    return df.sparkSession.createDataFrame(rows.mapPartitions(run_partition), OUTPUT_DDL)


@lru_cache(maxsize=4)
def _profile_from_blob(blob: bytes):
    return pickle.loads(blob)


def extract_rows(rows: Iterable[dict], profile, include_text: bool = False) -> Iterator[tuple]:
    """The per-partition work, without Spark: dicts with `text` (and optionally `published`,
    `id`, `outlet`, `url`, `title`) → output tuples in input order (OUTPUT_DDL's columns)."""
    rows = iter(rows)
    while True:
        chunk = list(islice(rows, CHUNK_ROWS))
        if not chunk:
            return
        yield from _extract_chunk(chunk, profile, include_text)


def _extract_chunk(chunk: list[dict], profile, include_text: bool) -> Iterator[tuple]:
    from .pipeline import extract_articles

    prepared = [(row, article_from_row(row)) for row in chunk]
    articles = [a for _, a in prepared if isinstance(a, Article)]
    try:
        results = list(extract_articles(articles, profile))
        if len(results) != len(articles):
            raise RuntimeError("one result per article expected")
    except Exception:
        results = None  # spaCy failed on the chunk: redo it row by row so one row fails alone
    done = iter(results or [])
    for row, article in prepared:
        key = row.get("id")
        if not isinstance(article, Article):
            yield (key, None, False, article, [], None)
            continue
        key = key if key is not None else article.id
        if results is not None:
            result = next(done)
        else:
            try:
                result = next(extract_articles([article], profile))
            except Exception as exc:
                result = exc
        if isinstance(result, Extraction):
            payload = json.dumps(result.to_dict(include_text=include_text), ensure_ascii=False)
            yield (key, article.id, True, None, list(result.problems), payload)
        elif isinstance(result, Exception):
            yield (key, article.id, False, f"extraction failed ({type(result).__name__}: {result})", [], None)
        else:  # the pipeline's ExtractError
            yield (key, article.id, False, result.reason, [], None)


def article_from_row(row: dict) -> Union[Article, str]:
    """An Article, or the reason the row cannot be one (the reader's checks and wording)."""
    from .read.dates import normalise_date

    text = row.get("text")
    if text is None:
        return "no text"
    if not text.strip():
        return "empty text"
    if "\x00" in text[:8192]:
        return "binary, not text"
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        return f"too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)"

    def field(name: str) -> Optional[str]:
        value = row.get(name)
        return value if value not in (None, "") else None

    key = field("id")
    return Article(
        id=Article.make_id(text),
        text=text,
        source=key or field("url") or "<dataframe row>",
        title=field("title"),
        outlet=field("outlet"),
        url=field("url"),
        published=normalise_date(row.get("published")),
    )


def records_dataframe(result, kind: str = "statements"):
    """One row per record of `kind` (actors, statements, events, positions, timexes) from the
    `extract_dataframe` output, after the `row_id` (the output's `id`) and `article_id` of its
    article; the record's own contract fields follow, its `id` included."""
    F = _require_pyspark()
    if kind not in RECORD_FIELDS:
        raise ValueError(f"kind must be one of {sorted(RECORD_FIELDS)}, not {kind!r}")
    fields = ", ".join(f"`{name}`: {spark_type}" for name, spark_type in RECORD_FIELDS[kind])
    schema = f"struct<{kind}: array<struct<{fields}>>>"
    parsed = F.from_json(F.col("extraction"), schema)
    return (result.where(F.col("ok"))
            .select(F.col("id").alias("row_id"), "article_id", F.explode(parsed[kind]).alias("record"))
            .select("row_id", "article_id", "record.*"))


def statements_dataframe(result):
    return records_dataframe(result, "statements")


# The replay route lives with the ledger (`parley ingest --extracted`); kept here by name.
extraction_from_dict = Extraction.from_dict


def main(argv: Optional[list[str]] = None) -> int:
    """`python -m parley.spark ingest PATH... [--db FILE]`: Spark output into the ledger."""
    import argparse

    from .ledger.store import DEFAULT_DB

    parser = argparse.ArgumentParser(prog="python -m parley.spark")
    commands = parser.add_subparsers(dest="command", required=True)
    ingest = commands.add_parser("ingest", help="merge extraction JSON Lines (include_text=True) into the ledger")
    ingest.add_argument("paths", nargs="+", help="files or folders of extraction JSON Lines")
    ingest.add_argument("--db", default=DEFAULT_DB, help=f"ledger file (default {DEFAULT_DB})")
    args = parser.parse_args(argv)

    def report(source: str, reason: str) -> None:
        print(f"parley: error: {source}: {reason}", file=sys.stderr)

    summary = ingest_extractions(extraction_lines(args.paths), args.db, on_error=report)
    print(summary.line())
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
