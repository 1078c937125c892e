"""Help > Getting started and Help > About."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox, QWidget

from meetingkit import __version__
from ui.context import AppContext

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


def show_getting_started(parent: QWidget) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "Getting started", GETTING_STARTED,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName("Getting started")
    box.exec()


def about_text(context: AppContext) -> str:
    return (
        f"<p><b>MeetingKit {__version__}</b></p>"
        "<p>Accessible patient safety meetings: plain-language papers, turn-taking, minutes "
        "and actions. Works offline; nothing leaves this computer unless you export it.</p>"
        f"<p>Your data: {context.store.path}</p>"
        f"<p>Qt for Python {pyside_version}, Python {platform.python_version()}.</p>"
        "<p>Licence: MIT. Word lists include material under the Open Government Licence v3.0.</p>"
    )


def show_about(parent: QWidget, context: AppContext) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "About MeetingKit", about_text(context),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName("About MeetingKit")
    box.exec()
