"""Saving an export safely: written to a temporary file in the same folder, then swapped into
place in one step (os.replace), so a full disk, a crash or a cancelled export never leaves half
a file where the user expects a whole one. Operating-system errors become plain messages."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from meetingkit.errors import MeetingKitError


def write_atomically(path: Path | str, write: Callable[[BinaryIO], None]) -> Path:
    """Calls `write(file)` on a temporary file beside `path`, then moves it over `path`.
    Any failure removes the temporary file and leaves an existing `path` untouched."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise MeetingKitError(f"The folder {folder} does not exist. Choose another place to save.")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem[:40]}-", suffix=".partial",
                                             dir=folder)
    except OSError as error:
        raise _plain_error(error, path, stage="create") from error
    try:
        with os.fdopen(handle, "wb") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it private; an export is an ordinary file
        os.replace(temporary, path)
    except BaseException as error:
        _remove_quietly(temporary)
        if isinstance(error, OSError):
            raise _plain_error(error, path, stage="replace") from error
        raise
    return path


def write_text_atomically(path: Path | str, text: str, encoding: str = "utf-8") -> Path:
    data = text.encode(encoding)
    return write_atomically(path, lambda file: file.write(data))


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


def _plain_error(error: OSError, path: Path, stage: str) -> MeetingKitError:
    """One line a person can act on, for the common ways saving a file goes wrong."""
    name = path.name
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return MeetingKitError("The disk is full, so the file was not saved. Free some space or "
                               "save it somewhere else, then try again.")
    if error.errno == errno.EROFS:
        return MeetingKitError("This place cannot be written to (it is read-only). "
                               "Save the file somewhere else, such as Documents.")
    if error.errno == errno.ENAMETOOLONG:
        return MeetingKitError("That file name is too long. Choose a shorter name.")
    if isinstance(error, IsADirectoryError) or (path.exists() and path.is_dir()):
        return MeetingKitError(f"{name} is a folder. Choose a file name to save to.")
    if isinstance(error, PermissionError):
        if stage == "replace" and path.exists():
            # Windows refuses to replace a file another program (usually Word) has open.
            return MeetingKitError(f"{name} is open in another program. Close the file in Word "
                                   "and try again.")
        return MeetingKitError("You do not have permission to save in this folder. "
                               "Choose another place, such as Documents.")
    reason = error.strerror or str(error)
    return MeetingKitError(f"{name} could not be saved: {reason}.")
