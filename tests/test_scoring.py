"""The benchmarks' shared matcher (benchmarks/scoring.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from scoring import greedy_match  # noqa: E402


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def test_best_overlap_first_without_flags():
    # one prediction covering both gold spans goes to the one it overlaps more
    assert greedy_match([(0, 10), (12, 40)], [(0, 40)], overlap) == {1: 0}


def test_required_gold_is_paired_before_an_optional_one():
    # the optional span overlaps more, yet the required one takes the prediction
    assert greedy_match([(0, 10), (12, 40)], [(0, 40)], overlap, [True, False]) == {0: 0}


def test_optional_gold_still_takes_a_prediction_left_over():
    assert greedy_match([(0, 10), (12, 40)], [(0, 11), (15, 40)], overlap, [True, False]) == {0: 0, 1: 1}
