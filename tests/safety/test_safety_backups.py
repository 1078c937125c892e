"""Backups: complete copies, kept in rotation, restorable, and never half-written."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingkit.backup import (
    KEEP_LATEST,
    BackupFile,
    backup_to,
    backups_to_remove,
    describe_backup,
    list_backups,
)
from meetingkit.errors import MeetingKitError
from meetingkit.store import Store

NOW = datetime(2026, 11, 24, 12, 0)


def _fake(ages_hours: list[float]) -> list[BackupFile]:
    return [BackupFile(Path(f"/b/{i}.db"), NOW - timedelta(hours=h), "start")
            for i, h in enumerate(ages_hours)]


def test_rotation_keeps_the_last_ten_and_one_a_week_for_eight_weeks():
    hourly = _fake([h for h in range(0, 24 * 7 * 12, 12)])  # two a day for twelve weeks
    removed = {b.path for b in backups_to_remove(hourly, NOW)}
    kept = [b for b in hourly if b.path not in removed]
    newest = sorted(hourly, key=lambda b: b.made_at, reverse=True)
    assert set(b.path for b in newest[:KEEP_LATEST]) <= {b.path for b in kept}
    weeks = {(NOW - b.made_at) // timedelta(weeks=1) for b in kept}
    assert weeks == set(range(8))
    assert all((NOW - b.made_at) < timedelta(weeks=8) for b in kept)
    assert len(kept) <= KEEP_LATEST + 8


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(0, 24 * 7 * 20, allow_nan=False), max_size=60))
def test_rotation_never_removes_the_newest_ten(ages):
    backups = _fake(ages)
    removed = {b.path for b in backups_to_remove(backups, NOW)}
    newest = sorted(backups, key=lambda b: b.made_at, reverse=True)[:KEEP_LATEST]
    assert not removed & {b.path for b in newest}


def test_backup_includes_what_is_still_in_the_wal(tmp_path, demo_store):
    demo_store.committees.create("Written just now")  # sits in the WAL file, not yet checkpointed
    target = backup_to(demo_store.conn, tmp_path / "copy.db")
    copy = sqlite3.connect(target)
    names = [r[0] for r in copy.execute("SELECT name FROM committees")]
    assert "Written just now" in names
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert describe_backup(target)["committees"] == 2


def test_a_backup_never_overwrites_a_file(tmp_path, demo_store):
    target = tmp_path / "copy.db"
    target.write_text("my letter")
    with pytest.raises(MeetingKitError, match="already exists"):
        backup_to(demo_store.conn, target)
    assert target.read_text() == "my letter"


def test_store_backups_rotate_beside_the_database(tmp_path, demo_store):
    for _ in range(12):
        demo_store.backup_now("start")
    assert len(list_backups(tmp_path / "backups")) == KEEP_LATEST


def test_backup_command(tmp_path):
    db = tmp_path / "data.db"
    subprocess.run([sys.executable, "-m", "meetingkit", "demo", "--db", str(db)], check=True,
                   capture_output=True, timeout=60)
    out = tmp_path / "saved.db"
    done = subprocess.run([sys.executable, "-m", "meetingkit", "--db", str(db), "backup", "-o",
                           str(out)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert describe_backup(out)["meetings"] == 2
    again = subprocess.run([sys.executable, "-m", "meetingkit", "--db", str(db), "backup", "-o",
                            str(out)], capture_output=True, text=True, timeout=60)
    assert again.returncode == 2 and "already exists" in again.stderr
    assert "Traceback" not in again.stderr


def test_migrating_backs_up_first_into_the_rotation(tmp_path):
    from meetingkit.store.migrations import migrate

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    migrate(conn, target=1)
    conn.close()
    Store.open(path).close()
    (backup,) = list_backups(tmp_path / "backups")
    assert backup.reason.startswith("before-v")
