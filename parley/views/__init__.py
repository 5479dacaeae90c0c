"""Views over records: rich tables for the terminal (the CLI only parses arguments and calls these)."""
