"""Reading a paper from disk for the command line: the importer when it is there, else a small
reader for markdown and text files."""

from __future__ import annotations

import importlib
from pathlib import Path

from meetingkit.errors import ImportRefused, MeetingKitError

_MAX_TEXT_BYTES = 20 * 1024 * 1024


def read_paper(path: str | Path) -> tuple[str, str]:
    """(title, markdown) for a .docx, .md or .txt file. Raises MeetingKitError with one line."""
    path = Path(path)
    if not path.is_file():
        raise MeetingKitError(f"{path}: there is no file with this name.")
    try:
        importers = importlib.import_module("meetingkit.importers")
        load_paper = getattr(importers, "load_paper", None)
    except ImportError:
        load_paper = None
    if load_paper is not None:
        try:
            paper = load_paper(path)
        except ImportRefused as error:
            raise MeetingKitError(f"{path}: {error}") from None
        return paper.title, paper.markdown
    return _read_text_paper(path)


def _read_text_paper(path: Path) -> tuple[str, str]:
    if path.suffix.lower() not in (".md", ".markdown", ".txt", ".text"):
        raise MeetingKitError(f"{path}: only markdown (.md) and text (.txt) files can be checked.")
    try:
        if path.stat().st_size > _MAX_TEXT_BYTES:
            raise MeetingKitError(f"{path}: the file is too big to check.")
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MeetingKitError(f"{path}: the file is not UTF-8 text.") from None
    except OSError as error:
        raise MeetingKitError(f"{path}: the file could not be read ({error.strerror}).") from None
    title = next((line.lstrip("# ").strip() for line in text.splitlines() if line.strip()), path.stem)
    return title, text.replace("\r\n", "\n")
