"""The read-only HTTP API over the ledger, and the dashboard it serves.

`parley.api.app.create_app(db_path)` builds the FastAPI app. This package imports nothing heavy
itself, so `parley.api.cli_commands` can be registered on the CLI without loading FastAPI.
"""
