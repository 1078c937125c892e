"""A writer for the hot-journal crash test: opens the database the way MeetingKit does on a
network or synced folder (rollback journal, not WAL), starts one big change with a small page
cache so SQLite must write changed pages into the file before the change is committed, says
SPILLED, and waits to be killed (kill -9) in the middle of it.

    python tests/safety/journal_crash_writer.py DB
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a source checkout


def main(path: Path) -> None:
    from meetingkit.store import Store
    from meetingkit.store.connection import connect

    conn = connect(path, wal=False)  # what Store.open does in a risky location
    conn.execute("PRAGMA cache_size = 8")  # a few pages: the change cannot stay in memory
    store = Store(conn, path, created=False)
    meeting = conn.execute("SELECT min(id) FROM meetings").fetchone()[0]
    size_before = path.stat().st_size
    with store.transaction():
        for n in range(20000):
            store.actions.add(meeting, f"unsaved action {n} " + "x" * 400, "Jo", None, None)
            if n % 200 == 0 and path.stat().st_size > size_before:
                journal = Path(str(path) + "-journal")
                print(f"SPILLED {journal.stat().st_size}", flush=True)
                time.sleep(600)  # killed here, the change half written into the file
    print("NOT SPILLED", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
