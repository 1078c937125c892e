"""Backups made with SQLite's own VACUUM INTO, never a raw file copy (which can miss what is
still in the WAL file). Each backup is a complete, consistent database file.

Automatic backups are kept in rotation: the last 10, plus the newest one of each of the last
8 weeks. Backups made by hand (`meetingkit backup -o FILE`, File > Back up now to a chosen file)
are the user's own and never rotated away.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from meetingkit import clock
from meetingkit.errors import MeetingKitError

KEEP_LATEST = 10
KEEP_WEEKS = 8
_NAME = re.compile(r"^meetingkit-(\d{8}-\d{6})-(\d{6})-([a-z0-9-]+)\.db$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    reason: str


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise MeetingKitError(f"The backup folder could not be made: {error.strerror}.") from error
    if target.exists():
        raise MeetingKitError(f"{target.name} already exists. Choose a new name for the backup.")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        conn.execute("VACUUM INTO ?", [str(partial)])
        partial.replace(target)  # a backup is whole or absent, never half-written
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        reason = "the disk is full" if "full" in str(error).lower() else str(error)
        raise MeetingKitError(f"The backup could not be written: {reason}. "
                              "Your data is unchanged.") from error
    return target


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
                     now: datetime | None = None) -> Path:
    now = now or clock.local_now()
    made = backup_to(conn, folder / timestamped_name(reason, now))
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
