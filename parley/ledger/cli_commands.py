"""The ledger's typer commands: `ingest`, `timeline`, `quotes`, `search`, `positions`, `brief`, `export`.

`parley/cli.py` calls `register(app)`. The commands stay thin: parse options, call the ledger
library, render with rich (table), JSON, or CSV.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Iterable, List, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..views.options import check_date, err_console as _err, load_profile_or_exit, report_error
from .store import DEFAULT_DB


class QueryFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    plover = "plover"


class SearchKind(str, Enum):
    statement = "statement"
    article = "article"


class RecordKind(str, Enum):
    article = "article"
    actor = "actor"
    statement = "statement"
    event = "event"
    position = "position"


def _open(db: Path):
    from .store import Ledger, LedgerError

    try:
        return Ledger(db, must_exist=True)
    except LedgerError as exc:
        report_error(str(exc))
        raise typer.Exit(2)


def _when(row: dict, missing: str = "–") -> str:
    """A row's date; one the text does not give is the day it was first reported, and says so."""
    if not row.get("date"):
        return missing
    return row["date"] if row.get("dated", True) else f"reported {row['date']}"


def _short(text: Optional[str], limit: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _flat(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _emit(rows: list[dict[str, Any]], fmt: QueryFormat, table: Optional[Table], columns: Iterable[str]) -> None:
    """Write query rows as JSON (one array), CSV (flat columns) or the given rich table."""
    if fmt is QueryFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt is QueryFormat.csv:
        columns = list(columns)
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _flat(row.get(k)) for k in columns})
    else:
        Console(highlight=False).print(table)


DB_OPTION = typer.Option(Path(DEFAULT_DB), "--db", help="The ledger file (SQLite).")
PROFILE_OPTION = typer.Option(None, "--profile", help="Profile name or TOML file (default russia_ukraine).")
FORMAT_OPTION = typer.Option(QueryFormat.table, "--format", help="table, json or csv.")


