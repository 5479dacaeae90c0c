"""Read-only views over the ledger: timeline, quotes, positions and their history.

Each query returns plain dicts (JSON-ready); rendering is the caller's business. Filters, order
and `limit`/`offset` are SQL, and records are built a batch at a time (their sources, flags and
actor names fetched in one query per batch), so a page of a big ledger costs about its own size.
"""
from __future__ import annotations

import json
import re
import sqlite3
from typing import Any, Iterable, Iterator, Optional

from .merge import slugify
from .store import Ledger


# -- shared pieces ----------------------------------------------------------------------------
def find_actor_ids(ledger: Ledger, name: str, aliases: Iterable[str] = ()) -> list[str]:
    """Actor ids matching a user's words: an id, a name or part of one ("Peskov"), or an alias."""
    needle = name.strip()
    if not needle:
        return []
    rows = ledger.query(
        "SELECT id FROM actors WHERE id = ? OR name = ? COLLATE NOCASE OR name LIKE ? "
        "OR id LIKE ? ORDER BY id",
        (needle, needle, f"%{needle}%", f"%{slugify(needle)}%"),
    )
    ids = [r["id"] for r in rows]
    for alias in aliases:
        ids += [r["id"] for r in ledger.query("SELECT id FROM actors WHERE name = ? COLLATE NOCASE", (alias,))]
    return sorted(set(ids))


def profile_actor_ids(profile, name: str) -> tuple[list[str], list[str]]:
    """(ids, names) of profile actors whose name or alias is `name` (case-insensitive)."""
    if profile is None:
        return [], []
    wanted = name.casefold().strip()
    ids, names = [], []
    for entry in profile.actors:
        if wanted in {entry.name.casefold(), entry.id.casefold(), *(a.casefold() for a in entry.aliases)}:
            ids.append(entry.id)
            names.append(entry.name)
    return ids, names


def resolve_actors(ledger: Ledger, name: str, profile=None) -> list[str]:
    ids, names = profile_actor_ids(profile, name)
    return sorted(set(find_actor_ids(ledger, name, names)) | set(ids))


def issue_terms(profile, issue: str) -> list[str]:
    """Words that name an issue in the profile (its name and any word lists it carries)."""
    if profile is None:
        return []
    for entry in profile.issues:
        if entry.get("id") != issue:
            continue
        terms = []
        for key, value in entry.items():
            if key == "id":
                continue
            if isinstance(value, str) and key in {"name", "label"}:
                terms.append(value)
            elif isinstance(value, list):
                terms += [v for v in value if isinstance(v, str)]
        return [t for t in terms if len(t) > 2]
    return []


_SOURCE_TABLES = {"statement": ("statement_sources", "statement"), "event": ("event_sources", "event"),
                  "position": ("position_sources", "position")}
# Ids per `IN (...)` list: well under SQLite's bound-parameter limit, and a page is usually one chunk.
_CHUNK = 500


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _marks(values) -> str:
    return ",".join("?" * len(values))


