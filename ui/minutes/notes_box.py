"""The notes for one agenda item: typed live in the meeting, saved as you type, with a light
count of words partners may not know (when the plain-language checker is installed)."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from meetingkit import clock
from meetingkit.ops import minutes
from meetingkit.store.changes import NOTHING, Changes, Kind
from ui.announce import announce
from ui.autosave import AUTOSAVE_WAIT_S, Autosaver
from ui.context import AppContext
from ui.info_label import InfoLabel

CHECK_AFTER_MS = 1500  # the word count follows the typing, not every key


class NotesEditor(QPlainTextEdit):
    """At least eight lines tall, at whatever text size."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().lineSpacing() * 8)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 12)


class NotesBox(QWidget):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.item_id: int | None = None
        self.label = QLabel("&Notes for this item (saved as you type):")
        self.editor = NotesEditor()
        self.editor.setAccessibleName("Notes for this item")
        self.editor.setAccessibleDescription(
            "Saved as you type. You can use markdown: a line starting with a dash is a list.")
        self.editor.setTabChangesFocus(True)  # Tab leaves the notes; no keyboard trap
        self.label.setBuddy(self.editor)
        self.state = InfoLabel("Notes saving")  # a save that failed says why, in a sentence
        self.words = InfoLabel("Words partners may not know")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.state)
        layout.addWidget(self.words)
        self._saved_changes = NOTHING  # what the last save changed, for the screens
        self.saver = Autosaver(self._save, parent=self)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._failed)
        self.editor.textChanged.connect(self._typed)
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_AFTER_MS)
        self.check_timer.timeout.connect(self._count_hard_words)
        self._loading = False

    # ----- item ------------------------------------------------------------------------------
    def show_item(self, item_id: int | None) -> None:
        """Saves the notes of the item being left, then shows this item's notes."""
        self.saver.track(item_id, self.editor.toPlainText)
        if item_id == self.item_id and item_id is not None:
            return
        self.item_id = item_id
        self._loading = True
        self.editor.setPlainText(self.context.store.notes.get(item_id) if item_id else "")
        self._loading = False
        self.editor.setEnabled(item_id is not None)
        self.state.setText("Notes are saved as you type.")
        self._count_hard_words()

    def flush(self) -> bool:
        return self.saver.flush()

    def follow(self, changes: Changes) -> None:
        """Notes changed (Undo, Redo, a restored backup): show the stored words if they are
        not what is in the box, unless typing is waiting to be saved over them."""
        if self.item_id is None or not changes.touches_row(Kind.NOTES, self.item_id) \
                or self.saver.pending:
            return
        stored = self.context.store.notes.get(self.item_id)
        if stored != self.editor.toPlainText():
            position = self.editor.textCursor().position()
            self._loading = True
            self.editor.setPlainText(stored)
            self._loading = False
            cursor = self.editor.textCursor()
            cursor.setPosition(min(position, len(stored)))
            self.editor.setTextCursor(cursor)
            self._count_hard_words()

    # ----- saving ----------------------------------------------------------------------------
    def _typed(self) -> None:
        if self._loading:
            return
        self.saver.changed()
        if self.state.text() != "Saving…":
            self.state.setText("Saving…")
        self.check_timer.start()

    def _save(self, item_id: int, text: str) -> None:
        with self.context.store.waiting_at_most(AUTOSAVE_WAIT_S):
            self._saved_changes = minutes.save_notes(self.context.store, item_id, text).changes

    def _saved(self, _item_id: int, _text: str) -> None:
        self.state.setText(f"Notes saved at {clock.local_now():%H:%M}.")
        self.context.tell_screens(self._saved_changes)

    def _failed(self, message: str) -> None:
        self.state.setText(message)
        announce(self, message)

    # ----- plain words -----------------------------------------------------------------------
    def _count_hard_words(self) -> None:
        line = hard_words_line(self.editor.toPlainText())
        self.words.setText(line)
        self.words.setVisible(bool(line))


def hard_words_line(text: str) -> str:
    """'2 words partners may not know: MDT, utilise.' or '' (no checker, or none found)."""
    if not text.strip():
        return ""
    from meetingkit.plain import check

    try:
        findings = check(text).findings
    except Exception:  # the checker is a helper here; never let it get in the way of notes
        return ""
    words: list[str] = []
    for finding in findings:
        if finding.category in ("acronym", "jargon", "latin") and finding.text not in words:
            words.append(finding.text)
    if not words:
        return ""
    shown = ", ".join(words[:5]) + (" and more" if len(words) > 5 else "")
    noun = "word" if len(words) == 1 else "words"
    return f"{len(words)} {noun} partners may not know: {shown}."
