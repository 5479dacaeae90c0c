"""The `parley` command: a thin layer over the library (parse arguments, call, render)."""
from __future__ import annotations

import json
import re
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Parley: a sourced, dated ledger of a negotiation, built from news articles.")
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


@app.callback()
def _root() -> None:
    """Parley: a sourced, dated ledger of a negotiation, built from news articles."""


class ExtractFormat(str, Enum):
    json = "json"
    table = "table"


def report_error(error) -> None:
    """One line on stderr naming the input and the reason; never a traceback."""
    err_console.print(f"parley: error: {error}", markup=False)


def check_published(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    from .read.dates import normalise_date

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or normalise_date(value) is None:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD")
    return value


def load_profile_or_exit(name: Optional[str]):
    from .profile import ProfileError, load_profile

    try:
        return load_profile(name)
    except ProfileError as exc:
        report_error(exc)
        raise typer.Exit(2)


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Files (.txt, .html, .json, .jsonl) or folders of them."),
    published: Optional[str] = typer.Option(None, callback=check_published,
                                            help="Publication date YYYY-MM-DD, the anchor for relative dates."),
    profile: Optional[str] = typer.Option(None, help="Profile name or TOML file (default russia_ukraine)."),
    format: ExtractFormat = typer.Option(ExtractFormat.json, "--format", help="json (JSON Lines) or table."),
) -> None:
    """Extract statements, actors, dates, events and positions; JSON Lines on stdout, one per article."""
    from .pipeline import ExtractError, extract_articles
    from .read import ReadError, read_paths

    prof = load_profile_or_exit(profile)
    failed = 0

    def articles():
        nonlocal failed
        for item in read_paths(paths, published=published):
            if isinstance(item, ReadError):
                failed += 1
                report_error(item)
            else:
                yield item

    console = Console(highlight=False) if format is ExtractFormat.table else None
    out = sys.stdout
    for result in extract_articles(articles(), prof):
        if isinstance(result, ExtractError):
            failed += 1
            report_error(result)
            continue
        if console is not None:
            from .views.tables import render_extraction

            render_extraction(console, result)
        else:
            is_txt = Path(result.article.source).suffix.lower() in (".txt", ".text", ".md")
            out.write(json.dumps(result.to_dict(include_text=not is_txt), ensure_ascii=False) + "\n")
            out.flush()
    raise typer.Exit(1 if failed else 0)


def _register_views() -> None:
    """The ledger commands (ingest, timeline, quotes, positions, brief, export) and `serve`."""
    from .api.cli_commands import register as register_api
    from .ledger.cli_commands import register as register_ledger

    register_ledger(app)
    register_api(app)


_register_views()


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
