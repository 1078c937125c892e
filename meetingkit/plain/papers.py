"""Reading a paper from disk for the command line, through the same importer the app uses."""

from __future__ import annotations

from pathlib import Path

from meetingkit.errors import ImportRefused, MeetingKitError


def read_paper(path: str | Path) -> tuple[str, str]:
    """(title, markdown) for any paper the app can bring in. Raises MeetingKitError with one
    line naming the file."""
    from meetingkit.importers import load_paper

    path = Path(path)
    if not path.is_file():
        raise MeetingKitError(f"{path}: there is no file with this name.")
    try:
        paper = load_paper(path)
    except ImportRefused as error:
        raise MeetingKitError(f"{path}: {error}") from None
    return paper.title, paper.markdown
