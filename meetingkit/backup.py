"""Backups made with SQLite's own VACUUM INTO, never a raw file copy (which can miss what is
still in the WAL file). Each backup is a complete, consistent database file."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from meetingkit.errors import MeetingKitError


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise MeetingKitError(f"{target.name} already exists. Choose a new name for the backup.")
    try:
        conn.execute("VACUUM INTO ?", [str(target)])
    except sqlite3.OperationalError as error:
        target.unlink(missing_ok=True)  # never leave half a backup behind
        raise MeetingKitError(f"The backup could not be written: {error}.") from error
    return target


def timestamped_name(reason: str) -> str:
    return f"meetingkit-{datetime.now():%Y%m%d-%H%M%S-%f}-{reason}.db"
