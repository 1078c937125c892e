"""A writer process for the crash test: makes edits the way the app does and prints ACK after
each one is committed, so the test knows exactly what was acknowledged before the kill."""

from __future__ import annotations

import sys

from meetingkit.store import Store


def main(path: str) -> None:
    store = Store.open(path)
    committee = store.committees.create("Crash test")
    meeting = store.meetings.create(committee, "Crash test", "2026-12-01")
    item = store.agenda.add(meeting, "Notes")
    print(f"READY {meeting} {item}", flush=True)
    n = 0
    while True:
        n += 1
        with store.transaction():  # a multi-row edit: both rows or neither
            action = store.actions.add(meeting, f"action {n}", "Jo", None, item)
            store.decisions.add(item, f"decision {n}")
        store.notes.save(item, f"notes after {n} edits")
        print(f"ACK {n} {action}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
