"""The ledger: many articles merged across outlets into one sourced, dated, queryable store.

    from parley.ledger import Ledger, ingest_paths
    ingest_paths(["samples/"], db="parley.db")
    with Ledger("parley.db") as ledger:
        queries.timeline(ledger, actor="Peskov")
"""
from .ingest import IngestSummary, ingest_items, ingest_paths
from .merge import merge_extraction
from .store import DEFAULT_DB, Ledger, LedgerError

__all__ = ["DEFAULT_DB", "IngestSummary", "Ledger", "LedgerError", "ingest_items", "ingest_paths", "merge_extraction"]
