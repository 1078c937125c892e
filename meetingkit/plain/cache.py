"""A folder for data the plain-language engine works out once and reuses: the compiled word lists
and the common-word table. Everything here can be rebuilt, so a cache that cannot be read or
written is simply skipped.

MEETINGKIT_CACHE names the folder; "off" turns the cache off. Otherwise: Windows
%LOCALAPPDATA%\\MeetingKit\\Cache, macOS ~/Library/Caches/MeetingKit, elsewhere
$XDG_CACHE_HOME/meetingkit (~/.cache/meetingkit)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def cache_folder() -> Path | None:
    chosen = os.environ.get("MEETINGKIT_CACHE")
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "MeetingKit" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "MeetingKit"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "meetingkit"


def read_cached(name: str) -> bytes | None:
    folder = cache_folder()
    if folder is None:
        return None
    try:
        return (folder / name).read_bytes()
    except OSError:
        return None


def write_cached(name: str, data: bytes) -> None:
    """Write atomically (a whole file or none); failures are ignored."""
    folder = cache_folder()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, folder / name)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass
