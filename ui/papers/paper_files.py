"""Adding papers from files (chosen or dropped): Word, PDF, web pages, markdown or text.

The file is read on a worker thread, so the window keeps responding; after a moment a progress
window shows how far it has got, with a Stop button. A refused file is explained calmly and
changes nothing; a stopped one adds nothing. What the import had to leave out or change is
said in one message afterwards, a protective marking first."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

from meetingkit.errors import ImportRefused
from meetingkit.importers import load_paper
from meetingkit.importers.progress import ImportStopped
from meetingkit.ops import papers as paper_ops
from ui.context import AppContext
from ui.messages import tell
from ui.review.worker import run_with_progress

PAPER_FILES = ("Papers (*.docx *.pdf *.html *.htm *.md *.markdown *.txt);;"
               "Word documents (*.docx);;PDF files (*.pdf);;Web pages (*.html *.htm);;"
               "Markdown or text files (*.md *.markdown *.txt);;All files (*)")
ADDING = "Adding the paper"


def choose_paper_files(parent: QWidget | None) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(parent, "Add paper from file", "", PAPER_FILES)
    return files


def import_paper(context: AppContext, parent: QWidget | None, item_id: int,
                 path: str) -> int | None:
    """Adds the file as a new paper of agenda item `item_id`; returns its id, or None."""
    try:
        imported = run_with_progress(parent, ADDING,
                                     lambda progress, stop: load_paper(path, progress, stop))
    except ImportStopped as stopped:
        context.bus.status.emit(str(stopped))
        return None
    except ImportRefused as refusal:
        tell(parent, "This file was not added", f"{refusal}\n\nNothing has been changed.")
        return None
    made = context.perform(
        parent,
        lambda: paper_ops.add_paper(context.store, item_id, imported.title, imported.markdown,
                                 source_name=imported.source_name),
        f"Paper added: {imported.title}.")
    new_id = made.result if made else None
    if new_id and imported.warnings:
        tell(parent, "The paper was added",
             "The paper was added. A few things to know:\n\n"
             + "\n".join(f"• {warning}" for warning in imported.warnings))
    return new_id
