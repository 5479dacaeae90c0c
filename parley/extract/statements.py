"""Attributed statements. Placeholder until the extractor lands (issue 2)."""
def extract_statements(doc, actors, timexes, profile):
    return []
