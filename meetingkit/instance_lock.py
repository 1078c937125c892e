"""One copy of MeetingKit per database: the first copy holds an operating-system lock on a small
file beside the database; a second copy finds it taken and says so plainly, instead of two copies
writing over each other (or a "database is locked" error mid-edit).

The lock is taken on the real file, links followed: a second copy that reaches the same database
through a symbolic link (or a linked folder) finds the same lock."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from meetingkit.errors import DatabaseInUse
from meetingkit.file_problems import folder_problem
from meetingkit.paths import real_path


class InstanceLock:
    def __init__(self, db_path: Path):
        self.path = Path(str(real_path(db_path)) + ".lock")
        self._handle = None

    def acquire(self) -> InstanceLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the app's lifetime
        except OSError as error:
            raise folder_problem(self.path.parent, error, "start with the data there") from error
        try:
            _lock(handle)
        except OSError as error:
            handle.close()
            raise DatabaseInUse(
                "MeetingKit is already open with this data on this computer. Look for its window "
                "on the taskbar, or close it and try again."
            ) from error
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None


if sys.platform == "win32":  # pragma: no cover - Windows only
    import msvcrt

    def _lock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
