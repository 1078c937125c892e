"""The one question asked when a partner closes the review window with questions not yet
saved as a reply. Its own module so tests can answer it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.messages import fit_message


def ask_before_closing(parent: QWidget, kept: bool) -> str:
    """'save', 'close' or 'stay'."""
    kept_words = ("Your questions are kept on this laptop, so they will be here when you open "
                  "the pack again. " if kept else "")
    text = (f"{kept_words}The chair only sees them when you save your reply and send it.")
    box = QMessageBox(QMessageBox.Icon.Question, "Save your reply first?", text,
                      QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton("Save my reply…", QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton("Close for now", QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton("Keep reading", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(stay)
    box.setAccessibleName("Save your reply first?")
    box.setAccessibleDescription(text)
    fit_message(box).exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "close" if clicked is close else "stay"
