"""Questions the Agenda tab asks before it adds to or replaces an agenda that has items."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.messages import fit_message


def ask_add_or_replace(parent: QWidget | None, what: str, count: int) -> str | None:
    """'add', 'replace' or None (keep the agenda as it is). Keeping it is the default."""
    title = "The agenda already has items"
    text = (f"This agenda already has {count} item{'s' * (count != 1)}. Add {what} after them, "
            f"or replace them with {what}? Replacing removes the items there now and their "
            "papers; Undo (Ctrl+Z) brings them back.")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    add = box.addButton("Add after them", QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton("Replace them", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("Keep the agenda as it is", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    fit_message(box).exec()
    clicked = box.clickedButton()
    return "add" if clicked is add else "replace" if clicked is replace else None
