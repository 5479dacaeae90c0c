"""Rich renderings of one article's extraction."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..model import Extraction


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_extraction(console: Console, ex: Extraction) -> None:
    art = ex.article
    title = art.title or art.source
    console.rule(f"[bold]{title}[/bold]  ·  published {art.published or 'unknown'}")
    names = {a.id: a.name for a in ex.actors}

    statements = Table(title="Statements", show_lines=False, expand=True)
    for col in ("date", "speaker", "via", "kind", "cue", "content"):
        statements.add_column(col, overflow="fold")
    for st in ex.statements:
        statements.add_row(st.date or "–", st.speaker_name or "?", st.via_name or "", st.kind,
                           st.cue or "", _short(st.content))
    console.print(statements)

    if ex.events:
        events = Table(title="Events", expand=True)
        for col in ("date", "type", "status", "actors", "recipients", "location", "evidence"):
            events.add_column(col, overflow="fold")
        for ev in ex.events:
            events.add_row(ev.date or "–", ev.type + (f"/{ev.mode}" if ev.mode else ""), ev.status,
                           ", ".join(names.get(a, a) for a in ev.actors),
                           ", ".join(names.get(a, a) for a in ev.recipients), ev.location or "",
                           _short(art.text[ev.span[0]:ev.span[1]], 80))
        console.print(events)

    if ex.positions:
        positions = Table(title="Positions", expand=True)
        for col in ("date", "actor", "issue", "stance", "evidence"):
            positions.add_column(col, overflow="fold")
        for p in ex.positions:
            positions.add_row(p.date or "–", p.actor_name, p.issue, p.stance,
                              _short(art.text[p.span[0]:p.span[1]], 80))
        console.print(positions)

    actors = Table(title="Actors", expand=True)
    for col in ("name", "kind", "role", "affiliation", "mentions"):
        actors.add_column(col)
    for a in ex.actors:
        actors.add_row(a.name, a.kind, a.role or "", a.affiliation or "", str(len(a.mentions)))
    console.print(actors)

    if ex.timexes:
        timexes = Table(title="Time expressions")
        for col in ("text", "type", "value"):
            timexes.add_column(col)
        for t in ex.timexes:
            timexes.add_row(t.text, t.type, (t.value or "unresolved") + (f" ({t.mod})" if t.mod else ""))
        console.print(timexes)
