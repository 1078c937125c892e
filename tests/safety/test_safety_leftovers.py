"""A backup or export killed mid-write (kill -9) leaves its working file behind; the next start
removes it, but only MeetingKit's own working files, and only ones nothing has written to for
a while, so a copy still writing is never harmed. The kills are real: the command-line backup,
the app's own start-up backup and a command-line export are each killed with SIGKILL while
their working file is being written."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from meetingkit.leftovers import QUIET_FOR_S, leftovers
from meetingkit.store import Store

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("app_driver.py")


def _as_if_written_long_ago(path: Path) -> None:
    """By the file system's own clock (under faketime this process's clock is another)."""
    stamp = path.stat().st_mtime - QUIET_FOR_S - 60
    os.utime(path, (stamp, stamp))

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]


def _big_database(path: Path) -> int:
    """About 150 MB: big enough that a backup or export takes long enough to be killed in."""
    store = Store.open(path)
    committee = store.committees.create("Big committee")
    meeting = store.meetings.create(committee, "Big meeting", "2026-12-01")
    item = store.agenda.add(meeting, "Everything")
    words = ("The ward team reviewed the falls audit and agreed three changes to the handover "
             "checklist. ") * 9000
    with store.transaction():
        for n in range(150):
            store.papers.add(item, f"Paper {n}", words)
    store.notes.save(item, words * 4)
    store.close()
    return meeting


def _kill_when(command: list[str], appears, what: str) -> Path:
    """Runs `command`, kills it with SIGKILL once `appears()` finds a working file with
    something in it, and returns that file."""
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            found = [p for p in appears() if p.exists() and p.stat().st_size > 0]
            if found:
                process.send_signal(signal.SIGKILL)
                process.wait()
                return found[0]
            time.sleep(0.002)
        pytest.fail(f"{what} finished before it could be killed: "
                    f"{process.stderr.read().decode(errors='replace')}")
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        process.stderr.close()


def _still_writing(path: Path) -> subprocess.Popen:
    """Another copy, mid-export: a process adding to its working file every 50 ms."""
    code = ("import sys, time\nwith open(sys.argv[1], 'ab', buffering=0) as f:\n"
            "    while True:\n        f.write(b'x' * 4096); time.sleep(0.05)\n")
    writer = subprocess.Popen([sys.executable, "-c", code, str(path)])
    while not path.exists():
        time.sleep(0.01)
    return writer


def test_the_next_start_removes_what_killed_backups_and_exports_left(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db = data / "meetingkit.db"
    meeting = _big_database(db)
    out = tmp_path / "Documents"
    out.mkdir()
    mk = [sys.executable, "-m", "meetingkit", "--db", str(db)]

    left = [_kill_when([*mk, "backup", "-o", str(out / "copy.db")],
                       lambda: [out / "copy.db.partial"], "the command-line backup")]
    left.append(_kill_when([sys.executable, str(DRIVER), str(db)],
                           lambda: list((data / "backups").glob("*.partial")),
                           "the start-up backup"))
    left.append(_kill_when([*mk, "export", "minutes", "--meeting", str(meeting), "-o",
                            str(out / "minutes.docx"), "--allow-patient-details"],
                           lambda: list(out.glob(".minutes-*.partial")), "the export"))
    assert set(left) <= set(leftovers(db))
    for path in leftovers(db):
        _as_if_written_long_ago(path)  # as if the crash was a while ago

    running = _still_writing(out / ".pack-a1b2c3d4.partial")  # another copy, exporting
    (data / "backups" / "files-saved.txt").open("a").write(f"{out / 'pack.docx'}\n")
    not_ours = [out / "holiday-photos.zip.partial", out / ".report-abcdefgh.partial",
                tmp_path / ".minutes-zyxwvuts.partial"]
    for path in not_ours:
        path.write_bytes(b"someone else's")
        _as_if_written_long_ago(path)
    try:
        app = subprocess.Popen([sys.executable, str(DRIVER), str(db)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=ROOT)
        try:
            assert app.stdout.readline().strip() == "OPEN", app.stderr.read()
        finally:
            app.kill()
            app.wait()
            app.stdout.close()
            app.stderr.close()
        assert [path for path in left if path.exists()] == []
        assert not list((data / "backups").glob("*.partial*"))
        assert (out / ".pack-a1b2c3d4.partial").exists()  # still being written: kept
        assert all(path.exists() for path in not_ours)
    finally:
        running.kill()
        running.wait()
