"""A read-only HTTP API over the ledger, and the dashboard page it serves at `/`.

A thin layer, as `parley`'s CLI is: each endpoint parses its parameters, calls the ledger's query
functions (`parley.ledger.queries`, `.export`, `.brief`) and returns their plain dicts as JSON.
The only additions are evidence for every record (the quoted words, outlet, date, title and URL of
each reporting article) and paging. Each request opens its own connection through the ledger's
`Ledger` and marks it `query_only`, so nothing served here can write to the ledger.
"""
from __future__ import annotations

from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Iterable, Iterator, Optional, Union

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator

from ..ledger import queries
from ..ledger.brief import brief_data, brief_markdown
from ..ledger.export import iter_records
from ..ledger.store import Ledger, LedgerError

DASHBOARD_DIR = Path(__file__).resolve().parent.parent / "dashboard"
DAY_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


def _calendar_day(value: Optional[str]) -> Optional[str]:
    """A `YYYY-MM-DD` query value that is a real date ("2026-02-30" is refused with 422)."""
    if value is not None:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a date in the form YYYY-MM-DD") from None
    return value


# Dates are compared as text by the ledger; a malformed one would silently match nothing.
OptionalDay = Annotated[Optional[str], Query(pattern=DAY_PATTERN), AfterValidator(_calendar_day)]
RequiredDay = Annotated[str, Query(pattern=DAY_PATTERN), AfterValidator(_calendar_day)]
MAX_LIMIT = 5000
# An article as `parley export` writes it (without its text), paged here in SQL rather than by
# reading the export's stream, which carries every article's text, up to the page.
ARTICLE_FIELDS = ("id", "source", "title", "outlet", "url", "published", "author", "duplicate_of", "similarity")
RECORD_KINDS = ("statement", "event", "position")

# FTS5 snippet markers (re-exported): the page splits on them and highlights with DOM nodes
# instead of trusting HTML from the server.
MARK_START, MARK_END = queries.MARK_START, queries.MARK_END


