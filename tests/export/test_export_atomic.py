"""Saving never leaves half a file, and problems come back as one plain line."""

from __future__ import annotations

import errno
import os
import threading

import pytest
from export_helpers import rich_meeting

from meetingkit.errors import MeetingKitError
from meetingkit.export import ExportCancelled, export_pack, write_atomically


def _leftovers(folder) -> list[str]:
    return [name for name in os.listdir(folder) if name.endswith(".partial")]


def test_a_failure_while_writing_keeps_the_old_file(tmp_path):
    target = tmp_path / "pack.docx"
    target.write_bytes(b"the old pack")

    def half_then_crash(file):
        file.write(b"half a new pa")
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_crash)
    assert target.read_bytes() == b"the old pack"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(("error", "words"), [
    (OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
    (OSError(errno.EROFS, "Read-only file system"), "read-only"),
    (OSError(errno.EIO, "Input/output error"), "could not be saved: Input/output error."),
])
def test_disk_errors_become_plain_messages(tmp_path, error, words):
    def fail(file):
        raise error

    with pytest.raises(MeetingKitError, match=words) as raised:
        write_atomically(tmp_path / "minutes.docx", fail)
    assert "\n" not in str(raised.value)
    assert _leftovers(tmp_path) == []
    assert not (tmp_path / "minutes.docx").exists()


def test_a_file_open_in_word_says_to_close_it(tmp_path, monkeypatch):
    target = tmp_path / "minutes.docx"
    target.write_bytes(b"open in Word")

    def locked(source, destination):  # what Windows does when Word has the file open
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(MeetingKitError, match="Close the file in Word and try again"):
        write_atomically(target, lambda file: file.write(b"new"))
    assert target.read_bytes() == b"open in Word"
    assert _leftovers(tmp_path) == []


def test_a_folder_that_does_not_exist(tmp_path):
    with pytest.raises(MeetingKitError, match="does not exist"):
        write_atomically(tmp_path / "missing" / "pack.docx", lambda file: None)


def test_a_folder_you_cannot_write_to(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("the administrator can write anywhere")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(MeetingKitError, match="permission to save in this folder"):
            write_atomically(locked / "pack.docx", lambda file: None)
    finally:
        locked.chmod(0o700)


def test_a_stopped_export_leaves_no_file(store, tmp_path):
    meeting = rich_meeting(store)
    stop = threading.Event()
    reports = []

    def progress(fraction, message):
        reports.append(message)
        if len(reports) == 3:
            stop.set()  # the user presses Stop part-way through

    with pytest.raises(ExportCancelled, match="No file was saved"):
        export_pack(store, meeting["meeting"], tmp_path / "pack.docx", progress=progress,
                    cancel=stop)
    assert os.listdir(tmp_path) == []


def test_cancel_may_be_a_plain_function(store, tmp_path):
    meeting = rich_meeting(store)
    with pytest.raises(ExportCancelled):
        export_pack(store, meeting["meeting"], tmp_path / "pack.docx", cancel=lambda: True)
    assert os.listdir(tmp_path) == []
