"""Time expressions. Placeholder until the extractor lands (issue 4)."""
def extract_timexes(doc, published):
    return []
