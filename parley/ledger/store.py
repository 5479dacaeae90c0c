"""The ledger's SQLite store: schema, migrations, and the one owner of the database connection.

Every other ledger module goes through a `Ledger`; nothing else opens the file. The store is
WAL-mode SQLite with FTS5 indexes over statements and articles. Merged records (statements,
events, positions) live in one table each; the articles that report them in a `*_sources` table.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional, Union
from urllib.parse import urlsplit

DEFAULT_DB = "parley.db"

# Each migration moves the schema from version N-1 to N. Append, never edit a released one.
MIGRATIONS: list[str] = [
    # 1: the first ledger schema.
    """
    CREATE TABLE articles (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        id           TEXT NOT NULL UNIQUE,          -- content hash of the text
        source       TEXT,
        title        TEXT,
        outlet       TEXT,
        url          TEXT,
        published    TEXT,
        author       TEXT,
        text         TEXT NOT NULL,
        duplicate_of TEXT,                          -- the article this one copies, or NULL
        similarity   REAL,                          -- estimated similarity to duplicate_of
        shingles     INTEGER NOT NULL DEFAULT 0,    -- size of its shingle set
        minhash      BLOB,                          -- MinHash signature (uint64 array)
        ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX articles_url ON articles(url);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

    -- LSH buckets of the MinHash signatures: near-duplicate candidates by an indexed lookup.
    CREATE TABLE article_bands (
        band    INTEGER NOT NULL,
        key     INTEGER NOT NULL,
        article TEXT NOT NULL,
        PRIMARY KEY (band, key, article)
    ) WITHOUT ROWID;

    CREATE TABLE actors (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        kind        TEXT NOT NULL,
        role        TEXT,
        affiliation TEXT
    );
    CREATE INDEX actors_name ON actors(name COLLATE NOCASE);

    CREATE TABLE actor_mentions (
        actor    TEXT NOT NULL,
        article  TEXT NOT NULL,
        local_id TEXT NOT NULL,
        mentions TEXT NOT NULL,                     -- JSON [[s, e], ...]
        PRIMARY KEY (actor, article, local_id)
    ) WITHOUT ROWID;
    CREATE INDEX actor_mentions_article ON actor_mentions(article);

    CREATE TABLE statements (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        id           TEXT NOT NULL UNIQUE,
        speaker      TEXT,
        speaker_name TEXT,
        speaker_key  TEXT NOT NULL,                 -- what merging compares (see merge.py)
        content      TEXT NOT NULL,
        kind         TEXT,
        cue          TEXT,
        via          TEXT,
        via_name     TEXT,
        date         TEXT,
        date_text    TEXT,
        day          TEXT,                          -- date, or first day of a coarser date, else first published
        anonymous    INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX statements_speaker_day ON statements(speaker_key, day);
    CREATE INDEX statements_speaker ON statements(speaker);
    CREATE INDEX statements_day ON statements(day);

    CREATE TABLE statement_sources (
        statement     TEXT NOT NULL,
        article       TEXT NOT NULL,
        local_id      TEXT NOT NULL,
        article_group TEXT NOT NULL,                -- the article's duplicate_of, or itself
        outlet        TEXT,
        url           TEXT,
        published     TEXT,
        span          TEXT NOT NULL,                -- JSON [s, e] covering the attribution
        source_span   TEXT,
        cue_span      TEXT,
        content_spans TEXT,
        content       TEXT,
        via           TEXT,
        via_name      TEXT,
        PRIMARY KEY (statement, article, local_id)
    ) WITHOUT ROWID;
    CREATE INDEX statement_sources_article ON statement_sources(article);

    CREATE TABLE events (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        id         TEXT NOT NULL UNIQUE,
        type       TEXT NOT NULL,
        mode       TEXT,
        actors     TEXT NOT NULL,                   -- JSON list of actor ids
        recipients TEXT NOT NULL,
        date       TEXT,
        date_text  TEXT,
        day        TEXT,
        location   TEXT,
        status     TEXT,
        status_published TEXT,                      -- publication date the status comes from
        trigger    TEXT
    );
    CREATE INDEX events_type_day ON events(type, day);
    CREATE INDEX events_day ON events(day);

    CREATE TABLE event_sources (
        event         TEXT NOT NULL,
        article       TEXT NOT NULL,
        local_id      TEXT NOT NULL,
        article_group TEXT NOT NULL,
        outlet        TEXT,
        url           TEXT,
        published     TEXT,
        span          TEXT NOT NULL,
        status        TEXT,
        date          TEXT,
        PRIMARY KEY (event, article, local_id)
    ) WITHOUT ROWID;
    CREATE INDEX event_sources_article ON event_sources(article);

    CREATE TABLE event_actors (
        event TEXT NOT NULL,
        actor TEXT NOT NULL,
        role  TEXT NOT NULL,                        -- actor | recipient
        PRIMARY KEY (event, actor, role)
    ) WITHOUT ROWID;
    CREATE INDEX event_actors_actor ON event_actors(actor);

    CREATE TABLE positions (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        id         TEXT NOT NULL UNIQUE,
        actor      TEXT NOT NULL,
        actor_name TEXT,
        issue      TEXT NOT NULL,
        stance     TEXT NOT NULL,
        date       TEXT,
        day        TEXT,
        statement  TEXT                             -- ledger statement id, if any
    );
    CREATE INDEX positions_actor_issue_day ON positions(actor, issue, day);
    CREATE INDEX positions_issue ON positions(issue);

    CREATE TABLE position_sources (
        position      TEXT NOT NULL,
        article       TEXT NOT NULL,
        local_id      TEXT NOT NULL,
        article_group TEXT NOT NULL,
        outlet        TEXT,
        url           TEXT,
        published     TEXT,
        span          TEXT NOT NULL,
        PRIMARY KEY (position, article, local_id)
    ) WITHOUT ROWID;
    CREATE INDEX position_sources_article ON position_sources(article);

    CREATE VIRTUAL TABLE statements_fts USING fts5(id UNINDEXED, speaker_name, content);
    CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, text);
    """,
    # 2: statements keep their normalised words, so merging compares without re-tokenising.
    # Rows from version 1 keep NULL; merge.py tokenises those on the fly.
    """
    ALTER TABLE statements ADD COLUMN norm TEXT;
    CREATE INDEX event_sources_group ON event_sources(article_group);
    """,
    # 3: find the same words under another attribution (merge.py, _same_words_other_speaker).
    """
    CREATE INDEX statements_norm ON statements(norm);
    """,
    # 4: the timeline's order (undated last, then day, then ingest order) read from an index, so
    # its first page costs a page, not a sort of every record.
    """
    CREATE INDEX statements_timeline ON statements(day IS NULL, day, seq);
    CREATE INDEX events_timeline ON events(day IS NULL, day, seq);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


class LedgerError(RuntimeError):
    """A ledger file that cannot be used (newer schema, not a database, ...)."""


class Ledger:
    """An open ledger. Use as a context manager, or call `close()`."""

    def __init__(self, path: Union[str, Path] = DEFAULT_DB, must_exist: bool = False):
        self.path = str(path)
        if must_exist and self.path != ":memory:" and not Path(self.path).exists():
            raise LedgerError(f"{self.path}: no ledger here (run `parley ingest` first)")
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per article.
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA busy_timeout=10000")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise LedgerError(f"{self.path}: not a usable ledger ({exc})") from None

    # -- schema ---------------------------------------------------------------------------
    def schema_version(self) -> int:
        self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return row[0] or 0

    def migrate(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise LedgerError(
                f"{self.path}: ledger schema {current} is newer than this parley ({SCHEMA_VERSION})"
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                for statement in _split_sql(MIGRATIONS[version - 1]):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO schema_version(version) VALUES (?)", (version,))

    # -- transactions ---------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- small helpers used across the ledger -----------------------------------------------
    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params=()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def has_article(self, article_id: str, url: Optional[str] = None) -> bool:
        """Same content hash, or same article URL: the article is already in the ledger."""
        if self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
            return True
        if is_article_url(url) and self.conn.execute("SELECT 1 FROM articles WHERE url = ?", (url,)).fetchone():
            return True
        return False

    def counts(self) -> dict[str, int]:
        tables = ("articles", "actors", "statements", "events", "positions")
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def is_article_url(url: Optional[str]) -> bool:
    """A URL that names one article. A bare site address ("https://example.org/") is metadata
    some feeds and exports put on every item; treating it as identity would drop real articles."""
    if not url:
        return False
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc) and parts.path.strip("/") != ""


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, so each runs inside our own transaction.

    (`executescript` would COMMIT first.) `sqlite3.complete_statement` tells where one ends.
    """
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
