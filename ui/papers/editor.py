"""The paper editor: the paper's markdown shown as a formatted document (the marks hidden except
on the line being edited: highlighter.py), with the checker's advice as a tooltip over each
underlined word, and local files dropped on it handed on for import."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Signal
from PySide6.QtGui import QHelpEvent, QPaintEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from meetingkit.plain import Finding
from ui.papers.checker import PaperChecker
from ui.papers.finding_words import finding_description
from ui.papers.offsets import from_qt, to_qt
from ui.papers.underline_painter import paint_underlines


def local_files(mime: QMimeData) -> list[str]:
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


class PaperEditor(QPlainTextEdit):
    edited = Signal()  # the chair changed the text (not loading, not re-highlighting)
    files_dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Paper text")
        self.setAccessibleDescription(
            "Words with advice are underlined. The list beside the text says what to change.")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)  # Tab moves on to the findings list: no keyboard trap
        self.document().setDocumentMargin(10)
        self._loading = False
        self.document().contentsChange.connect(self._contents_change)
        self.checker = PaperChecker(self)
        self.cursorPositionChanged.connect(self._reveal_marks)

    def load(self, text: str) -> None:
        """Show a paper's text; the undo history starts afresh."""
        self._loading = True
        try:
            self.checker.highlighter.expect(text)
            self.setPlainText(text)
        finally:
            self._loading = False
        self.checker.forget_ignored()
        self.checker.run()

    def _contents_change(self, _position: int, removed: int, added: int) -> None:
        if not self._loading and (removed or added):
            self.checker.text_edited()
            self.edited.emit()

    # ----- markdown marks: shown on the line being edited, hidden elsewhere -------------------
    def _reveal_marks(self) -> None:
        self.checker.highlighter.reveal(self.textCursor().blockNumber() if self.hasFocus()
                                        else -1)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self._reveal_marks()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self._reveal_marks()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # headings follow the text size
            highlighter = self.checker.highlighter
            highlighter.text_size = self.font().pointSizeF()
            highlighter.rehighlight()

    # ----- findings at a place in the text ---------------------------------------------------
    def finding_at(self, cursor: QTextCursor) -> Finding | None:
        block = cursor.block()
        text = block.text()
        position = from_qt(text, cursor.positionInBlock())
        for start, end, finding in self.checker.highlighter.segments(block.blockNumber(), text):
            if start <= position < end or (position == end and start < end):
                return finding
        return None

    def select_span(self, start: int, end: int) -> bool:
        """Select characters start..end (Python offsets into the text). False if out of range."""
        text = self.toPlainText()
        if not 0 <= start <= end <= len(text):
            return False
        cursor = self.textCursor()
        cursor.setPosition(to_qt(text, start))
        cursor.setPosition(to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        return True

    def reveal(self, start: int, end: int) -> None:
        """Shade the words of the finding chosen in the list and scroll them into view, without
        moving the chair's place in the text."""
        text = self.toPlainText()
        if not 0 <= start <= end <= len(text):
            self.setExtraSelections([])
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(to_qt(text, start))
        cursor.setPosition(to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
        shade = QTextCharFormat()
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        colour.setAlpha(60)
        shade.setBackground(colour)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = shade
        self.setExtraSelections([selection])
        if not self.viewport().rect().contains(self.cursorRect(cursor)):
            block = self.document().findBlock(cursor.selectionStart()).blockNumber()
            lines = self.viewport().height() // max(1, self.fontMetrics().lineSpacing())
            self.verticalScrollBar().setValue(max(0, block - min(3, lines // 4)))

    def replace_span(self, start: int, end: int, replacement: str) -> None:
        """One undoable edit (Ctrl+Z puts the words back)."""
        if self.select_span(start, end):
            self.textCursor().insertText(replacement)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        paint_underlines(self, self.checker.highlighter.segments, event.rect())

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            finding = self.finding_at(self.cursorForPosition(event.pos()))
            if finding is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), finding_description(finding), self)
            return True
        return super().viewportEvent(event)

    # ----- files dropped on the text become new papers, not a line of text -------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt's name)
        return bool(local_files(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        files = local_files(source)
        if files:
            self.files_dropped.emit(files)
        else:
            super().insertFromMimeData(source)
