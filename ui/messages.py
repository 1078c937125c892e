"""Calm, plain messages and questions. One place, so every dialog reads the same way."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

LINE_CHARACTERS = 60  # a long message's lines, at any text size (screen allowing)


def fit_message(box: QMessageBox) -> QMessageBox:
    """Lets a long message be as wide as sixty characters. Qt keeps a message box under 500 px
    wide, so at 250% text a few sentences became a column taller than a laptop's screen, its
    button out of sight."""
    label = box.findChild(QLabel, "qt_msgbox_label")
    screen = box.screen() or QApplication.primaryScreen()
    if label is None or screen is None:
        return box
    words = re.sub(r"<[^>]+>", "", box.text())
    chars = label.fontMetrics().averageCharWidth() * LINE_CHARACTERS
    # Qt wraps a message at its own soft limit (500 px) only when the message's least width is
    # wider; a minimum narrower than that stood in for the line's width, and Qt then showed
    # the message on one line, cut off. So only large text, where sixty characters are wider.
    soft_limit = min(screen.availableGeometry().width() // 2, 500)
    if len(words) > LINE_CHARACTERS and chars > soft_limit:
        # Qt then fixes the box's width at most 480 px under the screen's (1000 at most); the
        # icon and margins take about 140 of it, and a wider label would be cut off.
        room = min(screen.availableGeometry().width() - 480, 1000) - 140
        label.setMinimumWidth(max(min(chars, room), label.minimumWidth()))
    return box


def tell(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    fit_message(box).exec()


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """Asks before anything is deleted or overwritten. The safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("Keep it", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    fit_message(box).exec()
    return box.clickedButton() is yes_button


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str = "Not now") -> bool:
    """Offers something that changes nothing already there; yes is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.setEscapeButton(no_button)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    fit_message(box).exec()
    return box.clickedButton() is yes_button
