"""The event gold sets (benchmarks/events_news*, docs/benchmarks/events.md): every anchor and
trigger is found in its article, the scorer gives a perfect prediction full marks, and a
regression guard on status and date (latest, 26 Nov 2026: events_news status 0.890, date 0.809;
events_news_r2 status 0.812, date 0.803; events_news_r3 status 0.841, date 0.756; events_news_r4
status 0.852, date 0.796; session 7: events_news_r8 status 0.885, date 0.828; events_news_r9
status 0.832, date 0.664)."""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
SETS = [BENCH / "events_news", BENCH / "events_news_r2", BENCH / "events_news_r3", BENCH / "events_news_r4"]
ALL_SETS = SETS + [BENCH / f"events_news_r{n}" for n in range(5, 11)]


@pytest.fixture(scope="module")
def scorer():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("events_news", BENCH / "events_news.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", ALL_SETS, ids=lambda p: p.name)
def test_every_gold_event_is_located_and_valid(scorer, folder):
    items = scorer.load_set(folder)
    assert len(items) >= 10
    for _slug, text, gold in items:
        assert scorer.gold_problems(text, gold, gold["file"]) == []
        for g in gold["events"]:
            start, end = scorer.gold_span(text, g)
            assert text[start:end] == g.get("trigger", g["anchor"])


def test_the_gold_check_finds_what_is_wrong(scorer):
    text = "Talks were held on Monday. Talks were held again."
    gold = {"published": "2026-03-12", "events": [
        {"anchor": "Talks were held", "trigger": "met", "types": ["MEET"], "status": "done", "date": "Monday"}]}
    problems = " | ".join(scorer.gold_problems(text, gold, "x-2026-03-12.txt"))
    for what in ("occurs 2 times", "trigger not inside", "not PLOVER", "status", "not a TIMEX3 date"):
        assert what in problems


def test_a_perfect_prediction_scores_full_marks(scorer):
    _slug, text, gold = scorer.load_set(SETS[0])[0]
    events = []
    for g in gold["events"]:
        start, end = scorer.gold_span(text, g)
        events.append({"type": g["types"][0], "status": g["status"], "date": g["date"], "span": [start, end],
                       "trigger": text[start:end], "actors": []})
    counts = scorer.score_article(text, {"events": events, "actors": []}, gold)
    figures = scorer.figures(counts)
    assert figures["precision"] == figures["recall"] == 1.0
    assert figures["type"] == figures["status"] == figures["date"] == 1.0
    json.dumps(figures)  # printable as it is


@pytest.mark.parametrize("folder, status, date", [(SETS[0], 0.86, 0.78), (SETS[1], 0.78, 0.77), (SETS[2], 0.80, 0.72),
                                                  (SETS[3], 0.82, 0.76), (ALL_SETS[7], 0.85, 0.79),
                                                  (ALL_SETS[8], 0.80, 0.63)],
                         ids=["events_news", "events_news_r2", "events_news_r3", "events_news_r4",
                              "events_news_r8", "events_news_r9"])
def test_status_and_date_do_not_fall_back(scorer, folder, status, date):
    _rows, total = scorer.evaluate(folder)
    figures = scorer.figures(total)
    assert figures["status"] >= status
    assert figures["date"] >= date
