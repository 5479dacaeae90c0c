"""End to end on the seed article (skipped when ../shared/seed/ is absent).

The gold is our hand annotation in benchmarks/seed_gold.json; the thresholds are the ones the
core issues set for the seed.
"""
import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def load_scorer():
    spec = importlib.util.spec_from_file_location("seed_eval", BENCH / "seed_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures(seed_text):
    from parley.pipeline import extract_text

    gold = json.loads((BENCH / "seed_gold.json").read_text(encoding="utf-8"))
    result = extract_text(seed_text, published=gold["published"]).to_dict()
    return load_scorer().score(seed_text, result, gold)


def test_statements(figures):
    assert figures["statement_f1"] >= 0.97
    assert figures["speaker_accuracy"] >= 0.95
    assert figures["date_accuracy"] >= 0.95
    assert figures["via_accuracy"] == 1.0


def test_timexes(figures):
    assert figures["timex_value_accuracy"] >= 0.90


def test_events_and_positions(figures):
    assert figures["event_recall_with_date"] >= 0.70
    assert figures["position_recall"] >= 0.75


def test_every_span_points_into_the_text(seed_text):
    from parley.pipeline import extract_text

    result = extract_text(seed_text, published="2026-01-29").to_dict()
    for st in result["statements"]:
        assert st["content"] == " ".join(seed_text[s:e] for s, e in st["content_spans"]) or all(
            seed_text[s:e] in st["content"] for s, e in st["content_spans"])
        if st["cue_span"]:
            assert seed_text[st["cue_span"][0]:st["cue_span"][1]] == st["cue"]
    for t in result["timexes"]:
        assert seed_text[t["span"][0]:t["span"][1]] == t["text"]
    for actor in result["actors"]:
        assert actor["mentions"], actor
