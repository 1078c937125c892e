"""Read-only data: a backup only reads, so it works; opening the app on read-only data, or in a
folder it may not change, says so in plain words with what to do (never "attempt to write a
readonly database" or "[Errno 13] Permission denied"); and a change the database refuses mid-
session is explained the same way.

Read-only is real: files and folders lose their write permission, and the command runs as an
ordinary user would (as root, which may write anything, it runs without the right to override
permissions)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from meetingkit.store import Store

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("app_driver.py")
RAW_WORDS = ("readonly", "Errno", "Permission denied", "Traceback", "damaged")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def as_ordinary_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: read-only files cannot be made")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", *command]


def _database(folder: Path, journal_mode: str) -> Path:
    from meetingkit.demo import load_example

    folder.mkdir()
    path = folder / "meetingkit.db"
    store = Store.open(path)
    load_example(store)
    store.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")  # delete: as on a network drive
    conn.close()
    return path


def _read_only(path: Path, folder_too: bool) -> None:
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    if folder_too:
        path.parent.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)


@pytest.fixture
def writable_again(tmp_path):
    yield
    for path in tmp_path.rglob("*"):
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
@pytest.mark.parametrize("folder_too", [False, True], ids=["file", "file and folder"])
def test_a_read_only_database_can_be_backed_up(tmp_path, writable_again, journal_mode,
                                               folder_too):
    db = _database(tmp_path / "data", journal_mode)
    _read_only(db, folder_too)
    copy = tmp_path / "copy.db"
    done = subprocess.run(as_ordinary_user([sys.executable, "-m", "meetingkit", "--db", str(db),
                                            "backup", "-o", str(copy)]),
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM papers").fetchone()[0] > 0
    conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("folder_too", [False, True], ids=["file", "file and folder"])
def test_opening_read_only_data_says_what_to_do(tmp_path, writable_again, folder_too):
    db = _database(tmp_path / "data", "delete")
    Path(f"{db}.lock").touch()  # made by an earlier start, before the data was made read-only
    _read_only(db, folder_too)
    app = subprocess.run(as_ordinary_user([sys.executable, str(DRIVER), str(db)]),
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    said = app.stdout
    assert app.returncode == 2 and said.startswith("TOLD MeetingKit could not"), app.stderr
    assert "read-only" in said and "Documents folder" in said
    assert not any(word in said for word in RAW_WORDS)


@pytest.mark.slow
def test_starting_in_a_folder_it_may_not_change_says_what_to_do(tmp_path, writable_again):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    app = subprocess.run(as_ordinary_user([sys.executable, str(DRIVER),
                                           str(folder / "meetingkit.db")]),
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    said = app.stdout
    assert app.returncode == 2 and "not allowed to change the folder" in said, app.stderr
    assert not any(word in said for word in RAW_WORDS)


def test_a_change_the_database_refuses_is_said_in_plain_words(tmp_path, qapp, monkeypatch):
    import ui.messages
    from ui.context import AppContext

    db = _database(tmp_path / "data", "wal")
    store = Store.open(db)
    told: list[str] = []
    monkeypatch.setattr(ui.messages, "tell", lambda _parent, title, text: told.append(text))
    read_only = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)  # SQLite refuses writes
    context = AppContext(store=store)
    result = context.perform(None, lambda: read_only.execute("DELETE FROM papers"), {"papers"})
    assert result is None and len(told) == 1
    assert "read-only" in told[0] and not any(word in told[0] for word in RAW_WORDS)
    read_only.close()
    store.close()
