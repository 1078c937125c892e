"""Calm, plain messages and questions. One place, so every dialog reads the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def tell(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.exec()


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
    box.exec()
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
    box.exec()
    return box.clickedButton() is yes_button