def sources_by_record(ledger: Ledger, kind: str, ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """`sources` for many records in one query per chunk: {record id: sources}, every id present."""
    table, key = _SOURCE_TABLES[kind]
    ids = list(dict.fromkeys(ids))
    out: dict[str, list[dict[str, Any]]] = {record_id: [] for record_id in ids}
    seen: set[tuple[str, str]] = set()
    for chunk in _chunks(ids):
        rows = ledger.query(
            f"SELECT {key} AS record, article, outlet, url, published, span FROM {table} "
            f"WHERE {key} IN ({_marks(chunk)}) ORDER BY {key}, published IS NULL, published, article, local_id",
            chunk,
        )
        for r in rows:
            if (r["record"], r["article"]) in seen:
                continue  # the same article saying it twice is still one source
            seen.add((r["record"], r["article"]))
            out[r["record"]].append({"article": r["article"], "outlet": r["outlet"], "url": r["url"],
                                     "published": r["published"], "span": json.loads(r["span"])})
    return out


def sources(ledger: Ledger, kind: str, record_id: str) -> list[dict[str, Any]]:
    """The contract's `sources`: one {article, outlet, url, published, span} per reporting article."""
    return sources_by_record(ledger, kind, [record_id])[record_id]


def _flags(n: int, independent: int, outlets: int, first_published: Optional[str]) -> dict[str, Any]:
    return {
        "source_count": n,
        "independent_sources": independent,
        "outlet_count": outlets,
        "first_published": first_published,
        # wire copies of one story count once: five outlets running the same Reuters piece are one source
        "single_source": independent <= 1,
    }


def source_flags_by_record(ledger: Ledger, kind: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """`source_flags` for many records, one grouped query per chunk."""
    table, key = _SOURCE_TABLES[kind]
    ids = list(dict.fromkeys(ids))
    out = {record_id: _flags(0, 0, 0, None) for record_id in ids}
    for chunk in _chunks(ids):
        for row in ledger.query(
            f"SELECT {key} AS record, COUNT(DISTINCT article) AS n, COUNT(DISTINCT article_group) AS independent, "
            f"COUNT(DISTINCT outlet) AS outlets, MIN(published) AS first_published "
            f"FROM {table} WHERE {key} IN ({_marks(chunk)}) GROUP BY {key}",
            chunk,
        ):
            out[row["record"]] = _flags(row["n"], row["independent"], row["outlets"], row["first_published"])
    return out


def source_flags(ledger: Ledger, kind: str, record_id: str) -> dict[str, Any]:
    return source_flags_by_record(ledger, kind, [record_id])[record_id]


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def evidence_text(ledger: Ledger, article_id: str, span: list[int], limit: int = 300) -> str:
    start, end = span
    row = ledger.execute(
        "SELECT substr(text, ?, ?) FROM articles WHERE id = ?", (start + 1, max(0, end - start), article_id)
    ).fetchone()
    return _clip(row[0] if row else "", limit)


def _day_clauses(since: Optional[str], until: Optional[str]) -> tuple[list[str], list]:
    """The ledger's date filter. A NULL day fails any comparison: an undated record is outside any
    bounded range."""
    where, params = [], []
    for bound, op in ((since, ">="), (until, "<=")):
        if bound:
            where.append(f"day {op} ?")
            params.append(bound)
    return where, params


def _actor_name_map(ledger: Ledger, ids: Iterable[str]) -> dict[str, str]:
    ids = list(dict.fromkeys(ids))
    names = {}
    for chunk in _chunks(ids):
        names.update((r["id"], r["name"]) for r in ledger.query(
            f"SELECT id, name FROM actors WHERE id IN ({_marks(chunk)})", chunk))
    return names


def _actor_names(ledger: Ledger, ids: Iterable[str]) -> list[str]:
    ids = list(ids)
    names = _actor_name_map(ledger, ids)
    return [names.get(actor_id, actor_id) for actor_id in ids]


# -- statements -------------------------------------------------------------------------------
def _statement_records(ledger: Ledger, rows) -> list[dict[str, Any]]:
    """Statement rows as records, their sources and flags fetched for all of them at once."""
    ids = [row["id"] for row in rows]
    flags = source_flags_by_record(ledger, "statement", ids)
    srcs = sources_by_record(ledger, "statement", ids)
    records = []
    for row in rows:
        record = {
            "id": row["id"],
            "speaker": row["speaker"],
            "speaker_name": row["speaker_name"],
            "content": row["content"],
            "statement_kind": row["kind"],
            "cue": row["cue"],
            "via": row["via"],
            "via_name": row["via_name"],
            "date": row["date"],
            "date_text": row["date_text"],
            "day": row["day"],
            "anonymous": bool(row["anonymous"]),
        }
        record.update(flags[row["id"]])
        record["sources"] = srcs[row["id"]]
        records.append(record)
    return records


def statement_record(ledger: Ledger, row) -> dict[str, Any]:
    return _statement_records(ledger, [row])[0]


def _paging(limit: Optional[int], offset: int) -> tuple[str, list]:
    # LIMIT -1 is SQLite's "no limit", needed when only an OFFSET is given.
    if limit is None and not offset:
        return "", []
    return " LIMIT ? OFFSET ?", [-1 if limit is None else limit, offset]


def _iter_records(ledger: Ledger, sql: str, params, build) -> Iterator[dict[str, Any]]:
    cursor = ledger.conn.cursor()
    cursor.execute(sql, params)
    while rows := cursor.fetchmany(_CHUNK):  # records built a chunk at a time: few queries, bounded memory
        yield from build(ledger, rows)


def iter_statements(ledger: Ledger, where: str = "1", params=(), limit: Optional[int] = None,
                    offset: int = 0) -> Iterator[dict[str, Any]]:
    page_sql, page_params = _paging(limit, offset)
    yield from _iter_records(
        ledger, f"SELECT * FROM statements WHERE {where} ORDER BY day IS NULL, day, seq{page_sql}",
        [*params, *page_params], _statement_records)


def source_chain(record: dict[str, Any]) -> str:
    """speaker → via → outlets (dates): how a quote reached the reader."""
    parts = [record.get("speaker_name") or "(unattributed)"]
    if record.get("via_name"):
        parts.append(record["via_name"])
    outlets = []
    for s in record["sources"]:
        label = s["outlet"] or s["url"] or s["article"]
        if s["published"]:
            label += f" ({s['published']})"
        if label not in outlets:
            outlets.append(label)
    parts.append(", ".join(outlets) if outlets else "(no outlet)")
    return " → ".join(parts)


def _quote_filter(ledger: Ledger, speaker: Optional[str], profile, since, until) -> tuple[str, list]:
    """WHERE clause of `quotes`; `speaker=None` is every statement."""
    where, params = [], []
    if speaker is not None:
        ids = resolve_actors(ledger, speaker, profile)
        if not ids:
            # Unattributed and anonymous speakers have no actor row to match; their names still do.
            where.append("speaker_name LIKE ?")
            params.append(f"%{speaker}%")
        else:
            where.append(f"(speaker IN ({_marks(ids)}) OR speaker_name LIKE ?)")
            params += [*ids, f"%{speaker}%"]
    day_where, day_params = _day_clauses(since, until)
    return " AND ".join(where + day_where) or "1", params + day_params


def _with_chains(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for record in records:
        record["chain"] = source_chain(record)
        out.append(record)
    return out


def quotes(ledger: Ledger, speaker: str, profile=None, since=None, until=None, limit: Optional[int] = None,
           offset: int = 0) -> list[dict[str, Any]]:
    """A speaker's statements in date order, each with its `chain`; `limit`/`offset` page them."""
    where, params = _quote_filter(ledger, speaker, profile, since, until)
    return _with_chains(iter_statements(ledger, where, params, limit, offset))


def quote_page(ledger: Ledger, speaker: Optional[str] = None, profile=None, since=None, until=None,
               limit: Optional[int] = None, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(how many match, one page of them): `quotes`, or every statement when `speaker` is blank."""
    speaker = speaker if speaker and speaker.strip() else None
    where, params = _quote_filter(ledger, speaker, profile, since, until)
    total = ledger.execute(f"SELECT COUNT(*) FROM statements WHERE {where}", params).fetchone()[0]
    return total, _with_chains(iter_statements(ledger, where, params, limit, offset))


# -- events -----------------------------------------------------------------------------------
def _event_records(ledger: Ledger, rows) -> list[dict[str, Any]]:
    parsed = [(row, json.loads(row["actors"]), json.loads(row["recipients"])) for row in rows]
    ids = [row["id"] for row in rows]
    names = _actor_name_map(ledger, [a for _, actors, recipients in parsed for a in actors + recipients])
    flags = source_flags_by_record(ledger, "event", ids)
    srcs = sources_by_record(ledger, "event", ids)
    records = []
    for row, actors, recipients in parsed:
        record = {
            "id": row["id"],
            "type": row["type"],
            "mode": row["mode"],
            "actors": actors,
            "actor_names": [names.get(a, a) for a in actors],
            "recipients": recipients,
            "recipient_names": [names.get(a, a) for a in recipients],
            "date": row["date"],
            "date_text": row["date_text"],
            "day": row["day"],
            "location": row["location"],
            "status": row["status"],
            "trigger": row["trigger"],
        }
        record.update(flags[row["id"]])
        record["sources"] = srcs[row["id"]]
        records.append(record)
    return records


def event_record(ledger: Ledger, row) -> dict[str, Any]:
    return _event_records(ledger, [row])[0]


def iter_events(ledger: Ledger, where: str = "1", params=(), limit: Optional[int] = None,
                offset: int = 0) -> Iterator[dict[str, Any]]:
    page_sql, page_params = _paging(limit, offset)
    yield from _iter_records(
        ledger, f"SELECT * FROM events WHERE {where} ORDER BY day IS NULL, day, seq{page_sql}",
        [*params, *page_params], _event_records)


def _mentions_any(span_text: Optional[str], folded_terms: str) -> bool:
    """SQL function: the evidence text at a span (as `evidence_text` gives it) contains one of the
    casefolded terms (one per line). Python, not SQL's ASCII-only lower(), so casefolding stays exact."""
    text = _clip(span_text or "", 10_000).casefold()
    return any(term in text for term in folded_terms.split("\n"))


def _event_issue_clause(ledger: Ledger, terms: list[str]) -> tuple[str, list]:
    """An event is on an issue when the words at one of its sources' spans name it (one span per
    reporting article, the one `sources` keeps). Evaluated in SQL so that paging can follow."""
    if not terms:
        return "0", []
    ledger.conn.create_function("parley_mentions_any", 2, _mentions_any, deterministic=True)
    start, end = "json_extract(s.span, '$[0]')", "json_extract(s.span, '$[1]')"
    return (
        "EXISTS (SELECT 1 FROM event_sources s JOIN articles a ON a.id = s.article "
        "WHERE s.event = events.id "
        "AND s.local_id = (SELECT MIN(local_id) FROM event_sources o WHERE o.event = s.event AND o.article = s.article) "
        f"AND parley_mentions_any(substr(a.text, {start} + 1, max(0, {end} - {start})), ?))",
        ["\n".join(t.casefold() for t in terms)],
    )


# -- timeline ---------------------------------------------------------------------------------
def _timeline_filters(ledger: Ledger, actor, issue, since, until, profile) -> tuple[str, list, str, list]:
    """WHERE clauses (and parameters) for the statements and the events of the timeline."""
    st_where, st_params, ev_where, ev_params = ["1"], [], ["1"], []
    if actor:
        ids = resolve_actors(ledger, actor, profile)
        marks = _marks(ids) or "NULL"
        st_where.append(f"speaker IN ({marks})")
        st_params += ids
        ev_where.append(f"id IN (SELECT event FROM event_actors WHERE actor IN ({marks}))")
        ev_params += ids
    if issue:
        st_where.append("id IN (SELECT statement FROM positions WHERE issue = ? AND statement IS NOT NULL)")
        st_params.append(issue)
        clause, params = _event_issue_clause(ledger, issue_terms(profile, issue))
        ev_where.append(clause)
        ev_params += params
    day_where, day_params = _day_clauses(since, until)
    return (" AND ".join(st_where + day_where), st_params + day_params,
            " AND ".join(ev_where + day_where), ev_params + day_params)


def timeline_count(ledger: Ledger, actor: Optional[str] = None, issue: Optional[str] = None,
                   since: Optional[str] = None, until: Optional[str] = None, profile=None) -> int:
    """How many entries `timeline` returns with these filters, without building them."""
    return timeline_page(ledger, actor, issue, since, until, profile, limit=0, count=True)[0]


def _statement_entry(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "date": record["date"] or record["day"], "day": record["day"], "dated": record["date"] is not None,
        "kind": "statement", "id": record["id"],
        "who": record["speaker_name"], "what": record["content"],
        "status": None, "via": record["via_name"],
        "sources": record["source_count"], "single_source": record["single_source"],
        "outlets": sorted({s["outlet"] for s in record["sources"] if s["outlet"]}),
    }


def _event_entry(record: dict[str, Any]) -> dict[str, Any]:
    who = ", ".join(record["actor_names"]) or None
    what = record["type"] + (f" ({record['mode']})" if record["mode"] else "")
    if record["recipient_names"]:
        what += " → " + ", ".join(record["recipient_names"])
    if record["location"]:
        what += f" in {record['location']}"
    return {
        "date": record["date"] or record["day"], "day": record["day"], "dated": record["date"] is not None,
        "kind": "event", "id": record["id"],
        "who": who, "what": what,
        "status": record["status"], "via": None,
        "sources": record["source_count"], "single_source": record["single_source"],
        "outlets": sorted({s["outlet"] for s in record["sources"] if s["outlet"]}),
    }


def timeline(
    ledger: Ledger,
    actor: Optional[str] = None,
    issue: Optional[str] = None,
    since: Optional[str] = None,
    until: Optional[str] = None,
    profile=None,
    limit: Optional[int] = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Dated statements and events, in date order. Undated records come last.

    Filtering, ordering and `limit`/`offset` are done by SQLite over ids and days, so a page
    builds only its own records. On one day, events come before statements ("event" < "statement"),
    each in the order they entered the ledger.
    """
    return timeline_page(ledger, actor, issue, since, until, profile, limit, offset)[1]


def timeline_page(
    ledger: Ledger,
    actor: Optional[str] = None,
    issue: Optional[str] = None,
    since: Optional[str] = None,
    until: Optional[str] = None,
    profile=None,
    limit: Optional[int] = None,
    offset: int = 0,
    count: bool = False,
) -> tuple[Optional[int], list[dict[str, Any]]]:
    """(how many entries match if `count`, else None; `timeline`'s entries from `offset`, up to `limit`)."""
    st_where, st_params, ev_where, ev_params = _timeline_filters(ledger, actor, issue, since, until, profile)
    params = [*st_params, *ev_params]
    # "date" is what the text says ("2025", "2026-W04-WE"); "day" its first day, for order.
    ordered = (f"SELECT 'statement' AS kind, id, day IS NULL AS undated, day, seq FROM statements WHERE {st_where} "
               f"UNION ALL SELECT 'event' AS kind, id, day IS NULL AS undated, day, seq FROM events WHERE {ev_where} "
               f"ORDER BY undated, day, kind, seq")
    total = None
    if issue:
        # The issue test on events runs in Python for every event: one pass gives both the count
        # and the page, where a COUNT query and a LIMIT query would each run it.
        matched = ledger.query(ordered, params)
        total = len(matched)
        page = matched[offset:None if limit is None else offset + limit]
    else:
        page_sql, page_params = _paging(limit, offset)
        page = ledger.query(ordered + page_sql, [*params, *page_params])
        if count:
            total = ledger.execute(
                f"SELECT (SELECT COUNT(*) FROM statements WHERE {st_where}) "
                f"+ (SELECT COUNT(*) FROM events WHERE {ev_where})", params).fetchone()[0]
    entries: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, table, build, entry in (("statement", "statements", _statement_records, _statement_entry),
                                      ("event", "events", _event_records, _event_entry)):
        ids = [r["id"] for r in page if r["kind"] == kind]
        for chunk in _chunks(ids):
            rows = ledger.query(f"SELECT * FROM {table} WHERE id IN ({_marks(chunk)})", chunk)
            for record in build(ledger, rows):
                entries[(kind, record["id"])] = entry(record)
    return (total if count else None), [entries[(r["kind"], r["id"])] for r in page]


# -- positions --------------------------------------------------------------------------------
def _position_filter(issue: Optional[str], actor_ids: Optional[list[str]]) -> tuple[str, list]:
    where, params = ["1"], []
    if issue:
        where.append("issue = ?")
        params.append(issue)
    if actor_ids is not None:
        where.append(f"actor IN ({_marks(actor_ids) or 'NULL'})")
        params += actor_ids
    return " AND ".join(where), params


def _positions_cte(issue: Optional[str], actor_ids: Optional[list[str]]) -> tuple[str, list]:
    """The positions to consider, each with when it was first reported (the tie-break after its day)."""
    where, params = _position_filter(issue, actor_ids)
    return (
        "WITH p AS (SELECT p.*, (SELECT MIN(published) FROM position_sources s WHERE s.position = p.id) "
        f"AS first_published FROM positions p WHERE {where})",
        params,
    )


# The order of an actor's stances on an issue: by day, then first report, then arrival.
_STANCE_ORDER = "day IS NULL, day, first_published, seq"


def positions(ledger: Ledger, issue: Optional[str] = None, actor: Optional[str] = None, profile=None) -> list[dict[str, Any]]:
    """The latest stance of each actor on each issue, with its date."""
    actor_ids = resolve_actors(ledger, actor, profile) if actor else None
    where, params = _position_filter(issue, actor_ids)
    # The last in `_STANCE_ORDER`, in two steps: the positions on each pair's last day (RANK
    # keeps ties), then among those the last first reported. Only those few need the
    # first-report date, which is a look-up per position.
    rows = ledger.query(
        "SELECT * FROM (SELECT p.*, ROW_NUMBER() OVER (PARTITION BY actor, issue ORDER BY "
        "(SELECT MIN(published) FROM position_sources s WHERE s.position = p.id) DESC, seq DESC) AS pick "
        "FROM (SELECT p.*, RANK() OVER (PARTITION BY actor, issue ORDER BY day IS NULL DESC, day DESC) AS day_rank "
        f"FROM positions p WHERE {where}) p WHERE day_rank = 1) WHERE pick = 1 ORDER BY actor, issue",
        params,
    )
    names = _actor_name_map(ledger, [row["actor"] for row in rows])
    srcs = sources_by_record(ledger, "position", [row["id"] for row in rows])
    return [{
        "actor": row["actor"], "actor_name": names.get(row["actor"], row["actor"]) or row["actor_name"],
        "issue": row["issue"], "stance": row["stance"], "date": row["date"] or row["day"],
        "dated": row["date"] is not None, "position": row["id"],
        "sources": len(srcs[row["id"]]),
    } for row in rows]


def evidence_by_source(ledger: Ledger, srcs: list[dict[str, Any]], limit: int = 300) -> list[dict[str, Any]]:
    """Each source with `text`, the words at its span (`evidence_text`), read in one query per article batch."""
    spans = {}
    for s in srcs:
        spans.setdefault((s["article"], s["span"][0], s["span"][1]), None)
    keys = list(spans)
    for i in range(0, len(keys), _CHUNK // 3):
        chunk = keys[i:i + _CHUNK // 3]
        values = ",".join("(?, ?, ?)" for _ in chunk)
        rows = ledger.query(
            f"WITH wanted(article, start, stop) AS (VALUES {values}) "
            "SELECT w.article, w.start, w.stop, substr(a.text, w.start + 1, max(0, w.stop - w.start)) AS words "
            "FROM wanted w JOIN articles a ON a.id = w.article",
            [v for key in chunk for v in key],
        )
        for r in rows:
            spans[(r["article"], r["start"], r["stop"])] = r["words"]
    return [{**s, "text": _clip(spans[(s["article"], s["span"][0], s["span"][1])] or "", limit)} for s in srcs]


def _history_query(ledger: Ledger, issue, actor, profile, changes_since) -> tuple[str, list]:
    """The rows of `position_history` as SQL: each position with the stance before it (`before`)."""
    actor_ids = resolve_actors(ledger, actor, profile) if actor else None
    cte, params = _positions_cte(issue, actor_ids)
    # The previous stance is looked up by SQL's LAG; restating a stance is not a change.
    wanted = "before IS NULL OR before <> stance"
    if changes_since is not None:
        wanted = "before IS NOT NULL AND before <> stance AND COALESCE(day, '') >= ?"
        params = [*params, changes_since]
    return (f"{cte} SELECT * FROM (SELECT p.*, LAG(stance) OVER (PARTITION BY actor, issue ORDER BY {_STANCE_ORDER}) "
            f"AS before FROM p) WHERE {wanted}", params)


def position_history_count(ledger: Ledger, issue: Optional[str] = None, actor: Optional[str] = None, profile=None,
                           changes_since: Optional[str] = None) -> int:
    """How many entries `position_history` returns, without building them."""
    sql, params = _history_query(ledger, issue, actor, profile, changes_since)
    return ledger.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0]


def position_history(ledger: Ledger, issue: Optional[str] = None, actor: Optional[str] = None, profile=None,
                     changes_since: Optional[str] = None, limit: Optional[int] = None, offset: int = 0,
                     by_day: bool = False) -> list[dict[str, Any]]:
    """Every stance an actor took on an issue, in date order; `change` marks a move from the previous one.

    Entries come by actor and issue, each in date order; with `by_day`, by day over all actors
    (undated last). With `changes_since`, only the changes (`change` true) whose day is on or
    after it. `limit`/`offset` page the entries in SQL.
    """
    sql, params = _history_query(ledger, issue, actor, profile, changes_since)
    order = f"actor, issue, {_STANCE_ORDER}"
    if by_day:
        order = f"COALESCE(day, date, '9999'), {order}"
    page_sql, page_params = _paging(limit, offset)
    rows = ledger.query(f"{sql} ORDER BY {order}{page_sql}", [*params, *page_params])
    names = _actor_name_map(ledger, [row["actor"] for row in rows])
    srcs = sources_by_record(ledger, "position", [row["id"] for row in rows])
    texts = iter(evidence_by_source(ledger, [s for row in rows for s in srcs[row["id"]]]))
    out = []
    for row in rows:
        evidence = [next(texts) for _ in srcs[row["id"]]]
        out.append({
            "actor": row["actor"], "actor_name": names.get(row["actor"], row["actor"]) or row["actor_name"],
            "issue": row["issue"], "from": row["before"], "to": row["stance"], "change": row["before"] is not None,
            "date": row["date"] or row["day"], "day": row["day"], "dated": row["date"] is not None,
            "position": row["id"], "statement": row["statement"],
            "evidence": evidence,
        })
    return out


def search_statements(ledger: Ledger, text: str, limit: int = 50) -> list[dict[str, Any]]:
    """Full-text search (FTS5) over statement content and speaker names, best match first."""
    rows = ledger.query(
        "SELECT id FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?", (text, limit)
    )
    ids = [r["id"] for r in rows]
    if not ids:
        return []
    by_id = {r["id"]: r for r in iter_statements(ledger, f"id IN ({','.join('?' * len(ids))})", ids)}
    return [by_id[i] for i in ids if i in by_id]


# Snippet markers around matched words: control characters never found in article text, so a
# caller can split on them and render the matches without trusting any HTML in the article.
MARK_START, MARK_END = "\u0002", "\u0003"


def search_articles(ledger: Ledger, text: str, limit: int = 50) -> list[dict[str, Any]]:
    """Full-text search (FTS5) over article titles and texts, best match first, with a snippet
    whose matched words sit between `MARK_START` and `MARK_END`."""
    rows = ledger.query(
        "SELECT f.id, snippet(articles_fts, 2, ?, ?, '…', 16) AS snippet, a.title, a.source, a.outlet, a.url, "
        "a.published, a.duplicate_of FROM articles_fts f JOIN articles a ON a.id = f.id "
        "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
        (MARK_START, MARK_END, text, limit),
    )
    return [dict(r) for r in rows]


_WORD = re.compile(r"\w+", re.UNICODE)


def search(ledger: Ledger, text: str, kind: str = "statement", limit: int = 50) -> list[dict[str, Any]]:
    """`search_statements` or `search_articles` (`kind`), taking the query as the user wrote it
    (FTS5 phrases, OR, prefix*). If FTS5 rejects its syntax, the plain words are searched instead,
    so a stray quote or dash finds something rather than failing."""
    run = search_articles if kind == "article" else search_statements
    try:
        return run(ledger, text, limit)
    except sqlite3.OperationalError:
        words = _WORD.findall(text)
        if not words:
            return []
        return run(ledger, " ".join(f'"{w}"' for w in words), limit)
