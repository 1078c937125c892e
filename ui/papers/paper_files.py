"""Adding papers from files (chosen or dropped): Word, markdown or text. A refused file is
explained calmly and changes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

from meetingkit.errors import ImportRefused
from meetingkit.importers import load_paper
from ui.context import AppContext
from ui.messages import tell

PAPER_FILES = "Word, markdown or text files (*.docx *.md *.markdown *.txt);;All files (*)"


def choose_paper_files(parent: QWidget | None) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(parent, "Add paper from file", "", PAPER_FILES)
    return files


def import_paper(context: AppContext, parent: QWidget | None, item_id: int,
                 path: str) -> int | None:
    """Adds the file as a new paper of agenda item `item_id`; returns its id, or None."""
    try:
        imported = load_paper(path)
    except ImportRefused as refusal:
        tell(parent, "This file was not added", f"{refusal}\n\nNothing has been changed.")
        return None
    new_id = context.perform(
        parent,
        lambda: context.store.papers.add(item_id, imported.title, imported.markdown,
                                         source_name=imported.source_name),
        {"papers"}, f"Paper added: {imported.title}.")
    if new_id and imported.warnings:
        tell(parent, "The paper was added",
             "The paper was added. A few things to know:\n\n"
             + "\n".join(f"• {warning}" for warning in imported.warnings))
    return new_id