def register(app: typer.Typer) -> None:
    """Add the ledger commands to the main `parley` app."""

    @app.command()
    def ingest(
        paths: List[Path] = typer.Argument(..., help="Files, folders, JSON Lines or RSS/Atom feed files."),
        db: Path = DB_OPTION,
        published: Optional[str] = typer.Option(None, callback=check_date,
                                                help="Publication date YYYY-MM-DD for every input (overrides their metadata)."),
        jobs: int = typer.Option(1, "--jobs", min=1, help="Worker processes for extraction."),
        profile: Optional[str] = PROFILE_OPTION,
        extracted: bool = typer.Option(
            False, "--extracted",
            help="PATHS hold extraction JSON Lines (`parley extract` or parley.spark output): store "
                 "them without extracting again."),
    ) -> None:
        """Read articles into the ledger: extracted, merged across outlets, idempotent."""
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        from .ingest import estimate_article_count, extraction_lines, ingest_extractions, ingest_paths
        from .store import LedgerError

        load_profile_or_exit(profile)  # a bad profile is a usage error, before any work
        total = None if extracted else estimate_article_count(paths)
        columns = [SpinnerColumn(), TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[added]} added · {task.fields[skipped]} skipped · "
                              "{task.fields[failed]} failed"), TimeElapsedColumn()]
        counts = {"added": 0, "skipped": 0, "failed": 0}
        with Progress(*columns, console=_err, transient=True) as progress:
            task = progress.add_task("ingest", total=total, **counts)

            def on_progress(outcome: str) -> None:
                counts[outcome] += 1
                progress.update(task, advance=1, **counts)

            def on_error(source: str, reason: str) -> None:
                progress.console.print(f"parley: error: {source}: {reason}", markup=False, highlight=False)

            def on_warning(source: str, problem: str) -> None:
                progress.console.print(f"parley: warning: {source}: {problem}", markup=False, highlight=False)

            try:
                if extracted:
                    summary = ingest_extractions(extraction_lines(paths), db=db, on_error=on_error,
                                                 on_progress=on_progress)
                else:
                    summary = ingest_paths(paths, db=db, published=published, jobs=jobs, profile_name=profile,
                                           on_error=on_error, on_progress=on_progress,
                                           on_warning=on_warning)
            except LedgerError as exc:
                report_error(str(exc))
                raise typer.Exit(2)
        typer.echo(f"{summary.line()} — ledger {db}")
        raise typer.Exit(1 if summary.failed else 0)

    @app.command()
    def timeline(
        actor: Optional[str] = typer.Option(None, help="Only this actor (name, part of a name, or id)."),
        issue: Optional[str] = typer.Option(None, help="Only this issue (an issue id of the profile)."),
        since: Optional[str] = typer.Option(None, callback=check_date, help="From this date, YYYY-MM-DD."),
        until: Optional[str] = typer.Option(None, callback=check_date, help="Up to this date, YYYY-MM-DD."),
        db: Path = DB_OPTION,
        profile: Optional[str] = PROFILE_OPTION,
        format: QueryFormat = FORMAT_OPTION,
    ) -> None:
        """Dated statements and events, in order."""
        from . import queries

        prof = load_profile_or_exit(profile)
        with _open(db) as ledger:
            rows = queries.timeline(ledger, actor=actor, issue=issue, since=since, until=until, profile=prof)
        table = Table(title="Timeline", expand=True)
        for col in ("date", "kind", "who", "what", "status", "sources"):
            table.add_column(col, overflow="fold")
        for r in rows:
            sources = f"{r['sources']} ({', '.join(r['outlets'][:3])})" if r["outlets"] else str(r["sources"])
            table.add_row(_when(r), r["kind"], r["who"] or "?", _short(r["what"]), r["status"] or "",
                          sources + (" ⚠ single" if r["single_source"] else ""))
        _emit(rows, format, table, ["date", "kind", "id", "who", "what", "status", "via", "sources",
                                    "single_source", "outlets"])

    @app.command()
    def quotes(
        speaker: str = typer.Option(..., "--speaker", help="Who said it (name, part of a name, or id)."),
        since: Optional[str] = typer.Option(None, callback=check_date, help="From this date, YYYY-MM-DD."),
        until: Optional[str] = typer.Option(None, callback=check_date, help="Up to this date, YYYY-MM-DD."),
        db: Path = DB_OPTION,
        profile: Optional[str] = PROFILE_OPTION,
        format: QueryFormat = FORMAT_OPTION,
    ) -> None:
        """A speaker's statements with the source chain: speaker → via → outlets, with dates."""
        from . import queries

        prof = load_profile_or_exit(profile)
        with _open(db) as ledger:
            rows = queries.quotes(ledger, speaker, profile=prof, since=since, until=until)
        table = Table(title=f"Quotes: {speaker}", expand=True)
        for col in ("date", "speaker", "content", "source chain", "flags"):
            table.add_column(col, overflow="fold")
        for r in rows:
            flags = [f for f, on in (("single source", r["single_source"]), ("anonymous", r["anonymous"])) if on]
            table.add_row(r["day"] or "–", r["speaker_name"] or "?", _short(r["content"], 160), r["chain"],
                          ", ".join(flags))
        _emit(rows, format, table, ["day", "id", "speaker", "speaker_name", "content", "statement_kind", "via_name",
                                    "date", "source_count", "single_source", "anonymous", "chain", "sources"])

    @app.command()
    def search(
        query: str = typer.Argument(..., help='Words to find; FTS5 syntax works: "exact phrase", OR, prefix*.'),
        kind: SearchKind = typer.Option(SearchKind.statement, "--kind",
                                        help="statement (content and speaker) or article (title and text)."),
        limit: int = typer.Option(50, min=1, max=5000, help="At most this many results, best match first."),
        db: Path = DB_OPTION,
        format: QueryFormat = FORMAT_OPTION,
    ) -> None:
        """Full-text search over statements or articles, best match first, with their sources."""
        from . import queries

        if not query.strip():
            report_error("search: the query is empty")
            raise typer.Exit(2)
        with _open(db) as ledger:
            rows = queries.search(ledger, query, kind.value, limit)
        if kind is SearchKind.article:
            table = Table(title=f"Articles matching: {query}", expand=True)
            for col in ("published", "outlet", "title", "snippet"):
                table.add_column(col, overflow="fold")
            for r in rows:
                snippet = Text()
                # Matched words are bold; the article's own text is never read as markup.
                for i, part in enumerate(r["snippet"].replace(queries.MARK_END, queries.MARK_START)
                                         .split(queries.MARK_START)):
                    snippet.append(re.sub(r"\s+", " ", part), style="bold" if i % 2 else "")
                table.add_row(r["published"] or "–", r["outlet"] or "", r["title"] or r["id"], snippet)
            columns = ["id", "published", "outlet", "title", "url", "source", "snippet", "duplicate_of"]
        else:
            table = Table(title=f"Statements matching: {query}", expand=True)
            for col in ("date", "speaker", "content", "via", "sources"):
                table.add_column(col, overflow="fold")
            for r in rows:
                table.add_row(r["date"] or r["day"] or "–", r["speaker_name"] or "?", _short(r["content"], 160),
                              r["via_name"] or "", str(r["source_count"]))
            columns = ["id", "date", "day", "speaker", "speaker_name", "content", "via_name", "source_count",
                       "single_source", "sources"]
        _emit(rows, format, table, columns)

    @app.command()
    def positions(
        issue: Optional[str] = typer.Option(None, help="Only this issue (an issue id of the profile)."),
        actor: Optional[str] = typer.Option(None, help="Only this actor."),
        history: bool = typer.Option(False, "--history", help="Every change of stance, with evidence."),
        db: Path = DB_OPTION,
        profile: Optional[str] = PROFILE_OPTION,
        format: QueryFormat = FORMAT_OPTION,
    ) -> None:
        """Actor × issue: the latest stance and its date (or, with --history, every change)."""
        from . import queries

        prof = load_profile_or_exit(profile)
        with _open(db) as ledger:
            if history:
                rows = queries.position_history(ledger, issue=issue, actor=actor, profile=prof)
            else:
                rows = queries.positions(ledger, issue=issue, actor=actor, profile=prof)
        if history:
            table = Table(title="Position history", expand=True)
            for col in ("date", "actor", "issue", "stance", "evidence"):
                table.add_column(col, overflow="fold")
            for r in rows:
                stance = f"{r['from']} → {r['to']}" if r["change"] else r["to"]
                ev = r["evidence"][0] if r["evidence"] else None
                evidence = f"“{_short(ev['text'], 140)}” ({ev['outlet'] or ev['article']}, {ev['published'] or '?'})" if ev else ""
                if len(r["evidence"]) > 1:
                    evidence += f" +{len(r['evidence']) - 1} more"
                table.add_row(_when(r), r["actor_name"], r["issue"], stance, evidence)
            columns = ["date", "actor", "actor_name", "issue", "from", "to", "change", "position", "statement", "evidence"]
        else:
            issues = sorted({r["issue"] for r in rows})
            table = Table(title="Positions (latest stance, date)", expand=True)
            table.add_column("actor", overflow="fold")
            for i in issues:
                table.add_column(i, overflow="fold")
            cells: dict[str, dict[str, str]] = {}
            names: dict[str, str] = {}
            for r in rows:
                names[r["actor"]] = r["actor_name"]
                cells.setdefault(r["actor"], {})[r["issue"]] = f"{r['stance']} ({_when(r, '?')})"
            for actor_id in sorted(cells, key=lambda a: names[a]):
                table.add_row(names[actor_id], *(cells[actor_id].get(i, "") for i in issues))
            columns = ["actor", "actor_name", "issue", "stance", "date", "position", "sources"]
        _emit(rows, format, table, columns)

    @app.command()
    def brief(
        since: str = typer.Option(..., "--since", callback=check_date, help="What is new since YYYY-MM-DD."),
        db: Path = DB_OPTION,
        profile: Optional[str] = PROFILE_OPTION,
    ) -> None:
        """A Markdown brief: new statements by key actors, position changes, planned events, single-source claims."""
        from .brief import brief_markdown

        prof = load_profile_or_exit(profile)
        with _open(db) as ledger:
            sys.stdout.write(brief_markdown(ledger, since, profile=prof))

    @app.command()
    def export(
        db: Path = DB_OPTION,
        format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", help="jsonl, csv or plover (events)."),
        kind: Optional[List[RecordKind]] = typer.Option(None, "--kind", help="Only these record kinds (repeatable)."),
        text: bool = typer.Option(False, "--text", help="Include each article's text (jsonl)."),
    ) -> None:
        """Write the ledger's records: JSON Lines, CSV, or PLOVER JSON records for events."""
        from .export import export as export_records

        with _open(db) as ledger:
            export_records(ledger, sys.stdout, format.value, [k.value for k in kind] if kind else None, with_text=text)
