"""Labels that show information tell a screen reader that information, not a fixed caption.

    clock = InfoLabel("Time left on the clock")   # read as "Time left on the clock: 3:05"
    overview = InfoLabel(tab_stop=True)           # read as its own text, and a Tab stop

A label's accessible name is what a screen reader says for it. A fixed name ("Meeting overview")
hides the text on screen; with no name Qt uses the text itself. An InfoLabel with a caption is
named "caption: text" and the name follows every change of text, so the caption gives context
and the text is never hidden. Only labels worth stopping on are Tab stops (`tab_stop=True`):
those that say something a person must hear; captions are reached through their control.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

_END = re.compile(r"[.:;!?]$")


def spoken_text(text: str, rich: bool | None = None) -> str:
    """The words of a label as one line to speak: markup dropped, each line a sentence."""
    if rich is None:
        rich = GuiQt.mightBeRichText(text)
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    lines = [" ".join(line.split()) for line in text.replace("\u2029", "\n").splitlines()]
    lines = [line for line in lines if line]
    return " ".join(line if _END.search(line) else line + "." for line in lines[:-1]) + (
        " " + lines[-1] if len(lines) > 1 else (lines[0] if lines else ""))


class InfoLabel(QLabel):
    def __init__(self, caption: str = "", tab_stop: bool = False, rich: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.caption = caption
        self.setWordWrap(True)
        if rich:
            self.setTextFormat(Qt.TextFormat.RichText)
        if tab_stop:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                         | Qt.TextInteractionFlag.TextSelectableByMouse)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._name_it()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if text == self.text():
            return
        super().setText(text)
        self._name_it()

    def _name_it(self) -> None:
        rich = self.textFormat() == Qt.TextFormat.RichText or (
            self.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(self.text()))
        words = spoken_text(self.text(), rich)
        caption = self.caption.rstrip("?:").strip()
        if caption and words.casefold().startswith(caption.casefold()):
            name = words  # the text begins with its caption: "The meeting pack. Not sent yet."
        elif self.caption:
            name = f"{self.caption}: {words}" if words else self.caption
        else:
            name = words
        if name != self.accessibleName():
            self.setAccessibleName(name)


def label_hides_text(label: QLabel) -> bool:
    """True when a label's accessible name leaves out what it shows (a fixed caption)."""
    name = label.accessibleName().strip()
    if not name or not label.text().strip():
        return False
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))
    shown = spoken_text(label.text(), rich).replace("&", "")
    squash = lambda s: re.sub(r"[^\w]+", "", s).casefold()  # noqa: E731
    return squash(shown) not in squash(name.replace("&", ""))
