"""Positions on issues. Not built yet (issue 5): returns no positions."""
def extract_positions(doc, actors, statements, timexes, profile):
    return []
