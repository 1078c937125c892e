"""Help > Getting started. (Help > About is ui/about_window.py.)"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.messages import fit_message

GETTING_STARTED = (
    "<p><b>MeetingKit helps you run meetings that everyone can take part in.</b></p>"
    "<ol>"
    "<li>Choose a committee and a meeting on the left.</li>"
    "<li>Use the tabs on the right: <b>Agenda</b> to plan, <b>Papers</b> to check papers are in "
    "plain English, <b>Run the meeting</b> to give everyone a turn to speak, <b>Minutes</b> to "
    "write down what was agreed, and <b>Feedback</b> to hear how the meeting felt.</li>"
    "<li>Everything you type is saved as you go.</li>"
    "</ol>"
    "<p>Press Tab to move between parts of the window. Every action is in a menu at the top.</p>"
)


def getting_started_box(parent: QWidget) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, "Getting started", GETTING_STARTED,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName("Getting started")
    return fit_message(box)


def show_getting_started(parent: QWidget) -> None:
    getting_started_box(parent).exec()
