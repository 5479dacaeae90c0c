"""The ledger's list views as they were before filtering and paging moved into SQL (commit a512b34).

Kept as an oracle: `test_paging_equivalence.py` checks that the SQL-paged queries and API return
exactly what this straightforward version (build every record, filter and sort in Python, then
slice) returns. Only the parts that changed are here; actor resolution and issue words are shared.
"""
from __future__ import annotations

import json
from datetime import date, timedelta
from itertools import islice
from typing import Any, Iterable, Iterator, Optional

from parley.ledger.brief import HORIZON_DAYS, _key_actor_ids, _latest_published
from parley.ledger.queries import issue_terms, resolve_actors, source_chain
from parley.ledger.store import Ledger


def sources(ledger: Ledger, kind: str, record_id: str) -> list[dict[str, Any]]:
    """The contract's `sources`: one {article, outlet, url, published, span} per reporting article."""
    table, key = {"statement": ("statement_sources", "statement"), "event": ("event_sources", "event"),
                  "position": ("position_sources", "position")}[kind]
    rows = ledger.query(
        f"SELECT article, outlet, url, published, span, article_group FROM {table} WHERE {key} = ? "
        f"ORDER BY published IS NULL, published, article, local_id",
        (record_id,),
    )
    out, seen = [], set()
    for r in rows:
        if r["article"] in seen:
            continue  # the same article saying it twice is still one source
        seen.add(r["article"])
        out.append({"article": r["article"], "outlet": r["outlet"], "url": r["url"],
                    "published": r["published"], "span": json.loads(r["span"])})
    return out


def source_flags(ledger: Ledger, kind: str, record_id: str) -> dict[str, Any]:
    table, key = {"statement": ("statement_sources", "statement"), "event": ("event_sources", "event"),
                  "position": ("position_sources", "position")}[kind]
    row = ledger.execute(
        f"SELECT COUNT(DISTINCT article) AS n, COUNT(DISTINCT article_group) AS independent, "
        f"COUNT(DISTINCT outlet) AS outlets, MIN(published) AS first_published "
        f"FROM {table} WHERE {key} = ?",
        (record_id,),
    ).fetchone()
    return {
        "source_count": row["n"],
        "independent_sources": row["independent"],
        "outlet_count": row["outlets"],
        "first_published": row["first_published"],
        # wire copies of one story count once: five outlets running the same Reuters piece are one source
        "single_source": row["independent"] <= 1,
    }