def create_app(db_path: Union[str, Path], profile: Union[str, "Profile", None] = None) -> FastAPI:
    """The API and dashboard over the ledger at `db_path`.

    `profile` (a name, a TOML file or a loaded `Profile`; default the bundled Russia–Ukraine profile) lets `actor=` and
    `speaker=` match aliases ("Zelenskiy") and names the issues. A missing ledger is not an error
    here: the endpoints answer 503 until `parley ingest` creates it.
    """
    from ..profile import Profile, load_profile

    db_path = str(db_path)
    # A bad profile fails now, not on the first request.
    loaded_profile = profile if isinstance(profile, Profile) else load_profile(profile)

    app = FastAPI(
        title="Parley ledger API",
        description="Read-only views of a Parley ledger: timeline, quotes, positions, brief, search.",
        version="1",
        # FastAPI's /docs and /redoc pages load their scripts from a CDN, which an offline machine
        # cannot reach; the schema itself stays at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = db_path
    app.state.profile = loaded_profile

    @contextmanager
    def ledger() -> Iterator[Ledger]:
        # One connection per request: FastAPI runs plain `def` endpoints in worker threads, and a
        # sqlite3 connection belongs to the thread that made it.
        if not Path(db_path).is_file():  # opening would create an empty ledger; serving never writes
            raise HTTPException(status_code=503, detail=f"{db_path}: no ledger here (run `parley ingest` first)")
        try:
            opened = Ledger(db_path)
        except LedgerError as exc:
            raise HTTPException(status_code=503, detail=str(exc)) from None
        try:
            opened.execute("PRAGMA query_only = ON")
            yield opened
        finally:
            opened.close()

    # -- health and reference lists ------------------------------------------------------------
    @app.get("/api/health")
    def health() -> Any:
        try:
            with ledger() as led:
                first, last = led.execute("SELECT MIN(published), MAX(published) FROM articles").fetchone()
                return {"status": "ok", "db": db_path, "schema_version": led.schema_version(),
                        "counts": led.counts(), "published": {"first": first, "last": last},
                        "profile": loaded_profile.id}
        except HTTPException as exc:
            return JSONResponse(status_code=503, content={"status": "unavailable", "db": db_path,
                                                          "schema_version": None, "detail": exc.detail})

    @app.get("/api/articles")
    def articles(limit: int = Query(100, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0),
                 order: str = Query("ingested", pattern="^(ingested|newest)$")) -> Any:
        """Articles in the order they were ingested, or `order=newest` by publication date (undated last)."""
        with ledger() as led:
            total = led.counts()["articles"]
            sort = "published IS NULL, published DESC, seq" if order == "newest" else "seq"
            rows = led.query(f"SELECT {', '.join(ARTICLE_FIELDS)} FROM articles ORDER BY {sort} LIMIT ? OFFSET ?",
                             (limit, offset))
            return {"total": total, "offset": offset, "limit": limit,
                    "items": [{"kind": "article", **dict(row)} for row in rows]}

    @app.get("/api/articles/{article_id}")
    def article(article_id: str) -> Any:
        with ledger() as led:
            row = _article_row(led, article_id)
        if row is None:
            raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
        return row

    @app.get("/api/actors")
    def actors() -> Any:
        with ledger() as led:
            items = [_without_kind(r) for r in iter_records(led, ["actor"])]
        return {"total": len(items), "items": items}

    @app.get("/api/issues")
    def issues() -> Any:
        """The profile's issues, then any other issue the ledger holds positions on."""
        items = [_issue_entry(entry) for entry in loaded_profile.issues]
        known = {i["id"] for i in items}
        with ledger() as led:
            # The ledger's queries have no list of issues; one indexed DISTINCT here.
            for row in led.query("SELECT DISTINCT issue FROM positions ORDER BY issue"):
                if row["issue"] not in known:
                    known.add(row["issue"])
                    items.append({"id": row["issue"], "name": None, "description": None})
        return {"total": len(items), "items": items}

    # -- the views ------------------------------------------------------------------------------
    @app.get("/api/timeline")
    def timeline(
        actor: Optional[str] = None,
        issue: Optional[str] = None,
        since: OptionalDay = None,
        until: OptionalDay = None,
        evidence: bool = True,
        limit: int = Query(500, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0),
    ) -> Any:
        with ledger() as led:
            filters = dict(actor=actor or None, issue=issue or None, since=since, until=until, profile=loaded_profile)
            # Filtered, ordered and paged by SQLite: a page builds only its own entries.
            total, items = queries.timeline_page(led, limit=limit, offset=offset, count=True, **filters)
            page = {"total": total, "offset": offset, "limit": limit, "items": items}
            if evidence:
                for kind in ("statement", "event"):
                    srcs = queries.sources_by_record(led, kind, [e["id"] for e in items if e["kind"] == kind])
                    for entry in items:
                        if entry["kind"] == kind:
                            entry["evidence"] = srcs[entry["id"]]
                _add_evidence(led, items)
        return page

    @app.get("/api/quotes")
    def quotes(
        speaker: Optional[str] = None,
        since: OptionalDay = None,
        until: OptionalDay = None,
        limit: int = Query(500, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0),
    ) -> Any:
        """Statements by a speaker (name, alias or id) with their source chain; all, without one."""
        with ledger() as led:
            total, records = queries.quote_page(led, speaker, profile=loaded_profile, since=since, until=until,
                                                limit=limit, offset=offset)
            for record in records:
                record["evidence"] = record["sources"]
            _add_evidence(led, records)
        return {"total": total, "offset": offset, "limit": limit, "items": records}

    @app.get("/api/positions")
    def positions(
        issue: Optional[str] = None,
        actor: Optional[str] = None,
        history: bool = False,
        order: str = Query("actor", pattern="^(actor|day)$"),
        limit: Optional[int] = Query(None, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0),
    ) -> Any:
        """Latest stance per actor and issue (the matrix), or with `history=true` every change.

        The history can be long on a big ledger: `limit`/`offset` page it, and `order=day` lists
        it by day over all actors (the default is by actor and issue, each in date order).
        """
        with ledger() as led:
            filters = dict(issue=issue or None, actor=actor or None, profile=loaded_profile)
            if history:
                items = queries.position_history(led, limit=limit, offset=offset, by_day=order == "day", **filters)
                total = queries.position_history_count(led, **filters) if limit or offset else len(items)
                _add_titles(led, items)
            else:
                # At most one cell per actor and issue: small enough to page in Python.
                every = queries.positions(led, **filters)
                total, items = len(every), every[offset:None if limit is None else offset + limit]
                srcs = queries.sources_by_record(led, "position", [item["position"] for item in items])
                for item in items:
                    item["evidence"] = srcs[item["position"]]
                _add_evidence(led, items)
        return {"total": total, "offset": offset, "limit": limit, "items": items}

    @app.get("/api/records/{kind}/{record_id}")
    def record(kind: str, record_id: str) -> Any:
        """One merged statement, event or position with its evidence: the link target of the page."""
        if kind not in RECORD_KINDS:
            raise HTTPException(status_code=404, detail=f"unknown kind {kind!r} (one of {', '.join(RECORD_KINDS)})")
        with ledger() as led:
            found = _record(led, kind, record_id)
            if found is None:
                raise HTTPException(status_code=404, detail=f"no {kind} {record_id!r}")
            found["evidence"] = _evidence(led, found["sources"])
        return found

    @app.get("/api/brief")
    def brief(since: RequiredDay) -> Any:
        """What is new since a day (`parley brief --since`): the Markdown brief and the records in it."""
        with ledger() as led:
            data = brief_data(led, since, profile=loaded_profile)
            data["markdown"] = brief_markdown(led, since, profile=loaded_profile, data=data)
        return data

    @app.get("/api/search")
    def search(q: str = Query(..., min_length=1, max_length=500), kind: str = Query("statement", pattern="^(statement|article)$"),
               limit: int = Query(50, ge=1, le=500)) -> Any:
        """Full-text search (SQLite FTS5) over statements (content, speaker) or articles (title, text)."""
        with ledger() as led:
            items = queries.search(led, q, kind, limit)
            if kind == "statement":
                for item in items:
                    item["evidence"] = _evidence(led, item["sources"])
        return {"q": q, "kind": kind, "total": len(items), "items": items}

    if DASHBOARD_DIR.is_dir():
        # Mounted last so /api/* routes win; html=True serves index.html at `/`.
        app.mount("/", StaticFiles(directory=DASHBOARD_DIR, html=True), name="dashboard")
    return app


# -- helpers -----------------------------------------------------------------------------------
def _without_kind(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "kind"}


def _issue_entry(entry: dict[str, Any]) -> dict[str, Any]:
    # A profile issue may have no display name; the page then shows its id in words.
    return {"id": entry["id"], "name": entry.get("name") or entry.get("label"), "description": entry.get("description")}


def _article_row(ledger: Ledger, article_id: str) -> Optional[dict[str, Any]]:
    # The ledger's queries have no single-article lookup with text; one indexed SELECT here.
    row = ledger.execute(
        "SELECT id, source, title, outlet, url, published, author, duplicate_of, similarity, text "
        "FROM articles WHERE id = ?", (article_id,),
    ).fetchone()
    return dict(row) if row else None


def _article_labels(ledger: Ledger, ids: Iterable[str]) -> dict[str, dict[str, Optional[str]]]:
    ids = sorted(set(ids))
    if not ids:
        return {}
    rows = ledger.query(f"SELECT id, title, source FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)
    return {r["id"]: {"title": r["title"], "source": r["source"]} for r in rows}


def _with_titles(ledger: Ledger, evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each entry with its article's title and source (the file or feed it was read from)."""
    labels = _article_labels(ledger, (e["article"] for e in evidence))
    empty = {"title": None, "source": None}
    return [{**e, **labels.get(e["article"], empty)} for e in evidence]


def _evidence(ledger: Ledger, sources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each source with the words at its span (`text`) and its article's title and source."""
    return _with_titles(ledger, queries.evidence_by_source(ledger, sources))


def _add_titles(ledger: Ledger, items: list[dict[str, Any]]) -> None:
    """`_with_titles` over every item's `evidence` at once: one title look-up for the whole page."""
    labels = _article_labels(ledger, (e["article"] for item in items for e in item["evidence"]))
    empty = {"title": None, "source": None}
    for item in items:
        item["evidence"] = [{**e, **labels.get(e["article"], empty)} for e in item["evidence"]]


def _add_evidence(ledger: Ledger, items: list[dict[str, Any]]) -> None:
    """Every item's `evidence` (its sources, for now) with the words at each span, then titles."""
    texts = iter(queries.evidence_by_source(ledger, [s for item in items for s in item["evidence"]]))
    for item in items:
        item["evidence"] = [next(texts) for _ in item["evidence"]]
    _add_titles(ledger, items)


def _record(ledger: Ledger, kind: str, record_id: str) -> Optional[dict[str, Any]]:
    if kind == "statement":
        return next(queries.iter_statements(ledger, "id = ?", (record_id,)), None)
    if kind == "event":
        return next(queries.iter_events(ledger, "id = ?", (record_id,)), None)
    # The ledger exports positions only as a whole stream; look one up by id here, same fields.
    row = ledger.execute("SELECT * FROM positions WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return None
    record = {"id": row["id"], "actor": row["actor"], "actor_name": row["actor_name"], "issue": row["issue"],
              "stance": row["stance"], "date": row["date"], "statement": row["statement"]}
    record.update(queries.source_flags(ledger, "position", record_id))
    record["sources"] = queries.sources(ledger, "position", record_id)
    return record
