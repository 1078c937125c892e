"""Small questions asked before an export: a few tick boxes (large print, who was heard, done
actions too), and a warning when something looks like a patient's details."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from meetingkit.export.privacy_check import ExportFinding
from ui.forms import ok_cancel
from ui.messages import fit_message

MAX_LISTED = 6


def ask_options(parent: QWidget | None, title: str, intro: str,
                choices: list[tuple[str, str, bool]]) -> dict[str, bool] | None:
    """Tick boxes (key, label, ticked); returns {key: ticked}, or None if cancelled."""
    if not choices:
        return {}
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    layout = QVBoxLayout(dialog)
    words = QLabel(intro)
    words.setWordWrap(True)
    layout.addWidget(words)
    boxes = {}
    for key, label, ticked in choices:
        box = QCheckBox(label)
        box.setChecked(ticked)
        box.setAccessibleName(label.replace("&", ""))
        layout.addWidget(box)
        boxes[key] = box
    layout.addWidget(ok_cancel(dialog, "Choose where to save…"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return {key: box.isChecked() for key, box in boxes.items()}


def confirm_patient_details(parent: QWidget | None, findings: list[ExportFinding]) -> bool:
    """True to export anyway. The safe answer (go back and check) is the default."""
    count = len(findings)
    listed = "\n".join(f"• {f.where}: '{f.text}'" for f in findings[:MAX_LISTED])
    more = f"\n…and {count - MAX_LISTED} more." if count > MAX_LISTED else ""
    text = (f"{count} thing{'s' if count != 1 else ''} in this export look{'' if count != 1 else 's'}"
            f" like a patient's details:\n\n{listed}{more}\n\nRemove them before the file leaves "
            "this laptop, unless you are sure they are not about a patient.")
    box = QMessageBox(QMessageBox.Icon.Warning, "Check for patient details", text,
                      QMessageBox.StandardButton.NoButton, parent)
    export = box.addButton("Export anyway", QMessageBox.ButtonRole.DestructiveRole)
    back = box.addButton("Go back and check", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.setAccessibleName("Check for patient details")
    box.setAccessibleDescription(text)
    fit_message(box).exec()
    return box.clickedButton() is export
