"""A crash in rollback-journal mode (the mode used on network drives and synced folders) leaves
a hot journal: the file is half-changed until SQLite plays the journal back. MeetingKit must let
SQLite do that before it checks the file, so a healthy database is never called damaged, and
everything saved before the crash is kept. The crash is real: a writer process is killed with
SIGKILL in the middle of a change too big to stay in memory."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from meetingkit.store import Store

WRITER = Path(__file__).with_name("journal_crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _saved_database(tmp_path: Path) -> tuple[Path, int]:
    from meetingkit.demo import load_example

    path = tmp_path / "meetingkit.db"
    store = Store.open(path)
    load_example(store)
    actions = store.conn.execute("SELECT count(*) FROM actions").fetchone()[0]
    store.close()
    return path, actions


def _kill_mid_change(path: Path) -> None:
    writer = subprocess.Popen([sys.executable, str(WRITER), str(path)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        line = writer.stdout.readline()
        assert line.startswith("SPILLED"), line + writer.stderr.read()
    finally:
        writer.kill()  # SIGKILL: no rollback, no close
        writer.wait()
        writer.stdout.close()
        writer.stderr.close()
    assert Path(str(path) + "-journal").stat().st_size > 0  # the crash left a hot journal


def _check(path: Path, actions: int) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM actions").fetchone()[0] == actions
        assert conn.execute("SELECT count(*) FROM actions WHERE text LIKE 'unsaved%'"
                            ).fetchone()[0] == 0
    finally:
        conn.close()


def _backup_command(db: Path, copy: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "meetingkit", "--db", str(db), "backup", "-o",
                           str(copy)], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_backup_after_a_crash_in_journal_mode_keeps_everything_saved(tmp_path):
    path, actions = _saved_database(tmp_path)
    _kill_mid_change(path)
    done = _backup_command(path, tmp_path / "copy.db")
    assert done.returncode == 0, done.stderr
    assert "damaged" not in done.stdout + done.stderr
    _check(tmp_path / "copy.db", actions)
    _check(path, actions)


def test_the_app_opens_after_a_crash_in_journal_mode(tmp_path, qapp, monkeypatch):
    import ui.app
    import ui.safety.recovery_dialog

    shown: list[str] = []
    monkeypatch.setattr(ui.app, "tell", lambda _parent, title, text: shown.append(title + text))
    monkeypatch.setattr(ui.safety.recovery_dialog, "RecoveryDialog",
                        lambda *args: pytest.fail(f"offered to restore a backup: {args[2]}"))
    path, actions = _saved_database(tmp_path)
    _kill_mid_change(path)
    store = ui.app.open_or_recover(path)
    assert store is not None and shown == []
    assert store.conn.execute("SELECT count(*) FROM actions").fetchone()[0] == actions
    store.close()
    _check(path, actions)
    assert not Path(str(path) + "-journal").exists()


@pytest.mark.parametrize("mode", ["wal", "delete"])
def test_a_stray_garbage_journal_does_not_make_a_healthy_file_look_damaged(tmp_path, mode):
    path, actions = _saved_database(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {mode}")
    conn.close()
    Path(str(path) + "-journal").write_bytes(b"\x7fnot a journal at all " * 300)
    done = _backup_command(path, tmp_path / "copy.db")
    assert done.returncode == 0, done.stderr
    _check(tmp_path / "copy.db", actions)
    store = Store.open(path)
    store.close()
    _check(path, actions)
