"""The `parley` command: a thin layer over the library (parse arguments, call, render)."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from .views.options import check_date, err_console, load_profile_or_exit, report_error

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Parley: a sourced, dated ledger of a negotiation, built from news articles.")


@app.callback()
def _root() -> None:
    """Parley: a sourced, dated ledger of a negotiation, built from news articles."""


class ExtractFormat(str, Enum):
    json = "json"
    table = "table"
    timeml = "timeml"


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Files (.txt, .html, .json, .jsonl, .tml) or folders of them."),
    published: Optional[str] = typer.Option(None, callback=check_date,
                                            help="Publication date YYYY-MM-DD, the anchor for relative dates."),
    profile: Optional[str] = typer.Option(None, help="Profile name or TOML file (default russia_ukraine)."),
    format: ExtractFormat = typer.Option(ExtractFormat.json, "--format",
                                         help="json (JSON Lines), table, or timeml (TempEval-3 TIMEX3 tags)."),
    out_dir: Optional[Path] = typer.Option(None, "--out", help="With --format timeml: write <name>.tml "
                                           "files into this folder instead of printing them."),
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

    if out_dir is not None and format is not ExtractFormat.timeml:
        report_error("--out is for --format timeml")
        raise typer.Exit(2)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    written: set = set()
    console = Console(highlight=False) if format is ExtractFormat.table else None
    out = sys.stdout
    for result in extract_articles(articles(), prof):
        if isinstance(result, ExtractError):
            failed += 1
            report_error(result)
            continue
        for problem in result.problems:
            err_console.print(f"parley: warning: {result.article.source}: {problem}", markup=False)
        if console is not None:
            from .views.tables import render_extraction

            render_extraction(console, result)
        elif format is ExtractFormat.timeml:
            from .views.timeml import to_timeml

            document = to_timeml(result)
            if out_dir is None:
                out.write(document)
                out.flush()
            else:
                target = _unique_path(out_dir, Path(result.article.source).stem or result.article.id, written)
                target.write_text(document, encoding="utf-8")
        else:
            is_txt = Path(result.article.source).suffix.lower() in (".txt", ".text", ".md")
            out.write(json.dumps(result.to_dict(include_text=not is_txt), ensure_ascii=False) + "\n")
            out.flush()
    raise typer.Exit(1 if failed else 0)


def _unique_path(folder: Path, stem: str, written: set) -> Path:
    """`folder/stem.tml`, numbered when two articles of this run share a name (a JSON Lines file)."""
    name, n = f"{stem}.tml", 1
    while name in written:
        n += 1
        name = f"{stem}-{n}.tml"
    written.add(name)
    return folder / name


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
