"""`parley brief`: a Markdown digest of what is new in the ledger since a date."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Optional

from .queries import iter_events, iter_statements, position_history
from .store import Ledger

HORIZON_DAYS = 14  # "coming days": planned events up to this far past the latest news
MAX_PER_ACTOR = 5
MAX_CAREFUL = 25


def _key_actor_ids(ledger: Ledger, profile) -> Optional[set[str]]:
    """The profile's actors are the key ones; without a profile, every named speaker is."""
    if profile is None:
        return None
    return {a.id for a in profile.actors if a.kind != "anonymous"}


def _latest_published(ledger: Ledger, since: str) -> str:
    row = ledger.execute("SELECT MAX(published) FROM articles WHERE published >= ?", (since,)).fetchone()
    return row[0] or since


def _md(text: Optional[str]) -> str:
    """Quoted text on one line, without the quote marks it may carry (the brief adds its own)."""
    return " ".join((text or "").split()).strip(" \"“”‘’',").replace("|", "\\|")


def _when(record: dict[str, Any]) -> str:
    """The date the text gives (`2025`, `2026-W04-WE`), else when it was first reported.

    The ledger's `day` falls back to the publication date for sorting; a brief must not
    present that as the date of the speech act.
    """
    if record.get("date"):
        return record["date"]
    published = sorted(s["published"] for s in record.get("sources", []) if s.get("published"))
    return f"undated, reported {published[0]}" if published else "undated"


def _outlets(record: dict[str, Any]) -> str:
    names = []
    for s in record["sources"]:
        label = s["outlet"] or s["url"] or s["article"]
        if label not in names:
            names.append(label)
    return ", ".join(names[:4]) + (f" +{len(names) - 4}" if len(names) > 4 else "")


def brief_data(ledger: Ledger, since: str, profile=None, horizon_days: int = HORIZON_DAYS) -> dict[str, Any]:
    key_ids = _key_actor_ids(ledger, profile)
    new_statements, careful = [], []
    # New = first reported on or after `since` (an old quote newly repeated is not news).
    # Unattributed statements have no claim to weigh and nobody to hold to it; other speakers'
    # words count only when anonymous. Both are left out in SQL, before any record is built.
    where = ("speaker IS NOT NULL AND id IN (SELECT statement FROM statement_sources "
             "GROUP BY statement HAVING MIN(published) >= ?)")
    params: list = [since]
    if key_ids is not None:
        where += f" AND (anonymous OR speaker IN ({','.join('?' * len(key_ids)) or 'NULL'}))"
        params += sorted(key_ids)
    for record in iter_statements(ledger, where, params):
        key = key_ids is None or record["speaker"] in key_ids
        # Care: anonymous sources, and key actors' words that only one story carries.
        if record["anonymous"] or (record["single_source"] and key):
            careful.append(record)
        if key and not record["anonymous"]:
            new_statements.append(record)
    changes = position_history(ledger, profile=profile, changes_since=since)
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


def brief_markdown(ledger: Ledger, since: str, profile=None, horizon_days: int = HORIZON_DAYS,
                   data: Optional[dict[str, Any]] = None) -> str:
    """The brief as Markdown; `data` is `brief_data`'s result when the caller already has it."""
    if data is None:
        data = brief_data(ledger, since, profile, horizon_days)
    lines = [f"# Brief: news since {since}", "", f"_Latest article: {data['as_of']}._", ""]

    lines += ["## New statements by key actors", ""]
    by_speaker: dict[str, list] = {}
    for record in data["statements"]:
        by_speaker.setdefault(record["speaker_name"] or record["speaker"], []).append(record)
    if not by_speaker:
        lines.append("_None._")
    for speaker, records in sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        lines.append(f"### {speaker}")
        for r in records[:MAX_PER_ACTOR]:
            via = f", via {r['via_name']}" if r["via_name"] else ""
            lines.append(f"- {_when(r)}: “{_md(r['content'])}”{via} "
                         f"({r['source_count']} source{'s' if r['source_count'] != 1 else ''}: {_outlets(r)})")
        if len(records) > MAX_PER_ACTOR:
            lines.append(f"- … and {len(records) - MAX_PER_ACTOR} more")
        lines.append("")
    lines.append("")

    lines += ["## Position changes", ""]
    if not data["position_changes"]:
        lines.append("_None._")
    for c in data["position_changes"]:
        evidence = c["evidence"][0] if c["evidence"] else None
        quote = f" — “{_md(evidence['text'])}” ({evidence['outlet'] or evidence['article']})" if evidence else ""
        lines.append(f"- **{c['actor_name']}** on `{c['issue']}`: {c['from']} → **{c['to']}** "
                     f"({c['date'] or 'undated'}){quote}")
    lines.append("")

    lines += [f"## Planned events, {data['as_of']} to {data['horizon']}", ""]
    if not data["planned_events"] and not data["planned_undated"]:
        lines.append("_None._")
    for e in data["planned_events"] + data["planned_undated"]:
        who = ", ".join(e["actor_names"]) or "?"
        to = f" with {', '.join(e['recipient_names'])}" if e["recipient_names"] else ""
        where = f" in {e['location']}" if e["location"] else ""
        when = e["day"] if e["date"] else "date not given"
        lines.append(f"- {when}: {who} — {e['type']}{to}{where} ({_outlets(e)})")
    lines.append("")

    lines += ["## Treat with care: single-source or anonymous claims", ""]
    if not data["single_source"]:
        lines.append("_None._")
    for r in data["single_source"][:MAX_CAREFUL]:
        why = "anonymous" if r["anonymous"] else "single source"
        lines.append(f"- {_when(r)}, {r['speaker_name'] or 'unattributed'} ({why}): "
                     f"“{_md(r['content'])}” ({_outlets(r)})")
    if len(data["single_source"]) > MAX_CAREFUL:
        lines.append(f"- … and {len(data['single_source']) - MAX_CAREFUL} more (`parley export` lists them all)")
    lines.append("")
    return "\n".join(lines)
