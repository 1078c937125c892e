"""A time box that is one Tab stop. Qt's time box keeps Tab for itself to move from the hours
to the minutes, so a person tabbing on to the next box typed the place into the minutes.
Here Tab moves on; typing "1430" still fills the hours and then the minutes, and Up and Down
change the part the caret is in, as before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTimeEdit, QWidget


class TimeBox(QTimeEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")

    def focusNextPrevChild(self, following: bool) -> bool:  # noqa: N802 (Qt's name)
        return QWidget.focusNextPrevChild(self, following)  # Tab leaves; never a section
