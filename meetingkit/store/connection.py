"""Opening a MeetingKit database safely: refuse what is not ours, never touch a file we refuse,
and set the same connection settings every time (foreign keys, WAL, busy timeout).

One exception to "never touch": a crash in rollback-journal mode (network and synced folders)
leaves a hot journal, the pages as they were before the unfinished change. SQLite puts them
back itself on the first read of a read-write connection, under its exclusive lock; until it
has, a read-only look at the file fails, and would call a healthy file damaged.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from meetingkit.errors import DamagedDatabase, MeetingKitError, NewerDatabase, NotADatabase
from meetingkit.file_problems import database_problem, is_read_only_error, read_only_database
from meetingkit.store.migrations import APPLICATION_ID, LATEST_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def inspect_file(path: Path) -> tuple[bool, int]:
    """(is_new, user_version) for a database file, or NotADatabase/NewerDatabase.

    Reads only (after letting SQLite finish a change a crash cut off); a refused file is left
    exactly as it was.
    """
    if not path.exists() or path.stat().st_size == 0:
        return True, 0
    if path.is_dir():
        raise NotADatabase(f"{path} is a folder, not a MeetingKit file.")
    if _read_header(path)[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise NotADatabase(
            f"{path.name} is not a MeetingKit database (or it is damaged). Nothing in it was changed."
        )
    roll_back_hot_journal(path)  # before any check: until then the file is half-changed
    if _cut_short(path, _read_header(path)):
        raise DamagedDatabase(
            f"{path.name} is damaged: part of the file is missing. Nothing in it was changed."
        )
    try:
        probe = open_read_only(path)
        try:
            app_id = probe.execute("PRAGMA application_id").fetchone()[0]
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            tables = probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        raise _damaged_or_not(path, error) from error
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


def _read_header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(100)


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read. A WAL database in a folder MeetingKit may not change
    cannot make its shared-memory file; with no WAL file there is nothing that file would
    track, so the database is read as it stands on disk (SQLite's "immutable")."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError as error:
        conn.close()
        if not (is_read_only_error(error) and _wal_file_with_nothing_beside(path)):
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def _wal_file_with_nothing_beside(path: Path) -> bool:
    """A database in WAL mode (header byte 18) with no WAL or journal file: what is on disk is
    all there is. Anything else (a journal above all) must be read through SQLite's locks."""
    extras = (Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))
    return _read_header(path)[18:19] == b"\x02" and not any(extras)


# SQLite's words for a file that is really at fault (the low byte of the result code).
_FILE_AT_FAULT = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def _damaged_or_not(path: Path, error: sqlite3.DatabaseError) -> MeetingKitError:
    """Damaged only when SQLite says the file is; read-only, busy or unreachable files get
    their own words and no offer to replace them with a backup."""
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    if code in _FILE_AT_FAULT or not getattr(error, "sqlite_errorcode", None):
        return DamagedDatabase(
            f"{path.name} could not be read as a MeetingKit database ({error}). "
            "Nothing in it was changed."
        )
    return database_problem(path, error, "open it")


def roll_back_hot_journal(path: Path) -> None:
    """Lets SQLite finish what a crash interrupted, before anything looks at the file.

    Only when a journal is there, so a healthy file opens exactly as before. SQLite decides
    whether the journal is hot (no live writer holds it) and plays it back; a journal with no
    valid header holds nothing to put back, and SQLite removes it. The uncommitted change is
    undone, which is what the app promised: only saved edits count.
    """
    journal = Path(str(path) + "-journal")
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:
        return  # no journal: nothing was interrupted
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if is_read_only_error(error):
            raise read_only_database(path, "finish the change that was cut off when "
                                           "MeetingKit last stopped") from error
        raise _damaged_or_not(path, error) from error


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
