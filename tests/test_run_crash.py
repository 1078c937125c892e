"""A crash mid-meeting loses nothing already spoken: a round runs in another process on a
database file, is killed (SIGKILL on Linux and macOS) in the middle of a turn, and every turn it
reported as saved is in the database when it is opened again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("run_crash_driver.py")


@pytest.mark.slow
def test_killed_mid_round_keeps_every_finished_turn(tmp_path):
    from meetingkit.demo import load_example
    from meetingkit.store import Store

    db = tmp_path / "meeting.db"
    store = Store.open(db)
    load_example(store)
    committee = store.committees.all()[0]
    meeting = max(store.meetings.for_committee(committee.id), key=lambda m: m.date).id
    store.close()

    driver = subprocess.Popen(
        [sys.executable, str(DRIVER), str(db), str(meeting), "4"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    acknowledged: dict[int, float] = {}
    try:
        while True:
            line = driver.stdout.readline()
            assert line, f"the driver stopped early: {driver.stderr.read()}"
            if line.strip() == "mid-turn":
                break
            _word, row_id, seconds = line.split()
            acknowledged[int(row_id)] = float(seconds)
    finally:
        driver.kill()  # no clean shutdown: nothing is flushed or closed
        driver.wait()
        driver.stdout.close()
        driver.stderr.close()
        driver.stdin.close()
    assert len(acknowledged) == 4

    store = Store.open(db)
    try:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = {r["id"]: r["duration_s"] for r in store.turns.for_meeting(meeting)}
    finally:
        store.close()
    assert rows == acknowledged  # every saved turn, and not the one cut off mid-turn
