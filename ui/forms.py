"""Form helpers: every field gets a label tied to it (buddy) and the same accessible name,
so screen readers read the label and keyboard users can jump with the underlined letter."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ui.fit_height import fit_to_wrapped_labels

WRAP_AFTER = 56  # characters: a longer label fits beside its field even at 250%


def add_field(form: QFormLayout, label_text: str, field: QWidget, description: str = "") -> QWidget:
    label = QLabel(label_text)
    label.setBuddy(field)
    # Only long labels wrap: Qt's form gives a wrapped label its guessed width and the field's
    # height, which cut short ones in half at large text ("Usual meeting / length").
    label.setWordWrap(len(label_text) > WRAP_AFTER)
    field.setAccessibleName(label_text.replace("&", "").rstrip(":"))
    if description:
        field.setAccessibleDescription(description)
        field.setToolTip(description)
    form.addRow(label, field)
    return field


def enable_clear_button(field: QLineEdit, name: str = "Clear") -> None:
    """Qt's clear button inside a text box has no name of its own; screen readers need one."""
    field.setClearButtonEnabled(True)
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(name)


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    fit_to_wrapped_labels(dialog)  # its form's long labels wrap: never cut in half
    return buttons
