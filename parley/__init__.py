"""Parley: a sourced, dated, queryable ledger of a negotiation, built from news articles."""
__version__ = "0.1.0"
