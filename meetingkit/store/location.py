"""Is the database somewhere SQLite's WAL mode is unsafe? Network shares and synced folders
(OneDrive, Dropbox...) can corrupt a database that two computers, or a sync tool, touch at once."""

from __future__ import annotations

import sys
from pathlib import Path

SYNCED_FOLDER_WORDS = ("onedrive", "dropbox", "google drive", "googledrive", "icloud", "box sync",
                       "sharepoint")
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs",
                       "fuse.rclone", "davfs", "fuse.gvfsd-fuse"}


def risky_location(path: Path) -> str | None:
    """A plain reason when the database's folder is a network share or a synced folder."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "network"
    lowered = text.lower()
    if any(word in lowered for word in SYNCED_FOLDER_WORDS):
        return "synced"
    if sys.platform == "win32":
        return "network" if _windows_drive_is_remote(path) else None
    return "network" if _mount_type(path) in NETWORK_FILESYSTEMS else None


def advice(kind: str) -> str:
    where = "a network drive" if kind == "network" else "a folder that syncs to the cloud"
    return (f"Your MeetingKit data is in {where}. That can damage it if two computers, or the sync "
            "tool, use it at the same time. MeetingKit is being extra careful, which makes it a "
            "little slower. To be safe, keep the data on this computer: use File > Back up now, "
            "then open the backup from your own Documents folder.")


def _mount_type(path: Path) -> str | None:
    try:
        target = path.resolve().parent
        best, best_type = "", None
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                parts = line.split()
                if len(parts) >= 3 and str(target).startswith(parts[1]) and len(parts[1]) > len(best):
                    best, best_type = parts[1], parts[2]
        return best_type
    except OSError:
        return None


def _windows_drive_is_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = path.resolve().drive
    if not drive:
        return False
    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote
