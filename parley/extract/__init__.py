"""Extractors: plain functions from an annotated spaCy Doc (and the profile) to typed records."""
