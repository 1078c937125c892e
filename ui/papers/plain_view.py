"""The Plain view: the paper shown read-only as a partner would read it, with every explained
word reachable by Tab. Moving to a word (keyboard or mouse) shows what it means below the text
and as a tooltip, and tells the screen reader. Nothing is ever fetched from outside."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QCursor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextBrowser, QToolTip, QVBoxLayout, QWidget

from meetingkit.importers import safe_markdown_html
from meetingkit.plain import Glossary, GlossaryEntry
from ui.announce import announce
from ui.papers.term_links import TERM_SCHEME, explanations, link_terms

HINT = "Press Tab to move to an underlined word and see what it means here."
_STYLE = "h1, h2, h3 { margin-top: 14px; } p, li { margin-bottom: 8px; }"


class LocalBrowser(QTextBrowser):
    """A QTextBrowser that never loads anything (no pictures, no other pages) and says when Tab
    moves the keyboard to a word (Qt sends no signal for that)."""

    keyboard_moved = Signal()

    def focusNextPrevChild(self, following: bool) -> bool:  # noqa: N802 (Qt's name)
        moved = super().focusNextPrevChild(following)
        if moved and self.hasFocus():
            self.keyboard_moved.emit()
        return moved

    def loadResource(self, _kind: int, _name: QUrl):  # noqa: N802 (Qt's name)
        return None


class PlainView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.terms: list[tuple[str, str]] = []
        self.source_note = QLabel()
        self.source_note.setWordWrap(True)
        self.browser = LocalBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName("Paper in plain view")
        self.browser.setAccessibleDescription(HINT)
        self.browser.document().setDefaultStyleSheet(_STYLE)
        self.browser.document().setDocumentMargin(12)
        self.explanation = QLabel(HINT)
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName("What the word means")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source_note)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.explanation)
        self.browser.highlighted.connect(self._highlighted)  # the mouse is over a word
        self.browser.anchorClicked.connect(self._highlighted)
        self.browser.keyboard_moved.connect(self._keyboard_moved)  # Tab reached a word

    def show_paper(self, markdown: str, glossary: Glossary | Iterable[GlossaryEntry],
                   note: str) -> None:
        page, self.terms = link_terms(safe_markdown_html(markdown),
                                      explanations(markdown, glossary))
        self.source_note.setText(note)
        self.browser.setHtml(page)
        self._mark_terms()
        self.explanation.setText(HINT if self.terms else
                                 "No hard words or short forms to explain in this paper.")

    def _mark_terms(self) -> None:
        """Explained words get a dotted underline in the text colour, so they read as words
        with help behind them rather than as links that go somewhere."""
        document = self.browser.document()
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setForeground(self.browser.palette().color(QPalette.ColorRole.Text))
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().anchorHref().startswith(TERM_SCHEME):
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(fmt)
                iterator += 1
            block = block.next()

    def meaning(self, url: QUrl) -> str | None:
        href = url.toString()
        if not href.startswith(TERM_SCHEME):
            return None
        try:
            return self.terms[int(href[len(TERM_SCHEME):])][1]
        except (ValueError, IndexError):
            return None

    def _keyboard_moved(self) -> None:
        cursor = self.browser.textCursor()
        if not cursor.hasSelection():
            return
        probe = QTextCursor(self.browser.document())
        probe.setPosition(cursor.selectionStart() + 1)
        href = probe.charFormat().anchorHref()
        if href:
            self._highlighted(QUrl(href))

    def _highlighted(self, url: QUrl) -> None:
        if url.isEmpty():
            return
        text = self.meaning(url)
        if text is None:
            text = f"This links to {url.toString()}. Open it in your web browser if you need it."
        self.explanation.setText(text)
        cursor = self.browser.textCursor()
        if self.browser.hasFocus() and cursor.hasSelection():
            where = self.browser.viewport().mapToGlobal(self.browser.cursorRect().bottomLeft())
        else:
            where = QCursor.pos()
        QToolTip.showText(where, text, self.browser)
        announce(self.browser, text)
