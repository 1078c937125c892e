"""A date box that is one Tab stop. Qt's date box keeps Tab for itself to move from the weekday
to the day, the month and the year, so a screen reader heard "Monday unselected 4 selected" for
each of three extra presses of Tab. Here Tab moves on; the keys change the date instead:

    Up / Down              a day later / earlier
    Page Up / Page Down    a month later / earlier
    Alt+Down (or F4)       the calendar (Ctrl+Page Up and Down belong to the window's tabs)

The date is a value a screen reader reads whole ("Monday 4 January 2027") at each change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

KEYS_HINT = ("Up and Down change the day, Page Up and Page Down the month; Alt+Down opens a "
             "calendar.")


class DateBox(QDateEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dddd d MMMM yyyy")

    def focusNextPrevChild(self, following: bool) -> bool:  # noqa: N802 (Qt's name)
        return QWidget.focusNextPrevChild(self, following)  # Tab leaves; never a section

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        days = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(key)
        if days is not None and mods == Qt.KeyboardModifier.NoModifier:
            self.setDate(self.date().addDays(days))
            return
        months = {Qt.Key.Key_PageUp: 1, Qt.Key.Key_PageDown: -1}.get(key)
        if months is not None and mods == Qt.KeyboardModifier.NoModifier:
            self.setDate(self.date().addMonths(months))
            return
        super().keyPressEvent(event)
