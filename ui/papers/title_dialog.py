"""Asks for a paper's title (new blank paper, rename)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ui.forms import add_field, ok_cancel


class TitleDialog(QDialog):
    def __init__(self, parent: QWidget | None, window_title: str, title: str, ok_text: str):
        super().__init__(parent)
        self.setWindowTitle(window_title)
        form = QFormLayout()
        self.field = add_field(form, "Paper &title:", QLineEdit(title),
                               "The title partners will see, in plain words.")
        self.field.selectAll()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, ok_text))
        self.resize(460, self.sizeHint().height())


def ask_title(parent: QWidget | None, window_title: str, title: str, ok_text: str) -> str | None:
    """The title typed, or None when the chair cancels."""
    dialog = TitleDialog(parent, window_title, title, ok_text)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.field.text().strip() or "Untitled paper"
