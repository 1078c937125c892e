"""Where MeetingKit keeps its data: the per-user data folder, never one that needs admin rights.

Windows: %LOCALAPPDATA%\\MeetingKit (local, not roaming: the database should not sync).
macOS: ~/Library/Application Support/MeetingKit. Linux: $XDG_DATA_HOME/meetingkit.
Copies that can be made again (cache_folder) go to the system's cache folder, or Cache inside the
data folder on Windows.
Portable mode (a USB stick or network drive): a "MeetingKit-data" folder beside the program.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_FILENAME = "meetingkit.db"
PORTABLE_MARKER = "portable.txt"  # a file next to the executable that turns portable mode on


def program_folder() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent


def is_portable(requested: bool = False) -> bool:
    return requested or (program_folder() / PORTABLE_MARKER).exists()


def data_folder(portable: bool = False) -> Path:
    if is_portable(portable):
        return program_folder() / "MeetingKit-data"
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "MeetingKit"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "MeetingKit"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "meetingkit"


def cache_folder(portable: bool = False) -> Path:
    """Where MeetingKit keeps copies it can always make again (the compiled word lists): safe to
    delete. Beside the data in portable mode; the system's per-user cache folder otherwise."""
    if is_portable(portable):
        return data_folder(portable) / "cache"
    if sys.platform == "win32":
        return data_folder() / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "MeetingKit"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "meetingkit"


def default_database(portable: bool = False) -> Path:
    return data_folder(portable) / DB_FILENAME


def choose_database(cli_path: str | None, portable: bool = False) -> Path:
    """--db wins, then MEETINGKIT_DB, then the per-user default."""
    if cli_path:
        return Path(cli_path).expanduser()
    env = os.environ.get("MEETINGKIT_DB")
    if env:
        return Path(env).expanduser()
    return default_database(portable)


def backup_folder(db_path: Path) -> Path:
    """Backups sit beside the database they protect, in their own folder."""
    return db_path.parent / "backups"


def real_path(path: Path | str) -> Path:
    """The file a path really names, links followed (the parts that exist yet). One database
    reached by two names is still one database: one lock, one backups folder."""
    return Path(os.path.realpath(Path(path).expanduser()))
