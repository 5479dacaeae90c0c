"""Check the round-4 event gold: anchors found (with nth), triggers inside anchors,
PLOVER types, statuses and TIMEX3-style dates. Prints figures; exits 1 on a problem."""
import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"occurred", "ongoing", "planned", "reported", "denied", "hypothetical"}
DATE = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|W\d{2}(-WE)?|Q[1-4]|SU|SP|FA|WI))?$")


def find_nth(text, anchor, nth):
    at = -1
    for _ in range(nth):
        at = text.find(anchor, at + 1)
        if at < 0:
            return -1
    return at


def main():
    problems, n_files = [], 0
    by_status, by_type = collections.Counter(), collections.Counter()
    for gold_path in sorted(HERE.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (HERE / gold["file"]).read_text(encoding="utf-8")
        n_files += 1
        words = len(text.split())
        if not 150 <= words <= 450:
            problems.append(f"{gold['file']}: {words} words")
        for ev in gold["events"]:
            where = f"{gold['file']}: {ev['anchor'][:40]!r}"
            if find_nth(text, ev["anchor"], ev.get("nth", 1)) < 0:
                problems.append(f"{where}: anchor not found")
            if ev["trigger"] not in ev["anchor"]:
                problems.append(f"{where}: trigger not in anchor")
            if not ev["types"] or set(ev["types"]) - TYPES:
                problems.append(f"{where}: bad types {ev['types']}")
            if ev["status"] not in STATUSES:
                problems.append(f"{where}: bad status {ev['status']}")
            if ev["date"] is not None and not DATE.match(ev["date"]):
                problems.append(f"{where}: bad date {ev['date']}")
            if ev.get("optional"):
                by_status["(optional)"] += 1
                continue
            by_status[ev["status"]] += 1
            by_type[ev["types"][0]] += 1
    print(f"files: {n_files}")
    print("required events by status:", dict(by_status.most_common()))
    print("required events by first type:", dict(by_type.most_common()))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
