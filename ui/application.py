"""The app's QApplication, with the behaviour every window relies on installed as it is made.
The tests make theirs from this class too (tests/conftest.py), so they run what people run."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.fit_height import install_fit_height


class MeetingKitApplication(QApplication):
    def __init__(self, argv: list[str]):
        super().__init__(argv)
        install_fit_height(self)  # wrapped form labels are never cut in half