def evidence_text(ledger: Ledger, article_id: str, span: list[int], limit: int = 300) -> str:
    start, end = span
    row = ledger.execute(
        "SELECT substr(text, ?, ?) FROM articles WHERE id = ?", (start + 1, max(0, end - start), article_id)
    ).fetchone()
    text = " ".join((row[0] if row else "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def in_range(day: Optional[str], since: Optional[str], until: Optional[str]) -> bool:
    """The ledger's date filter: an undated record is outside any bounded range."""
    if since and (day is None or day < since):
        return False
    if until and (day is None or day > until):
        return False
    return True


def _actor_names(ledger: Ledger, ids: Iterable[str]) -> list[str]:
    names = []
    for actor_id in ids:
        row = ledger.execute("SELECT name FROM actors WHERE id = ?", (actor_id,)).fetchone()
        names.append(row["name"] if row else actor_id)
    return names


# -- statements -------------------------------------------------------------------------------
def statement_record(ledger: Ledger, row) -> dict[str, Any]:
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
    record.update(source_flags(ledger, "statement", row["id"]))
    record["sources"] = sources(ledger, "statement", row["id"])
    return record


def iter_statements(ledger: Ledger, where: str = "1", params=()) -> Iterator[dict[str, Any]]:
    cursor = ledger.conn.cursor()
    for row in cursor.execute(f"SELECT * FROM statements WHERE {where} ORDER BY day IS NULL, day, seq", params):
        yield statement_record(ledger, row)


def quotes(ledger: Ledger, speaker: str, profile=None, since=None, until=None) -> list[dict[str, Any]]:
    ids = resolve_actors(ledger, speaker, profile)
    if not ids:
        # Unattributed and anonymous speakers have no actor row to match; their names still do.
        where, params = "speaker_name LIKE ?", [f"%{speaker}%"]
    else:
        where = f"(speaker IN ({','.join('?' * len(ids))}) OR speaker_name LIKE ?)"
        params = [*ids, f"%{speaker}%"]
    out = []
    for record in iter_statements(ledger, where, params):
        if in_range(record["day"], since, until):
            record["chain"] = source_chain(record)
            out.append(record)
    return out


# -- events -----------------------------------------------------------------------------------
def event_record(ledger: Ledger, row) -> dict[str, Any]:
    actors, recipients = json.loads(row["actors"]), json.loads(row["recipients"])
    record = {
        "id": row["id"],
        "type": row["type"],
        "mode": row["mode"],
        "actors": actors,
        "actor_names": _actor_names(ledger, actors),
        "recipients": recipients,
        "recipient_names": _actor_names(ledger, recipients),
        "date": row["date"],
        "date_text": row["date_text"],
        "day": row["day"],
        "location": row["location"],
        "status": row["status"],
        "trigger": row["trigger"],
    }
    record.update(source_flags(ledger, "event", row["id"]))
    record["sources"] = sources(ledger, "event", row["id"])
    return record


def iter_events(ledger: Ledger, where: str = "1", params=()) -> Iterator[dict[str, Any]]:
    cursor = ledger.conn.cursor()
    for row in cursor.execute(f"SELECT * FROM events WHERE {where} ORDER BY day IS NULL, day, seq", params):
        yield event_record(ledger, row)


def _event_mentions(ledger: Ledger, record: dict[str, Any], terms: list[str]) -> bool:
    folded = [t.casefold() for t in terms]
    for s in record["sources"]:
        text = evidence_text(ledger, s["article"], s["span"], limit=10_000).casefold()
        if any(t in text for t in folded):
            return True
    return False


# -- timeline ---------------------------------------------------------------------------------
def timeline(
    ledger: Ledger,
    actor: Optional[str] = None,
    issue: Optional[str] = None,
    since: Optional[str] = None,
    until: Optional[str] = None,
    profile=None,
) -> list[dict[str, Any]]:
    """Dated statements and events, in date order. Undated records come last."""
    st_where, st_params, ev_where, ev_params = ["1"], [], ["1"], []
    if actor:
        ids = resolve_actors(ledger, actor, profile)
        marks = ",".join("?" * len(ids)) or "NULL"
        st_where.append(f"speaker IN ({marks})")
        st_params += ids
        ev_where.append(f"id IN (SELECT event FROM event_actors WHERE actor IN ({marks}))")
        ev_params += ids
    if issue:
        st_where.append("id IN (SELECT statement FROM positions WHERE issue = ? AND statement IS NOT NULL)")
        st_params.append(issue)
    for bound, op in ((since, ">="), (until, "<=")):
        if bound:
            for where, params in ((st_where, st_params), (ev_where, ev_params)):
                where.append(f"day {op} ?")
                params.append(bound)
    entries = []
    for record in iter_statements(ledger, " AND ".join(st_where), st_params):
        entries.append({
            "date": record["date"] or record["day"], "day": record["day"], "dated": record["date"] is not None, "kind": "statement", "id": record["id"],
            "who": record["speaker_name"], "what": record["content"],
            "status": None, "via": record["via_name"],
            "sources": record["source_count"], "single_source": record["single_source"],
            "outlets": sorted({s["outlet"] for s in record["sources"] if s["outlet"]}),
        })
    terms = issue_terms(profile, issue) if issue else []
    for record in iter_events(ledger, " AND ".join(ev_where), ev_params):
        if issue and not (terms and _event_mentions(ledger, record, terms)):
            continue
        who = ", ".join(record["actor_names"]) or None
        what = record["type"] + (f" ({record['mode']})" if record["mode"] else "")
        if record["recipient_names"]:
            what += " → " + ", ".join(record["recipient_names"])
        if record["location"]:
            what += f" in {record['location']}"
        entries.append({
            "date": record["date"] or record["day"], "day": record["day"], "dated": record["date"] is not None, "kind": "event", "id": record["id"],
            "who": who, "what": what,
            "status": record["status"], "via": None,
            "sources": record["source_count"], "single_source": record["single_source"],
            "outlets": sorted({s["outlet"] for s in record["sources"] if s["outlet"]}),
        })
    # "date" is what the text says ("2025", "2026-W04-WE"); "day" its first day, for order.
    entries.sort(key=lambda e: (e["day"] is None, e["day"] or "", e["kind"]))
    return entries


# -- positions --------------------------------------------------------------------------------
def _position_rows(ledger: Ledger, issue: Optional[str], actor_ids: Optional[list[str]]):
    where, params = ["1"], []
    if issue:
        where.append("issue = ?")
        params.append(issue)
    if actor_ids is not None:
        where.append(f"actor IN ({','.join('?' * len(actor_ids)) or 'NULL'})")
        params += actor_ids
    return ledger.query(
        f"SELECT p.*, (SELECT MIN(published) FROM position_sources s WHERE s.position = p.id) AS first_published "
        f"FROM positions p WHERE {' AND '.join(where)} "
        f"ORDER BY actor, issue, day IS NULL, day, first_published, seq",
        params,
    )


def positions(ledger: Ledger, issue: Optional[str] = None, actor: Optional[str] = None, profile=None) -> list[dict[str, Any]]:
    """The latest stance of each actor on each issue, with its date."""
    actor_ids = resolve_actors(ledger, actor, profile) if actor else None
    latest: dict[tuple[str, str], Any] = {}
    for row in _position_rows(ledger, issue, actor_ids):
        latest[(row["actor"], row["issue"])] = row  # rows are in date order: the last one wins
    out = []
    for (actor_id, issue_id), row in sorted(latest.items()):
        srcs = sources(ledger, "position", row["id"])
        out.append({
            "actor": actor_id, "actor_name": _actor_names(ledger, [actor_id])[0] or row["actor_name"],
            "issue": issue_id, "stance": row["stance"], "date": row["date"] or row["day"],
            "dated": row["date"] is not None, "position": row["id"],
            "sources": len(srcs),
        })
    return out


def position_history(ledger: Ledger, issue: Optional[str] = None, actor: Optional[str] = None, profile=None) -> list[dict[str, Any]]:
    """Every stance an actor took on an issue, in date order; `change` marks a move from the previous one."""
    actor_ids = resolve_actors(ledger, actor, profile) if actor else None
    out = []
    previous: dict[tuple[str, str], str] = {}
    for row in _position_rows(ledger, issue, actor_ids):
        key = (row["actor"], row["issue"])
        before = previous.get(key)
        previous[key] = row["stance"]
        if before == row["stance"]:
            continue  # restating a stance is not a change
        srcs = sources(ledger, "position", row["id"])
        evidence = [
            {**s, "text": evidence_text(ledger, s["article"], s["span"])} for s in srcs
        ]
        out.append({
            "actor": row["actor"], "actor_name": _actor_names(ledger, [row["actor"]])[0] or row["actor_name"],
            "issue": row["issue"], "from": before, "to": row["stance"], "change": before is not None,
            "date": row["date"] or row["day"], "day": row["day"], "dated": row["date"] is not None, "position": row["id"], "statement": row["statement"], "evidence": evidence,
        })
    return out


def brief_data(ledger: Ledger, since: str, profile=None, horizon_days: int = HORIZON_DAYS) -> dict[str, Any]:
    key_ids = _key_actor_ids(ledger, profile)
    new_statements, careful = [], []
    # New = first reported on or after `since` (an old quote newly repeated is not news).
    for record in iter_statements(
        ledger, "id IN (SELECT statement FROM statement_sources GROUP BY statement HAVING MIN(published) >= ?)",
        (since,),
    ):
        if record["speaker"] is None:
            continue  # unattributed: no claim to weigh, nobody to hold to it
        key = key_ids is None or record["speaker"] in key_ids
        # Care: anonymous sources, and key actors' words that only one story carries.
        if record["anonymous"] or (record["single_source"] and key):
            careful.append(record)
        if key and not record["anonymous"]:
            new_statements.append(record)
    changes = [h for h in position_history(ledger, profile=profile) if h["change"] and (h["day"] or "") >= since]
    as_of = _latest_published(ledger, since)
    horizon = (date.fromisoformat(as_of) + timedelta(days=horizon_days)).isoformat()
    # A planned event's day falls back to the publication date when the text gives none, so
    # only events with a date of their own are placed in the calendar.
    planned = list(iter_events(
        ledger, "status = 'planned' AND date IS NOT NULL AND day >= ? AND day <= ?", (as_of, horizon)))
    undated = list(iter_events(
        ledger, "status = 'planned' AND date IS NULL AND id IN (SELECT event FROM event_sources "
        "GROUP BY event HAVING MIN(published) >= ?)", (since,)))
    return {"since": since, "as_of": as_of, "horizon": horizon, "statements": new_statements,
            "position_changes": changes, "planned_events": planned, "planned_undated": undated,
            "single_source": careful}


# -- the API's list endpoints, as they were: build everything, then page ----------------------------
def _article_labels(ledger, ids):
    ids = sorted(set(ids))
    if not ids:
        return {}
    rows = ledger.query(f"SELECT id, title, source FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)
    return {r["id"]: {"title": r["title"], "source": r["source"]} for r in rows}


def _with_titles(ledger, evidence):
    labels = _article_labels(ledger, (e["article"] for e in evidence))
    empty = {"title": None, "source": None}
    return [{**e, **labels.get(e["article"], empty)} for e in evidence]


def _evidence(ledger, srcs):
    return _with_titles(ledger, [{**s, "text": evidence_text(ledger, s["article"], s["span"])} for s in srcs])


def _page(items, total, limit, offset):
    return {"total": total, "offset": offset, "limit": limit, "items": list(islice(items, offset, offset + limit))}


def api_timeline(ledger, profile, actor=None, issue=None, since=None, until=None, evidence=True, limit=500, offset=0):
    entries = timeline(ledger, actor=actor or None, issue=issue or None, since=since, until=until, profile=profile)
    page = _page(entries, len(entries), limit, offset)
    if evidence:
        for entry in page["items"]:
            entry["evidence"] = _evidence(ledger, sources(ledger, entry["kind"], entry["id"]))
    return page


def api_quotes(ledger, profile, speaker=None, since=None, until=None, limit=500, offset=0):
    if speaker and speaker.strip():
        records = quotes(ledger, speaker, profile=profile, since=since, until=until)
    else:
        records = [r for r in iter_statements(ledger) if in_range(r["day"], since, until)]
        for r in records:
            r["chain"] = source_chain(r)
    page = _page(records, len(records), limit, offset)
    for record in page["items"]:
        record["evidence"] = _evidence(ledger, record["sources"])
    return page


def api_positions(ledger, profile, issue=None, actor=None, history=False):
    if history:
        items = position_history(ledger, issue=issue or None, actor=actor or None, profile=profile)
        for item in items:
            item["evidence"] = _with_titles(ledger, item.pop("evidence"))
    else:
        items = positions(ledger, issue=issue or None, actor=actor or None, profile=profile)
        for item in items:
            item["evidence"] = _evidence(ledger, sources(ledger, "position", item["position"]))
    return {"total": len(items), "items": items}
