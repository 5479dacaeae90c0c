"""Check the blind events gold set: anchors found, triggers inside anchors, labels valid.

Run: python benchmarks/events_news/validate.py   (prints counts; exit 1 on any problem)
"""
import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"}
STATUSES = {"occurred", "ongoing", "planned", "reported", "denied", "hypothetical"}
# TIMEX3 date values we use: year, month, day, ISO week, week-end, season/quarter-free.
TIMEX_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2}(-WE)?)?$")


def nth_find(text, needle, nth):
    pos = -1
    for _ in range(nth):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def main():
    problems = []
    by_status, by_type = collections.Counter(), collections.Counter()
    files = events = 0
    for gold_path in sorted(HERE.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt_path = HERE / gold["file"]
        text = txt_path.read_text(encoding="utf-8")
        files += 1
        if not txt_path.name.endswith(gold["published"] + ".txt"):
            problems.append(f"{gold_path.name}: published date not in file name")
        words = len(text.split())
        if not 200 <= words <= 450:
            problems.append(f"{txt_path.name}: {words} words")
        for i, ev in enumerate(gold["events"]):
            where = f"{gold_path.name} #{i} {ev['trigger']!r}"
            nth = ev.get("nth", 1)
            if nth_find(text, ev["anchor"], nth) < 0:
                problems.append(f"{where}: anchor not found (nth={nth})")
            if nth > 1 and nth_find(text, ev["anchor"], nth - 1) < 0:
                problems.append(f"{where}: bad nth")
            if nth == 1 and text.count(ev["anchor"]) > 1:
                problems.append(f"{where}: anchor occurs more than once, needs nth")
            if ev["trigger"] not in ev["anchor"]:
                problems.append(f"{where}: trigger not in anchor")
            if not ev["types"] or set(ev["types"]) - PLOVER_TYPES:
                problems.append(f"{where}: bad types {ev['types']}")
            if ev["status"] not in STATUSES:
                problems.append(f"{where}: bad status {ev['status']}")
            if ev["date"] is not None and not TIMEX_DATE.match(ev["date"]):
                problems.append(f"{where}: bad date {ev['date']}")
            if not isinstance(ev.get("actors"), list) or not isinstance(ev.get("optional"), bool):
                problems.append(f"{where}: actors/optional missing")
            events += 1
            if not ev["optional"]:
                by_status[ev["status"]] += 1
                by_type[ev["types"][0]] += 1
    optional = events - sum(by_status.values())
    print(f"files {files}  events {events}  (required {events - optional}, optional {optional})")
    print("required by status:", dict(by_status.most_common()))
    print("required by first type:", dict(by_type.most_common()))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
