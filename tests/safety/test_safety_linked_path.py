"""One copy per database, whatever path leads to it: a second copy opening the same file through
a symbolic link (to the file, or to its folder) is told MeetingKit is already open, and every
copy's backups go beside the real file. Two real app processes, Qt offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from meetingkit.store import Store

DRIVER = Path(__file__).with_name("app_driver.py")

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32",
                                 reason="needs symbolic links")]


def _start(db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(DRIVER), str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _first_line(app: subprocess.Popen) -> str:
    line = app.stdout.readline()
    assert line, app.stderr.read()
    return line.strip()


def _stop(app: subprocess.Popen) -> None:
    app.kill()
    app.wait()
    app.stdout.close()
    app.stderr.close()


@pytest.fixture
def places(tmp_path):
    """A database in `real/`, a link to the file and a link to the folder elsewhere."""
    real = tmp_path / "real"
    real.mkdir()
    Store.open(real / "meetingkit.db").close()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "linked.db").symlink_to(real / "meetingkit.db")
    (tmp_path / "linked-folder").symlink_to(real, target_is_directory=True)
    return {"real": real / "meetingkit.db", "file link": elsewhere / "linked.db",
            "folder link": tmp_path / "linked-folder" / "meetingkit.db"}


@pytest.mark.parametrize(("first", "second"), [("real", "file link"), ("file link", "real"),
                                               ("folder link", "file link")])
def test_a_second_copy_through_a_link_is_told_it_is_already_open(places, first, second):
    one = _start(places[first])
    try:
        assert _first_line(one) == "OPEN"
        two = _start(places[second])
        try:
            assert _first_line(two).startswith("TOLD MeetingKit is already open")
            assert two.wait(timeout=60) == 1
        finally:
            _stop(two)
    finally:
        _stop(one)


def test_backups_through_a_link_go_beside_the_real_file(places):
    app = _start(places["file link"])
    try:
        assert _first_line(app) == "OPEN"
    finally:
        _stop(app)
    assert list((places["real"].parent / "backups").glob("meetingkit-*-start.db"))
    assert not (places["file link"].parent / "backups").exists()
    store = Store.open(places["file link"])
    assert store.path == places["real"]
    store.close()
