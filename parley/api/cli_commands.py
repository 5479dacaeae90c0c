"""`parley serve`: the read-only API and dashboard over a ledger. `register(app)` adds it to the CLI.

FastAPI and uvicorn are imported only when the command runs, so other commands do not load them.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

DEFAULT_HOST = "127.0.0.1"  # loopback: the dashboard is for this machine unless asked otherwise
DEFAULT_PORT = 8000


def dashboard_url(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host
    if ":" in shown:  # an IPv6 address needs brackets in a URL
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def serve(
    db: Path = typer.Option(Path("parley.db"), "--db", help="The ledger file (made by `parley ingest`)."),
    host: str = typer.Option(DEFAULT_HOST, help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(DEFAULT_PORT, min=1, max=65535, help="Port to listen on."),
    profile: Optional[str] = typer.Option(None, help="Profile name or TOML file (default russia_ukraine)."),
) -> None:
    """Serve the ledger read-only: a JSON API under /api and the dashboard at /."""
    from ..views.options import err_console, report_error

    if not db.is_file():
        report_error(f"{db}: no ledger here (run `parley ingest --db {db}` first)")
        raise typer.Exit(2)
    try:
        import uvicorn

        from ..profile import ProfileError
        from .app import create_app
    except ImportError as exc:
        report_error(f"`parley serve` needs fastapi and uvicorn ({exc})")
        raise typer.Exit(2)
    try:
        api = create_app(db, profile=profile)
    except ProfileError as exc:
        report_error(exc)
        raise typer.Exit(2)
    problem = address_problem(host, port)
    if problem:
        report_error(f"cannot listen on {host}:{port} ({problem})")
        raise typer.Exit(1)
    err_console.print(f"Dashboard: {dashboard_url(host, port)}   API: {dashboard_url(host, port)}api/health   "
              f"(ledger {db}; Ctrl-C to stop)", markup=False)
    uvicorn.run(api, host=host, port=port, log_level="warning")


def address_problem(host: str, port: int) -> Optional[str]:
    """Why `host:port` cannot be listened on, or None.

    uvicorn reports a busy port as a log line and exit code 3 after startup; trying the bind
    first gives the CLI's usual one-line error instead (another program could still take the
    port in between, and then uvicorn's own message stands).
    """
    import socket

    try:
        infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        return exc.strerror or str(exc)
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind(address)
        except OSError as exc:
            return exc.strerror or str(exc)
    return None


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
