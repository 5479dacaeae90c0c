"""`parley export`: the ledger as JSON Lines, CSV, or PLOVER event records. Streams record by record.

Every JSON Lines record has `"kind"` (article | actor | statement | event | position) and `"id"`.
Because `kind` names the record type, a statement's own kind (direct | indirect | mixed) is
`statement_kind` and an actor's (person | country | ...) is `actor_kind`.
"""
from __future__ import annotations

import csv
import json
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, TextIO

from .queries import _actor_names, event_record, evidence_text, iter_events, iter_statements, sources, source_flags
from .store import Ledger

KINDS = ("article", "actor", "statement", "event", "position")
FORMATS = ("jsonl", "csv", "plover")

# Column order for CSV, per kind; nested values are written as JSON text.
CSV_COLUMNS = {
    "article": ["id", "source", "title", "outlet", "url", "published", "author", "duplicate_of", "similarity"],
    "actor": ["id", "name", "actor_kind", "role", "affiliation", "articles"],
    "statement": ["id", "speaker", "speaker_name", "content", "statement_kind", "cue", "via", "via_name",
                  "date", "date_text", "anonymous", "single_source", "source_count", "independent_sources",
                  "outlet_count", "first_published", "sources"],
    "event": ["id", "type", "mode", "actors", "recipients", "date", "date_text", "location", "status",
              "trigger", "single_source", "source_count", "independent_sources", "outlet_count",
              "first_published", "sources"],
    "position": ["id", "actor", "actor_name", "issue", "stance", "date", "statement", "single_source",
                 "source_count", "independent_sources", "outlet_count", "first_published", "sources"],
}


def iter_records(ledger: Ledger, kinds: Iterable[str] = KINDS, with_text: bool = False) -> Iterator[dict[str, Any]]:
    for kind in kinds:
        yield from _ITERATORS[kind](ledger, with_text)


def _articles(ledger: Ledger, with_text: bool) -> Iterator[dict[str, Any]]:
    cursor = ledger.conn.cursor()
    for row in cursor.execute("SELECT * FROM articles ORDER BY seq"):
        record = {"kind": "article", "id": row["id"], "source": row["source"], "title": row["title"],
                  "outlet": row["outlet"], "url": row["url"], "published": row["published"],
                  "author": row["author"], "duplicate_of": row["duplicate_of"], "similarity": row["similarity"]}
        if with_text:
            record["text"] = row["text"]
        yield record


def _actors(ledger: Ledger, with_text: bool) -> Iterator[dict[str, Any]]:
    cursor = ledger.conn.cursor()
    for row in cursor.execute(
        "SELECT a.*, (SELECT COUNT(DISTINCT article) FROM actor_mentions m WHERE m.actor = a.id) AS articles "
        "FROM actors a ORDER BY a.id"
    ):
        yield {"kind": "actor", "id": row["id"], "name": row["name"], "actor_kind": row["kind"],
               "role": row["role"], "affiliation": row["affiliation"], "articles": row["articles"]}


def _statements(ledger: Ledger, with_text: bool) -> Iterator[dict[str, Any]]:
    for record in iter_statements(ledger):
        record.pop("day", None)
        yield {"kind": "statement", **record}


def _events(ledger: Ledger, with_text: bool) -> Iterator[dict[str, Any]]:
    for record in iter_events(ledger):
        record.pop("day", None)
        yield {"kind": "event", **record}


def _positions(ledger: Ledger, with_text: bool) -> Iterator[dict[str, Any]]:
    cursor = ledger.conn.cursor()
    for row in cursor.execute("SELECT * FROM positions ORDER BY actor, issue, day IS NULL, day, seq"):
        record = {"kind": "position", "id": row["id"], "actor": row["actor"], "actor_name": row["actor_name"],
                  "issue": row["issue"], "stance": row["stance"], "date": row["date"],
                  "statement": row["statement"]}
        record.update(source_flags(ledger, "position", row["id"]))
        record["sources"] = sources(ledger, "position", row["id"])
        yield record


_ITERATORS = {"article": _articles, "actor": _actors, "statement": _statements, "event": _events,
              "position": _positions}


def write_jsonl(ledger: Ledger, out: TextIO, kinds: Iterable[str] = KINDS, with_text: bool = False) -> int:
    n = 0
    for record in iter_records(ledger, kinds, with_text):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(ledger: Ledger, out: TextIO, kinds: Iterable[str] = KINDS) -> int:
    """One CSV; with several kinds, a `kind` column and the union of their columns."""
    kinds = list(kinds)
    columns = ["kind"]
    for kind in kinds:
        columns += [c for c in CSV_COLUMNS[kind] if c not in columns]
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for record in iter_records(ledger, kinds):
        writer.writerow({k: _cell(v) for k, v in record.items()})
        n += 1
    return n


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


# -- PLOVER ---------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _quads() -> dict[str, int]:
    data = tomllib.loads((Path(__file__).parent / "plover_quads.toml").read_text(encoding="utf-8"))
    return {event_type: int(quad) for quad, types in data.items() for event_type in types}


# Parley statuses that PLOVER expresses as auxiliary modes.
_STATUS_MODES = {"planned": "future", "hypothetical": "hypothetical", "denied": "negation"}


def plover_record(ledger: Ledger, event: dict[str, Any]) -> dict[str, Any]:
    """A ledger event as a PLOVER JSON record (field names from the PLOVER manual)."""
    def entities(ids: list[str]) -> list[dict[str, Any]]:
        return [{"entity_text": name, "identifier_text": actor_id}
                for actor_id, name in zip(ids, _actor_names(ledger, ids))]

    srcs = event["sources"]
    modes = [m for m in (event["mode"], _STATUS_MODES.get(event["status"] or "")) if m]
    first = srcs[0] if srcs else None
    return {
        "id": event["id"],
        "has_event": True,
        "date": event["day"],
        "actor": entities(event["actors"]),
        "recipient": entities(event["recipients"]),
        "event": [event["type"]],  # a list in the PLOVER manual's JSON record
        "mode": modes,
        "quad_code": _quads().get(event["type"]),
        "event_loc": {"extracted_place": event["location"]} if event["location"] else None,
        "event_text": [evidence_text(ledger, s["article"], s["span"]) for s in srcs],
        "link": first["url"] if first else None,
        "text_info": [{"start": s["span"][0], "end": s["span"][1], "text_story": s["article"]} for s in srcs],
        "cite_info": [{"url": s["url"], "publication": s["outlet"], "citation": s["article"],
                       "date": s["published"]} for s in srcs],
        "coder": "parley",
        "comment": f"status: {event['status']}" if event["status"] else None,
    }


def write_plover(ledger: Ledger, out: TextIO) -> int:
    """PLOVER records for the ledger's events, one JSON object per line."""
    n = 0
    cursor = ledger.conn.cursor()
    for row in cursor.execute("SELECT * FROM events ORDER BY day IS NULL, day, seq"):
        out.write(json.dumps(plover_record(ledger, event_record(ledger, row)), ensure_ascii=False) + "\n")
        n += 1
    return n


def export(ledger: Ledger, out: TextIO, fmt: str = "jsonl", kinds: Optional[Iterable[str]] = None,
           with_text: bool = False) -> int:
    kinds = list(kinds) if kinds else list(KINDS)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValueError(f"unknown kind {unknown[0]!r} (one of {', '.join(KINDS)})")
    if fmt == "jsonl":
        return write_jsonl(ledger, out, kinds, with_text)
    if fmt == "csv":
        return write_csv(ledger, out, kinds)
    if fmt == "plover":
        return write_plover(ledger, out)
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
