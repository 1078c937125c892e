"""Going to what Find in all meetings found: the meeting is chosen in the navigator (whatever
committee it is in), then the paper opens on the Papers tab, or the agenda item's notes on the
Minutes tab, with the first found words selected so they are easy to see and are read out."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit

from ui.search.results import Found


def go_to_found(window: QMainWindow, found: Found) -> bool:
    """Shows `found` in the main window. False (and a message) when it is no longer there."""
    status = window.context.bus.status
    if not window.navigator.select("meeting", found.meeting_id):
        status.emit("That meeting is no longer there. Search again to see what is.")
        return False
    editor = _show_paper(window, found.ref) if found.kind == "paper" else \
        window.workspace.tab("minutes").show_item_notes(found.item_id)
    if editor is None:
        status.emit("That is no longer there. Search again to see what is.")
        return False
    selected = select_words(editor, found.words)
    where = found.spoken.rstrip(".")
    status.emit(f"Showing {where[0].lower()}{where[1:]}."
                + (" The words found are selected." if selected else ""))
    return True


def _show_paper(window: QMainWindow, paper_id: int) -> QPlainTextEdit | None:
    papers = window.workspace.tab("papers")
    window.workspace.setCurrentWidget(papers)  # shown first, so the paper opens at once
    if not papers.tree.select("paper", paper_id):
        return None
    papers.page.views.setCurrentIndex(0)  # "Write and check", where the text is
    papers.page.editor.setFocus()
    return papers.page.editor


def select_words(editor: QPlainTextEdit, words: tuple[str, ...]) -> bool:
    """Selects the first of `words` found in the editor's text (any case) and scrolls to it."""
    each = [part for word in words for part in word.split()]  # a phrase may wrap a line
    for word in dict.fromkeys([*words, *each]):
        start = editor.textCursor()
        start.movePosition(QTextCursor.MoveOperation.Start)
        editor.setTextCursor(start)
        if editor.find(word):
            editor.centerCursor()
            return True
    return False
