"""On network and synced folders the database uses a rollback journal, where a reader holds off
every writer for as long as it reads. The start-up backup of a big file used to keep the app's
autosave waiting (and the app frozen) for seconds; a kill then lost all that typing. Now such a
backup copies a few pages at a time and lets saves in between: a save made while it runs gets
through, and the backup still finishes, whole."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from meetingkit.backup import backup_to
from meetingkit.store import Store
from meetingkit.store.connection import connect

pytestmark = pytest.mark.slow


def _big_database_with_a_rollback_journal(path):
    store = Store.open(path)
    committee = store.committees.create("Big committee")
    meeting = store.meetings.create(committee, "Big meeting", "2026-12-01")
    item = store.agenda.add(meeting, "Everything")
    words = "The ward team reviewed the falls audit and agreed changes to handover. " * 14000
    with store.transaction():
        for n in range(60):
            store.papers.add(item, f"Paper {n}", words)
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # as MeetingKit opens it on a synced folder
    conn.close()
    return item


def test_saves_get_through_while_the_start_up_backup_runs(tmp_path):
    path = tmp_path / "OneDrive" / "meetingkit.db"
    path.parent.mkdir()
    item = _big_database_with_a_rollback_journal(path)
    target = tmp_path / "backup.db"
    partial = tmp_path / "backup.db.partial"
    copier = connect(path, wal=False)  # the start-up backup's own connection
    problems: list[BaseException] = []

    def back_up() -> None:
        try:
            backup_to(copier, target, make_way=True)
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            problems.append(error)

    app = sqlite3.connect(path, timeout=0.02, isolation_level=None)  # the app's autosave
    backup = threading.Thread(target=back_up)
    backup.start()
    saved_during_backup = 0
    attempt = 0
    while backup.is_alive() and saved_during_backup < 3:
        attempt += 1
        try:
            app.execute("INSERT INTO item_notes (item_id, body, updated_at) VALUES (?, ?, '') "
                        "ON CONFLICT (item_id) DO UPDATE SET body = excluded.body",
                        [item, f"typed {attempt}"])
        except sqlite3.OperationalError as error:
            assert "locked" in str(error)
            continue
        if backup.is_alive() and partial.exists() and partial.stat().st_size > 0:
            saved_during_backup += 1
    backup.join()
    app.close()
    copier.close()
    assert problems == []
    assert saved_during_backup >= 1  # none get through while VACUUM INTO reads
    check = sqlite3.connect(target)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("SELECT count(*) FROM papers").fetchone()[0] == 60
    check.close()
