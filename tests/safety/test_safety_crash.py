"""Killing MeetingKit mid-write (SIGKILL) leaves a database that opens, passes
integrity_check, and holds every edit acknowledged before the kill."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from meetingkit.store import Store

WRITER = Path(__file__).with_name("crash_writer.py")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_fifty_kills_lose_nothing_acknowledged(tmp_path):
    chance = random.Random(20261124)
    path = tmp_path / "crash.db"
    acknowledged: set[int] = set()
    for _round in range(50):
        writer = subprocess.Popen([sys.executable, str(WRITER), str(path)],
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout.readline().startswith("READY")
        for _ in range(chance.randint(1, 40)):
            line = writer.stdout.readline()
            if line.startswith("ACK"):
                acknowledged.add(int(line.split()[2]))
        time.sleep(chance.random() * 0.02)  # and kill at a random moment between writes
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        for line in writer.stdout:  # anything acknowledged before the kill landed
            if line.startswith("ACK"):
                acknowledged.add(int(line.split()[2]))
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        present = {row[0] for row in conn.execute("SELECT id FROM actions")}
        conn.close()
        assert acknowledged <= present
    store = Store.open(path)  # and it still opens as a MeetingKit database
    decisions = store.conn.execute("SELECT count(*) FROM decisions").fetchone()[0]
    actions = store.conn.execute("SELECT count(*) FROM actions").fetchone()[0]
    assert decisions == actions  # multi-row edits landed whole or not at all
    store.close()
