"""File choosers for review packs, replies and exports, in one place so tests can stand in
for them. Files are suggested in the user's Documents folder with names that say what they are."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

PACK_FILTER = "MeetingKit review packs (*.mkreview)"
REPLY_FILTER = "MeetingKit replies (*.mkreply)"
WORD_FILTER = "Word documents (*.docx)"
CSV_FILTER = "Spreadsheet files (*.csv)"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def safe_file_name(*parts: str) -> str:
    """'Patient Safety Group', '2026-03-03' -> 'Patient-Safety-Group-2026-03-03'."""
    text = "-".join(p for p in parts if p)
    text = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-.")
    return text[:80] or "MeetingKit"


def ask_open_path(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(documents_folder()),
                                          f"{file_filter};;All files (*)")
    return Path(name) if name else None


def ask_save_path(parent: QWidget | None, title: str, suggested: str,
                  file_filter: str) -> Path | None:
    name, chosen = QFileDialog.getSaveFileName(parent, title,
                                               str(documents_folder() / suggested), file_filter)
    if not name:
        return None
    path = Path(name)
    if not path.suffix:  # add the ending the chosen kind of file needs
        ending = re.search(r"\*(\.\w+)", chosen or file_filter)
        if ending:
            path = path.with_suffix(ending.group(1))
    return path
