"""PLOVER events. Not built yet (issue 5): returns no events."""
def extract_events(doc, actors, timexes, statements, profile):
    return []
