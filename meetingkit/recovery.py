"""When the database is damaged: keep the damaged file aside (never overwrite it) and put the
latest good backup in its place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from meetingkit import clock
from meetingkit.backup import BackupFile, describe_backup, list_backups
from meetingkit.errors import MeetingKitError
from meetingkit.paths import backup_folder


def latest_good_backup(db_path: Path) -> BackupFile | None:
    for backup in list_backups(backup_folder(db_path)):
        try:
            if describe_backup(backup.path)["healthy"]:
                return backup
        except MeetingKitError:
            continue
    return None


def set_aside(db_path: Path, label: str = "damaged") -> Path:
    """Renames the file (and its WAL or journal files) so nothing is lost or overwritten, and no
    journal is left to be played back into the file put in its place."""
    stamp = f"{clock.local_now():%Y%m%d-%H%M%S}"
    kept = db_path.with_name(f"{db_path.stem}-{label}-{stamp}{db_path.suffix}")
    db_path.replace(kept)
    for suffix in ("-wal", "-shm", "-journal"):
        extra = Path(str(db_path) + suffix)
        if extra.exists():
            extra.replace(Path(str(kept) + suffix))
    return kept


def restore(backup_path: Path, db_path: Path, label: str = "damaged") -> Path | None:
    """Puts a backup in place of the database. Returns where the old file was kept, if any."""
    describe_backup(backup_path)  # refuses something that is not a readable backup
    kept = set_aside(db_path, label) if db_path.exists() else None
    source = sqlite3.connect(f"{Path(backup_path).resolve().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(str(db_path))
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return kept
