"""Opening a MeetingKit database safely: refuse what is not ours, never touch a file we refuse,
and set the same connection settings every time (foreign keys, WAL, busy timeout)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from meetingkit.errors import DamagedDatabase, NewerDatabase, NotADatabase
from meetingkit.store.migrations import APPLICATION_ID, LATEST_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def inspect_file(path: Path) -> tuple[bool, int]:
    """(is_new, user_version) for a database file, or NotADatabase/NewerDatabase.

    Reads only; a refused file is left exactly as it was.
    """
    if not path.exists() or path.stat().st_size == 0:
        return True, 0
    if path.is_dir():
        raise NotADatabase(f"{path} is a folder, not a MeetingKit file.")
    with path.open("rb") as handle:
        first_page_header = handle.read(100)
    header = first_page_header[: len(SQLITE_HEADER)]
    if header != SQLITE_HEADER:
        raise NotADatabase(
            f"{path.name} is not a MeetingKit database (or it is damaged). Nothing in it was changed."
        )
    if _cut_short(path, first_page_header):
        raise DamagedDatabase(
            f"{path.name} is damaged: part of the file is missing. Nothing in it was changed."
        )
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        probe = sqlite3.connect(uri, uri=True)
        try:
            app_id = probe.execute("PRAGMA application_id").fetchone()[0]
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            tables = probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        raise DamagedDatabase(
            f"{path.name} could not be read as a MeetingKit database ({error}). "
            "Nothing in it was changed."
        ) from error
    if app_id != APPLICATION_ID:
        if app_id == 0 and tables == 0:
            return True, 0  # an empty SQLite file: safe to make it ours
        raise NotADatabase(
            f"{path.name} is a database from another program, not MeetingKit. "
            "Nothing in it was changed."
        )
    if version > LATEST_VERSION:
        raise NewerDatabase(
            f"{path.name} was saved by a newer version of MeetingKit. "
            "Please update MeetingKit to open it. Nothing in it was changed."
        )
    return False, version


def _cut_short(path: Path, header: bytes) -> bool:
    """True when the file is shorter than its own header says (a truncated copy or a failing
    disk). Only trusted when the header's size is marked valid and no WAL file holds pages."""
    if len(header) < 100 or Path(str(path) + "-wal").exists():
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size_is_valid = header[24:28] == header[92:96] and pages > 0
    return size_is_valid and path.stat().st_size < page_size * pages


def connect(path: Path, wal: bool = True) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")  # sqlite-utils leaves them off
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # with WAL a power cut keeps the file whole
    else:  # network shares and synced folders: WAL's shared memory is unsafe there
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    return conn
