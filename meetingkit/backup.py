"""Backups made with SQLite's own VACUUM INTO, never a raw file copy (which can miss what is
still in the WAL file). Each backup is a complete, consistent database file.

Automatic backups are kept in rotation: the last 10, plus the newest one of each of the last
8 weeks. Backups made by hand (`meetingkit backup -o FILE`, File > Back up now to a chosen file)
are the user's own and never rotated away.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from meetingkit import clock
from meetingkit.errors import MeetingKitError
from meetingkit.file_problems import database_problem, folder_problem, is_read_only_error

KEEP_LATEST = 10
STEP_PAGES = 1024  # a copy step: about 4 MB, a few milliseconds
STEP_PAUSE_S = 0.005  # between steps: time for a waiting save to take the lock
MAX_RESTARTS = 2  # then copy the rest in one step
KEEP_WEEKS = 8
_NAME = re.compile(r"^meetingkit-(\d{8}-\d{6})-(\d{6})-([a-z0-9-]+)\.db$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    reason: str


def backup_to(conn: sqlite3.Connection, target: Path, make_way: bool = False) -> Path:
    """A whole, consistent copy of the database at `target`. `make_way`: the copy is made on a
    connection of its own while the app goes on saving (the start-up backup, the command
    line), so it must not keep the app's saves waiting (see _copy)."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise folder_problem(target.parent, error, "make the backup folder") from error
    if target.exists():
        raise MeetingKitError(f"{target.name} already exists. Choose a new name for the backup.")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        _copy(conn, partial, make_way)
        partial.replace(target)  # a backup is whole or absent, never half-written
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        Path(f"{partial}-journal").unlink(missing_ok=True)
        raise _not_written(target, error) from error
    return target


def _copy(conn: sqlite3.Connection, partial: Path, make_way: bool) -> None:
    """VACUUM INTO: a compact copy. With a WAL, writers never wait for a reader, so it can take
    as long as it likes. With a rollback journal (network and synced folders) a reader holds
    off every save for as long as it reads, and the app's autosave would wait (frozen) through
    a big file's start-up backup. So there the copy is made by SQLite's online backup a few
    megabytes at a time, pausing between steps so a save can get in. SQLite starts such a copy
    again after each save; after a few restarts (someone is typing steadily) the rest is copied
    in one go, which holds saves off only for a page copy, quicker than VACUUM INTO."""
    if not make_way or conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        conn.execute("VACUUM INTO ?", [str(partial)])
        return
    copy = sqlite3.connect(partial)
    try:
        try:
            conn.backup(copy, pages=STEP_PAGES, progress=_Steps())
        except _KeptRestarting:
            conn.backup(copy)  # all pages in one step
    finally:
        copy.close()


class _KeptRestarting(Exception):
    pass


class _Steps:
    """Called between copy steps: a pause for waiting saves, and a count of restarts."""

    def __init__(self):
        self.left: int | None = None
        self.restarts = 0

    def __call__(self, _status: int, remaining: int, _total: int) -> None:
        if self.left is not None and remaining > self.left:
            self.restarts += 1
            if self.restarts >= MAX_RESTARTS:
                raise _KeptRestarting
        self.left = remaining
        time.sleep(STEP_PAUSE_S)


def _not_written(target: Path, error: sqlite3.Error | OSError) -> MeetingKitError:
    """Why a backup was not written, in words; the data itself is never touched."""
    if isinstance(error, OSError):
        problem = str(folder_problem(target.parent, error, "write the backup"))
    elif "full" in str(error).lower():
        problem = ("The disk is full, so the backup could not be written. Free some space or "
                   "save the backup somewhere else.")
    elif not os.access(target.parent, os.W_OK) or is_read_only_error(error):
        problem = str(folder_problem(target.parent, PermissionError(), "write the backup"))
    else:
        problem = f"The backup could not be written ({error})."
    return MeetingKitError(f"{problem} Your data is unchanged.")


def backup_file(db_path: Path, target: Path) -> Path:
    """A backup of the database file at `db_path` that only reads it, so a read-only file (or
    one on a read-only drive, or open in the app) can be backed up."""
    from meetingkit.leftovers import note_target
    from meetingkit.store.connection import inspect_file, open_read_only

    db_path = Path(db_path)
    if inspect_file(db_path)[0]:  # refuses what is not ours; finishes a crash's journal
        raise MeetingKitError(f"There is nothing in {db_path.name} to back up yet.")
    note_target(db_path, Path(target))
    try:
        conn = open_read_only(db_path)
    except sqlite3.Error as error:
        raise database_problem(db_path, error, "read it to make the backup") from error
    try:
        return backup_to(conn, Path(target), make_way=True)
    finally:
        conn.close()


def timestamped_name(reason: str, now: datetime | None = None) -> str:
    now = now or clock.local_now()
    return f"meetingkit-{now:%Y%m%d-%H%M%S-%f}-{reason}.db"


def list_backups(folder: Path) -> list[BackupFile]:
    """Automatic backups in a folder, newest first."""
    found = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            made = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d-%H%M%S%f")
            found.append(BackupFile(path, made, match.group(3)))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def backups_to_remove(backups: list[BackupFile], now: datetime) -> list[BackupFile]:
    """Which automatic backups rotation lets go: not among the last 10, and not the newest of
    its week within the last 8 weeks."""
    newest_first = sorted(backups, key=lambda b: b.made_at, reverse=True)
    keep = {b.path for b in newest_first[:KEEP_LATEST]}
    weeks_seen: set[int] = set()
    for backup in newest_first:
        age_weeks = (now - backup.made_at) // timedelta(weeks=1)
        if 0 <= age_weeks < KEEP_WEEKS and age_weeks not in weeks_seen:
            weeks_seen.add(age_weeks)
            keep.add(backup.path)
    return [b for b in newest_first if b.path not in keep]


def automatic_backup(conn: sqlite3.Connection, folder: Path, reason: str,
                     now: datetime | None = None, make_way: bool = False) -> Path:
    now = now or clock.local_now()
    made = backup_to(conn, folder / timestamped_name(reason, now), make_way)
    for old in backups_to_remove(list_backups(folder), now):
        old.path.unlink(missing_ok=True)
    return made


def describe_backup(path: Path) -> dict:
    """What a backup holds, for the restore preview. Opens it read-only."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            count = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("committees", "meetings", "papers", "actions")}
            latest = conn.execute("SELECT max(date) FROM meetings").fetchone()[0]
            ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise MeetingKitError(f"{Path(path).name} is not a backup MeetingKit can read.") from error
    return {**count, "latest_meeting": latest, "healthy": ok}
