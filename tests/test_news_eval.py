"""Regression guard on our Russia–Ukraine wire-style dev set (benchmarks/news/, see
docs/benchmarks/news.md): the pooled figures must not fall more than a small margin below the
latest measured ones (19 articles, 25 Nov 2026: statement F1 0.971, speaker 0.989, date 1.000,
via 0.991). Skipped when the set is absent."""
import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def pooled():
    if not any((BENCH / "news").glob("*.gold.json")):
        pytest.skip("benchmarks/news/ dev set not present")
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("news_eval", BENCH / "news_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _rows, total = module.evaluate()
    return total


def test_statements_found(pooled):
    assert pooled["statement_f1"] >= 0.93


def test_speaker_date_and_carrier(pooled):
    assert pooled["speaker_accuracy"] >= 0.96
    assert pooled["date_accuracy"] >= 0.95
    assert pooled["via_accuracy"] >= 0.96
