"""Plain words for what goes wrong with files and the database file: read-only, not allowed,
disk full, busy. The system's own words ("attempt to write a readonly database", "[Errno 13]
Permission denied") never reach a person; each message says what happened and what to do."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from meetingkit.errors import MeetingKitError, ReadOnlyDatabase

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", -1)}
_READ_ONLY_PLACE = {errno.EROFS, errno.EACCES, errno.EPERM}
# SQLite's primary result codes (the low byte of the extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_FULL, _SQLITE_CANTOPEN = 5, 6, 8, 13, 14


def _code(error: sqlite3.Error) -> int:
    return (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def is_read_only_error(error: BaseException) -> bool:
    if isinstance(error, sqlite3.Error):
        return _code(error) == _SQLITE_READONLY or "readonly" in str(error).lower()
    return isinstance(error, OSError) and error.errno in _READ_ONLY_PLACE


def read_only_words(path: Path, doing: str = "save your changes to it") -> str:
    name = Path(path).name
    return (f"{name} is read-only (or the folder it is in is), so MeetingKit cannot {doing}. "
            "Nothing in it was changed. To go on, either make it changeable (in File Explorer: "
            "right-click the file, choose Properties and untick 'Read-only'; on a USB stick, "
            "slide its lock switch off) or copy it to your Documents folder and open the copy. "
            "If it is on a shared drive, ask your IT team for permission to change it.")


def read_only_database(path: Path, doing: str = "save your changes to it") -> ReadOnlyDatabase:
    return ReadOnlyDatabase(read_only_words(path, doing))


def folder_problem(folder: Path, error: OSError, doing: str) -> MeetingKitError:
    """An operating-system error on a folder MeetingKit needs, in words."""
    if error.errno in _DISK_FULL:
        return MeetingKitError(f"The disk is full, so MeetingKit could not {doing}. Free some "
                               "space (empty the Recycle Bin, move big files) and try again.")
    if error.errno in _READ_ONLY_PLACE or isinstance(error, PermissionError):
        return MeetingKitError(
            f"MeetingKit is not allowed to change the folder {folder}, so it could not {doing}. "
            "Choose a folder of your own, such as Documents, or ask your IT team for "
            "permission to change this one.")
    reason = error.strerror or "the computer did not say why"
    return MeetingKitError(f"MeetingKit could not {doing} in the folder {folder} ({reason}).")


def database_problem(path: Path, error: sqlite3.Error,
                     doing: str = "save your changes") -> MeetingKitError:
    """A database error while working, in words: the file is read-only, the disk is full,
    another program holds the file, or (only then) the file itself is at fault."""
    code = _code(error)
    name = Path(path).name
    if is_read_only_error(error):
        return read_only_database(path, doing)
    if code == _SQLITE_FULL or "disk is full" in str(error).lower():
        return MeetingKitError(f"The disk is full, so MeetingKit could not {doing}. Free some "
                               "space and try again; what you typed is kept on screen.")
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return MeetingKitError(f"{name} is busy (another program, such as a backup or sync "
                               f"tool, is using it), so MeetingKit could not {doing} just now. "
                               "Wait a moment and try again.")
    if code == _SQLITE_CANTOPEN:
        return MeetingKitError(f"MeetingKit could not reach {name} to {doing}. If it is on a "
                               "USB stick or a network drive, check it is still connected.")
    return MeetingKitError(f"MeetingKit could not {doing} ({error}).")


def problem_words(db_path: Path, error: sqlite3.Error | OSError, doing: str = "save that") -> str:
    """What to tell a person when a change could not be saved: the database's fault or the
    disk's, never the file they chose."""
    if isinstance(error, sqlite3.Error):
        return str(database_problem(db_path, error, doing))
    folder = Path(error.filename).parent if getattr(error, "filename", None) else Path(db_path).parent
    return str(folder_problem(folder, error, doing))


def short_reason(error: BaseException) -> str:
    """A few words on why a save did not happen, for a line beside the text being typed."""
    if isinstance(error, MeetingKitError):
        return str(error).rstrip(".")
    if is_read_only_error(error):
        return "your data file is read-only"
    if isinstance(error, OSError):
        return "the disk is full" if error.errno in _DISK_FULL else "the disk refused it"
    code = _code(error) if isinstance(error, sqlite3.Error) else 0
    if code == _SQLITE_FULL or "full" in str(error).lower():
        return "the disk is full"
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return "your data is busy (a backup or a sync tool is using it)"
    if code == _SQLITE_CANTOPEN:
        return "your data cannot be reached (is the drive still connected?)"
    return "the database refused it"
