"""Crash-test driver: runs a Time to think round on a database file the way the "Run the
meeting" tab does (its RunSession, Qt offscreen), printing each turn's row id once it is saved,
then waits mid-turn to be killed. Used by tests/test_run_crash.py; not part of the app.

    python tests/run_crash_driver.py DB MEETING_ID TURNS
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a source checkout


def main(db: str, meeting_id: int, turns: int) -> None:
    from PySide6.QtCore import QCoreApplication

    from meetingkit.store import Store
    from ui.context import AppContext
    from ui.run.session import RunSession

    app = QCoreApplication([])  # noqa: F841 (the session's refresh timer needs one)
    store = Store.open(db)
    now = [5000.0]
    session = RunSession(AppContext(store=store), clock=lambda: now[0])
    session.set_meeting(meeting_id)
    session.start("round", session.present, seconds=120.0, item_id=None)
    told = 0
    for step in range(turns):
        now[0] += 10.0 * (step + 1)  # turns of 10 s, 20 s, 30 s...
        session.act("next_turn")
        for row_id in session.saved_ids[told:]:
            print(f"saved {row_id} {10.0 * (step + 1)}", flush=True)
        told = len(session.saved_ids)
    now[0] += 7.0
    session.refresh()
    print("mid-turn", flush=True)
    sys.stdin.readline()  # wait here, a turn in progress, until the test kills us


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
