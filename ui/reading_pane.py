"""A read-only document a screen reader can read: a keyboard caret, so the arrow keys read it by
line, word and character; H and Shift+H jump between its headings (real heading levels in the
document, said out loud: "Heading level 3: In short"); and every explained word is a `term:N`
link whose meaning Enter (or Tab, where Tab moves between words, or the mouse) shows and says.

Used by the partner's review window and the Papers tab's Plain view. Nothing is ever fetched
from outside (no pictures, no other pages); web links open in the web browser only when asked.

It is a read-only QTextEdit, not a QTextBrowser: Qt tells screen readers a QTextBrowser is a
label, and Orca then reads nothing of it on arrival; a read-only text is read from the caret.
The few things a browser adds (links by mouse, Tab between words) are done here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QCursor,
    QDesktopServices,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QShowEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from ui.announce import announce
from ui.display.reading import text_view_shown
from ui.papers.term_links import TERM_SCHEME

KEYS_HINT = ("H goes to the next heading and W to the next word with a meaning; with Shift, "
             "back. Enter on a word says what it means.")


class ReadingPane(QTextEdit):
    meaning_shown = Signal(str)  # what an explained word means, to show beside the text

    def __init__(self, name: str, tab_between_words: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.terms: list[tuple[str, str]] = []
        self.tab_between_words = tab_between_words
        self._pointed_at = ""
        self.setAccessibleName(name)
        self.setAccessibleDescription(KEYS_HINT)
        self.setReadOnly(True)
        # A caret the arrow keys move: without it a screen reader has nothing to read by line.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        # Tab moves on (nobody is trapped); in the Plain view it visits each word on the way.
        self.setTabChangesFocus(True)
        self.viewport().setMouseTracking(True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        text_view_shown(self)  # reading mode's spacing, for a view made after it was set

    # ----- showing ------------------------------------------------------------------------------
    def show_html(self, html: str, terms: list[tuple[str, str]] | None = None) -> None:
        """The page, with `term:N` links counting into `terms` (words, what they mean)."""
        self.terms = list(terms or [])
        self.setHtml(html)
        self._mark_terms()
        self.moveCursor(QTextCursor.MoveOperation.Start)  # read from the top, not the end

    def _mark_terms(self) -> None:
        """Explained words get a dotted underline in the text colour: words with help behind
        them rather than links that go somewhere."""
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setForeground(self.palette().color(QPalette.ColorRole.Text))
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().anchorHref().startswith(TERM_SCHEME):
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(fmt)
                iterator += 1
            block = block.next()

    # ----- headings -----------------------------------------------------------------------------
    def headings(self) -> list[tuple[int, str]]:
        """(level, text) of every heading, in order."""
        found = []
        block = self.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level and block.text().strip():
                found.append((level, block.text().strip()))
            block = block.next()
        return found

    def go_to_heading(self, forward: bool = True) -> bool:
        """Moves the caret to the next (or previous) heading and says which it is."""
        here = self.textCursor().block()
        block = here.next() if forward else here.previous()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text().strip():
                self._put_caret(block)
                announce(self, f"Heading level {block.blockFormat().headingLevel()}: "
                         f"{block.text().strip()}")
                return True
            block = block.next() if forward else block.previous()
        announce(self, "No more headings after this." if forward
                 else "No headings before this.")
        return False

    def _put_caret(self, block: QTextBlock) -> None:
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # ----- explained words ----------------------------------------------------------------------
    def meaning(self, url: QUrl | str) -> str | None:
        """What the word behind a `term:N` link means, the word first if the meaning does not
        say it ("AAR: After Action Review…")."""
        href = url.toString() if isinstance(url, QUrl) else url
        if not href.startswith(TERM_SCHEME):
            return None
        try:
            words, meaning = self.terms[int(href[len(TERM_SCHEME):])]
        except (ValueError, IndexError):
            return None
        return meaning if words.casefold() in meaning.casefold() else f"{words}: {meaning}"

    def go_to_word(self, forward: bool = True) -> bool:
        """Selects the next (or previous) word with a meaning and says what it means."""
        cursor = self.textCursor()
        start = cursor.selectionEnd() if forward else cursor.selectionStart()
        spans = self._term_spans()
        found = ([s for s in spans if s[0] >= start] if forward
                 else [s for s in spans if s[1] <= start][-1:])
        if not found:
            announce(self, "No more words with a meaning after this." if forward
                     else "No words with a meaning before this.")
            return False
        begin, end, href = found[0]
        cursor = QTextCursor(self.document())
        cursor.setPosition(begin)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.explain(href)
        return True

    def _term_spans(self) -> list[tuple[int, int, str]]:
        spans: list[tuple[int, int, str]] = []
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                href = fragment.charFormat().anchorHref()
                if href.startswith(TERM_SCHEME):
                    begin, end = fragment.position(), fragment.position() + fragment.length()
                    if spans and spans[-1][2] == href and spans[-1][1] == begin:
                        begin = spans.pop()[0]  # one word split over formats is one word
                    spans.append((begin, end, href))
                iterator += 1
            block = block.next()
        return spans

    def link_at_caret(self) -> str:
        cursor = self.textCursor()
        position = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        for probe in (position + 1, position):  # the character after the caret, or before it
            if 0 < probe <= self.document().characterCount():
                check = QTextCursor(self.document())
                check.setPosition(probe)
                href = check.charFormat().anchorHref()
                if href:
                    return href
        return ""

    def explain(self, href: str) -> str:
        """Shows and says what the word (or link) means; returns the words used."""
        text = self.meaning(href)
        if text is None:
            text = f"This links to {href}. Press Ctrl+Enter to open it in your web browser."
        self.meaning_shown.emit(text)
        if self.hasFocus():
            where = self.viewport().mapToGlobal(self.cursorRect().bottomLeft())
        else:
            where = QCursor.pos()
        QToolTip.showText(where, text, self)
        announce(self, text)
        return text

    def _link_chosen(self, url: QUrl) -> None:
        if url.toString().startswith(TERM_SCHEME):
            self.explain(url.toString())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    # ----- the mouse ----------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        href = self.anchorAt(event.position().toPoint())
        if href != self._pointed_at:
            self._pointed_at = href
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if href
                                      else Qt.CursorShape.IBeamCursor)
            if href.startswith(TERM_SCHEME):
                self.explain(href)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        href = self.anchorAt(event.position().toPoint())
        super().mouseReleaseEvent(event)
        if href and event.button() == Qt.MouseButton.LeftButton \
                and not self.textCursor().hasSelection():
            self._link_chosen(QUrl(href))

    # ----- keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_H and mods in (Qt.KeyboardModifier.NoModifier,
                                            Qt.KeyboardModifier.ShiftModifier):
            self.go_to_heading(forward=mods == Qt.KeyboardModifier.NoModifier)
            return
        if key == Qt.Key.Key_W and mods in (Qt.KeyboardModifier.NoModifier,
                                            Qt.KeyboardModifier.ShiftModifier):
            self.go_to_word(forward=mods == Qt.KeyboardModifier.NoModifier)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            href = self.link_at_caret()
            if href and mods == Qt.KeyboardModifier.ControlModifier:
                self._link_chosen(QUrl(href))
                return
            if href and mods == Qt.KeyboardModifier.NoModifier:
                self.explain(href)
                return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, following: bool) -> bool:  # noqa: N802 (Qt's name)
        if self.tab_between_words and self.hasFocus() and self._next_word(following):
            return True  # Tab went to the next word; after the last one it moves on
        return super().focusNextPrevChild(following)

    def _next_word(self, forward: bool) -> bool:
        cursor = self.textCursor()
        start = cursor.selectionEnd() if forward else cursor.selectionStart()
        spans = self._term_spans()
        return bool([s for s in spans if s[0] >= start] if forward
                    else [s for s in spans if s[1] <= start]) and self.go_to_word(forward)

    def event(self, event: QEvent) -> bool:
        # H and W are this pane's keys while it has the focus, never a shortcut's.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_H, Qt.Key.Key_W) and not event.modifiers() & ~(
                    Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            return True
        return super().event(event)

    def loadResource(self, _kind: int, _name: QUrl):  # noqa: N802 (Qt's name)
        return None  # never fetch a picture or a page
