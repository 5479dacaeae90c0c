"""Check the round-2 blind event gold: anchors found, triggers inside anchors, valid types/status/dates.

Run: python benchmarks/events_news_r2/validate.py   (prints counts; exit 1 on any problem)
"""
import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "REJECT",
         "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"occurred", "ongoing", "planned", "reported", "denied", "hypothetical"}
# TIMEX3-style calendar values: year, month, day, ISO week (+weekend), quarter/season, decade.
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2}(-WE)?|-Q[1-4]|-(SP|SU|FA|WI))?$|^\d{3}X?$")


def find_nth(text, anchor, nth):
    start = -1
    for _ in range(nth):
        start = text.find(anchor, start + 1)
        if start < 0:
            return -1
    return start


def main():
    problems, by_status, by_type, files, n_events = [], collections.Counter(), collections.Counter(), 0, 0
    for gold_path in sorted(HERE.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (HERE / gold["file"]).read_text(encoding="utf-8")
        files += 1
        words = len(text.split())
        if not 200 <= words <= 460:
            problems.append(f"{gold_path.name}: {words} words")
        if gold["published"] not in gold["file"]:
            problems.append(f"{gold_path.name}: published date not in file name")
        for i, ev in enumerate(gold["events"]):
            where = f"{gold_path.name} event {i} ({ev['trigger']!r})"
            nth = ev.get("nth", 1)
            if find_nth(text, ev["anchor"], nth) < 0:
                problems.append(f"{where}: anchor not found (nth={nth})")
            if nth == 1 and text.count(ev["anchor"]) > 1:
                problems.append(f"{where}: anchor occurs {text.count(ev['anchor'])} times, needs nth")
            if ev["trigger"] not in ev["anchor"]:
                problems.append(f"{where}: trigger not inside anchor")
            if not ev["types"] or set(ev["types"]) - TYPES:
                problems.append(f"{where}: bad types {ev['types']}")
            if ev["status"] not in STATUSES:
                problems.append(f"{where}: bad status {ev['status']}")
            if ev["date"] is not None and not DATE_RE.match(ev["date"]):
                problems.append(f"{where}: bad date {ev['date']}")
            if not isinstance(ev["actors"], list) or not isinstance(ev["optional"], bool):
                problems.append(f"{where}: actors must be a list, optional a bool")
            n_events += 1
            key = "optional" if ev["optional"] else "required"
            by_status[(ev["status"], key)] += 1
            by_type[(ev["types"][0], key)] += 1
    print(f"files: {files}  events: {n_events}")
    print("by status (required / optional):")
    for status in sorted(STATUSES):
        print(f"  {status:13s} {by_status[(status, 'required')]:4d} {by_status[(status, 'optional')]:4d}")
    print("by first type (required / optional):")
    for t in sorted({t for t, _ in by_type}):
        print(f"  {t:10s} {by_type[(t, 'required')]:4d} {by_type[(t, 'optional')]:4d}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
