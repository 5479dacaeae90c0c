"""Document-level resolution: speaker coreference, date attachment and inheritance."""
