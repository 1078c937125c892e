"""Add or edit one person."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from meetingkit.model import Person, Role
from ui.forms import add_field, ok_cancel


class PersonDialog(QDialog):
    def __init__(self, parent: QWidget | None, person: Person | None = None):
        super().__init__(parent)
        self.setWindowTitle("Add a person" if person is None else "Edit person")
        form = QFormLayout()
        self.name = add_field(form, "&Name:", QLineEdit())
        self.role = add_field(form, "&Role:", QComboBox())
        for role in Role:
            self.role.addItem(role.label, role.value)
        self.access = add_field(form, "&Access needs:", QLineEdit(),
                                "For example: large print, uses a screen reader, papers on paper")
        self.email = add_field(form, "&Email:", QLineEdit())
        if person:
            self.name.setText(person.name)
            self.role.setCurrentIndex(self.role.findData(person.role))
            self.access.setText(person.access_needs)
            self.email.setText(person.email)
        else:
            self.role.setCurrentIndex(self.role.findData(Role.STAFF.value))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, "Add person" if person is None else "Save"))

    def values(self) -> dict:
        return {"name": self.name.text(), "role": self.role.currentData(),
                "access_needs": self.access.text().strip(), "email": self.email.text().strip()}
