import sqlite3

import pytest

from parley.ledger import Ledger, LedgerError
from parley.ledger.store import SCHEMA_VERSION


def test_new_ledger_is_at_the_latest_schema_in_wal_mode(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        assert ledger.schema_version() == SCHEMA_VERSION
        assert ledger.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in ledger.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "statements", "statement_sources", "events", "positions", "statements_fts",
            "articles_fts"} <= tables


def test_reopening_does_not_migrate_again(tmp_path):
    Ledger(tmp_path / "l.db").close()
    with Ledger(tmp_path / "l.db") as ledger:
        assert [r[0] for r in ledger.query("SELECT version FROM schema_version")] == list(range(1, SCHEMA_VERSION + 1))


def test_a_ledger_from_a_newer_parley_is_refused(tmp_path):
    path = tmp_path / "l.db"
    Ledger(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version(version) VALUES (?)", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(LedgerError, match="newer"):
        Ledger(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(LedgerError, match="not a usable ledger"):
        Ledger(path)


def test_reading_a_missing_ledger_does_not_create_it(tmp_path):
    with pytest.raises(LedgerError, match="no ledger"):
        Ledger(tmp_path / "absent.db", must_exist=True)
    assert not (tmp_path / "absent.db").exists()


def test_a_failed_transaction_leaves_nothing_behind(ledger):
    with pytest.raises(RuntimeError):
        with ledger.transaction():
            ledger.execute("INSERT INTO actors(id, name, kind) VALUES ('x', 'X', 'person')")
            raise RuntimeError("boom")
    assert ledger.counts()["actors"] == 0


def test_a_version_1_ledger_is_migrated_and_its_rows_still_merge(tmp_path, extractions):
    from parley.ledger import merge_extraction
    from parley.ledger.store import MIGRATIONS, _split_sql

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for statement in _split_sql(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version(version) VALUES (1)")
    conn.commit()
    conn.close()
    with Ledger(path) as ledger:  # written by the first schema: no `norm` column yet
        assert ledger.schema_version() == SCHEMA_VERSION
        merge_extraction(ledger, extractions["wire-original"])
        ledger.execute("UPDATE statements SET norm = NULL")  # as rows from before the migration
        merge_extraction(ledger, extractions["own-report"])
        (row,) = ledger.query("SELECT id FROM statements WHERE content LIKE 'We are prepared%'")
        n = ledger.execute("SELECT COUNT(*) FROM statement_sources WHERE statement = ?", (row["id"],)).fetchone()[0]
    assert n == 2


@pytest.mark.parametrize("table", ["statements", "events"])
def test_the_timeline_order_reads_an_index_not_a_sort(tmp_path, table):
    # the order used by queries.timeline; a sort of every record made big ledgers slow to page
    with Ledger(tmp_path / "l.db") as ledger:
        plan = " ".join(r[3] for r in ledger.query(
            f"EXPLAIN QUERY PLAN SELECT * FROM {table} ORDER BY day IS NULL, day, seq LIMIT 5"))
    assert f"USING INDEX {table}_timeline" in plan and "TEMP B-TREE" not in plan
