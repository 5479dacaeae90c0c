"""What every `parley` command shares: the one-line error, date options, profile loading."""
from __future__ import annotations

import re
from typing import Optional

import typer
from rich.console import Console

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def report_error(error) -> None:
    """One line on stderr naming the input and the reason; never a traceback."""
    err_console.print(f"parley: error: {error}", markup=False)


def check_date(value: Optional[str]) -> Optional[str]:
    """A typer callback: the option must be a real date written YYYY-MM-DD."""
    if value is None:
        return None
    from ..read.dates import normalise_date

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or normalise_date(value) is None:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD")
    return value


def load_profile_or_exit(name: Optional[str]):
    """The profile, or one error line and exit code 2 (a usage error, before any work)."""
    from ..profile import ProfileError, load_profile

    try:
        return load_profile(name)
    except ProfileError as exc:
        report_error(exc)
        raise typer.Exit(2)
