"""Check the round-3 event gold: anchors found (with nth), triggers inside anchors, PLOVER types,
statuses and TIMEX3-style dates. Prints per-file counts and totals by status and type."""
import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"occurred", "ongoing", "planned", "reported", "denied", "hypothetical"}
TIMEX = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|W\d{2}(-WE)?|Q[1-4]|SU|SP|FA|WI))?$")


def check(gold_path):
    errors = []
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (HERE / gold["file"]).read_text(encoding="utf-8")
    if not gold["file"].endswith(gold["published"] + ".txt"):
        errors.append("published date does not match file name")
    for event in gold["events"]:
        anchor, nth = event["anchor"], event.get("nth", 1)
        start = -1
        for _ in range(nth):
            start = text.find(anchor, start + 1)
        if start < 0:
            errors.append(f"anchor not found: {anchor!r}")
        if start >= 0 and text.find(anchor, start + 1) >= 0 and "nth" not in event:
            errors.append(f"anchor occurs twice without nth: {anchor!r}")
        if event["trigger"] not in anchor:
            errors.append(f"trigger {event['trigger']!r} not in anchor {anchor!r}")
        if not event["types"] or set(event["types"]) - TYPES:
            errors.append(f"bad types {event['types']}")
        if event["status"] not in STATUSES:
            errors.append(f"bad status {event['status']}")
        if event["date"] is not None and not TIMEX.match(event["date"]):
            errors.append(f"bad date {event['date']}")
    return gold, errors


def main():
    by_status, by_type, total, failed = collections.Counter(), collections.Counter(), 0, False
    for gold_path in sorted(HERE.glob("*.gold.json")):
        gold, errors = check(gold_path)
        required = [e for e in gold["events"] if not e.get("optional")]
        print(f"{gold_path.name}: {len(gold['events'])} events ({len(required)} required)")
        for error in errors:
            failed = True
            print("  ERROR", error)
        for event in required:
            total += 1
            by_status[event["status"]] += 1
            by_type[event["types"][0]] += 1
    print(f"required events: {total}")
    print("by status:", dict(by_status.most_common()))
    print("by first type:", dict(by_type.most_common()))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
