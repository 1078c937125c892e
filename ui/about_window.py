"""Help > About MeetingKit: the name, version and icon, where this person's data is kept (with a
button to open that folder), the licence, and technical details an IT team can copy.

    show_about_window(parent, context)
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from meetingkit import __version__
from meetingkit.paths import backup_folder, is_portable, program_folder
from meetingkit.resources import resource_path
from ui.announce import announce
from ui.context import AppContext

SUMMARY = ("Plan and run patient-safety meetings that everyone can take part in: papers in "
           "plain English, a fair turn to speak, minutes and actions. MeetingKit works without "
           "the internet. Nothing leaves this computer unless you save or send it yourself.")
LICENCE_SUMMARY = ("MeetingKit is free software under the MIT licence: you may use, copy and "
                   "share it. The word lists include public sector information licensed under "
                   "the Open Government Licence v3.0. The table of common English words comes "
                   "from wordfreq by Robyn Speer and is licensed CC BY-SA 4.0.")
MIT_LICENCE = """\
MIT License

Copyright (c) MeetingKit developers

Permission is hereby granted, free of charge, to any person obtaining a copy of this software \
and associated documentation files (the "Software"), to deal in the Software without \
restriction, including without limitation the rights to use, copy, modify, merge, publish, \
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the \
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or \
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING \
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND \
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, \
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, \
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def app_icon() -> QIcon:
    """MeetingKit's icon (the .ico holds sharp small sizes; the PNG is the large one)."""
    icon = QIcon(str(resource_path("icons", "meetingkit.ico")))
    icon.addFile(str(resource_path("icons", "meetingkit.png")))
    return icon


def technical_details(context: AppContext) -> str:
    """Plain text for an IT team or a bug report: versions and folders, nothing personal."""
    database = Path(context.store.path)
    return "\n".join([
        f"MeetingKit {__version__}",
        f"Data file: {database}",
        f"Backups: {backup_folder(database)}",
        f"Portable copy: {'yes' if is_portable() else 'no'}",
        f"Program folder: {program_folder()}",
        f"Built program: {'yes' if getattr(sys, 'frozen', False) else 'no (running from Python)'}",
        f"Python {platform.python_version()}, Qt {qVersion()}, Qt for Python {pyside_version}",
        f"System: {platform.platform()}",
    ])


def _read_only_line(text: str, name: str) -> QLineEdit:
    """Text people can select, copy and have read out, but not change."""
    line = QLineEdit(text)
    line.setReadOnly(True)
    line.setAccessibleName(name)
    line.setCursorPosition(0)
    return line


class _Body(QWidget):
    """The scrolling part: it scrolls rather than squeezing its fields below their size."""

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        return self.sizeHint()


class AboutWindow(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("About MeetingKit")
        self.setWindowIcon(app_icon())
        self.setAccessibleName("About MeetingKit")
        body = _Body()
        layout = QVBoxLayout(body)
        layout.addLayout(self._heading())
        summary = QLabel(SUMMARY)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        layout.addWidget(self._data_box())
        layout.addWidget(self._licence_box())
        layout.addWidget(self._details_box())
        layout.addStretch(1)
        # At large text sizes on a small laptop screen the window scrolls instead of spilling off.
        scroller = QScrollArea()
        scroller.setWidget(body)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        buttons.setContentsMargins(layout.contentsMargins())
        outer.addWidget(buttons)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        screen = self.screen().availableGeometry()
        # Wide enough for 80 characters and for the widest part, so nothing is cut off.
        widest = body.minimumSizeHint().width() + scroller.verticalScrollBar().sizeHint().width()
        width = min(max(self.fontMetrics().averageCharWidth() * 80, widest + 8), screen.width())
        inner = width - scroller.verticalScrollBar().sizeHint().width()
        body_height = layout.heightForWidth(inner) if layout.hasHeightForWidth() else -1
        height = max(body_height, body.sizeHint().height()) + buttons.sizeHint().height()
        self.resize(width, min(height + outer.spacing() * 2, screen.height() * 9 // 10))

    def _heading(self) -> QHBoxLayout:
        row = QHBoxLayout()
        side = self.fontMetrics().height() * 4  # grows with the text size
        self.icon_label = QLabel()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(str(resource_path("icons", "meetingkit.png"))).scaledToHeight(
            round(side * ratio), mode=Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.icon_label.setPixmap(pixmap)
        self.icon_label.setAccessibleName("MeetingKit icon: a speech bubble with a tick")
        row.addWidget(self.icon_label)
        words = QVBoxLayout()
        self.title_label = QLabel("MeetingKit")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setAccessibleName("MeetingKit")
        self.version_label = QLabel(f"Version {__version__}")
        words.addStretch(1)
        words.addWidget(self.title_label)
        words.addWidget(self.version_label)
        words.addStretch(1)
        row.addLayout(words, 1)
        return row

    def _data_box(self) -> QGroupBox:
        box = QGroupBox("Where your data is kept")
        form = QFormLayout(box)
        database = Path(self.context.store.path)
        self.data_folder = database.parent
        where = ("This is a portable copy: your data is kept beside the program, so it travels "
                 "with it." if is_portable() else
                 "Your data is kept in your own user folder on this computer, so MeetingKit "
                 "needs no admin rights.")
        explanation = QLabel(where)
        explanation.setWordWrap(True)
        form.addRow(explanation)
        self.data_line = _read_only_line(str(database), "Your data file")
        label = QLabel("Data &file:")
        label.setBuddy(self.data_line)
        form.addRow(label, self.data_line)
        self.backup_line = _read_only_line(str(backup_folder(database)), "Backups folder")
        backup_label = QLabel("&Backups:")
        backup_label.setBuddy(self.backup_line)
        form.addRow(backup_label, self.backup_line)
        self.open_button = QPushButton("&Open the data folder")
        self.open_button.setAccessibleDescription(f"Opens {self.data_folder} in your file viewer")
        self.open_button.clicked.connect(self.open_data_folder)
        form.addRow(self.open_button)
        return box

    def _licence_box(self) -> QGroupBox:
        box = QGroupBox("Licence")
        layout = QVBoxLayout(box)
        summary = QLabel(LICENCE_SUMMARY)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.licence_button = QPushButton("Show the full &licence")
        self.licence_button.setCheckable(True)
        self.licence_button.toggled.connect(self._show_licence)
        layout.addWidget(self.licence_button)
        self.licence_text = QPlainTextEdit(MIT_LICENCE)
        self.licence_text.setReadOnly(True)
        self.licence_text.setTabChangesFocus(True)  # Tab moves on instead of getting stuck
        self.licence_text.setAccessibleName("The MIT licence")
        self.licence_text.setMinimumHeight(self.fontMetrics().height() * 8)
        self.licence_text.hide()
        layout.addWidget(self.licence_text)
        return box

    def _details_box(self) -> QGroupBox:
        box = QGroupBox("For your IT team")
        layout = QVBoxLayout(box)
        self.details = technical_details(self.context)
        versions = QLabel(self.details.split("\n")[-2])  # Python, Qt and Qt for Python
        versions.setWordWrap(True)
        layout.addWidget(versions)
        self.copy_button = QPushButton("&Copy details")
        self.copy_button.setAccessibleDescription("Copies the version, folders and system "
                                                  "details, to paste into an email")
        self.copy_button.clicked.connect(self.copy_details)
        layout.addWidget(self.copy_button)
        self.copied_label = QLabel("")
        layout.addWidget(self.copied_label)
        return box

    def _show_licence(self, shown: bool) -> None:
        self.licence_text.setVisible(shown)
        self.licence_button.setText("Hide the full &licence" if shown else
                                    "Show the full &licence")
        if shown:
            self.licence_text.setFocus()

    def open_data_folder(self) -> None:
        self.data_folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder))):
            message = f"The folder could not be opened. It is {self.data_folder}."
            self.copied_label.setText(message)
            announce(self.copied_label, message)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        message = "Details copied. You can paste them into an email."
        self.copied_label.setText(message)
        announce(self.copied_label, message)


def show_about_window(parent: QWidget, context: AppContext) -> None:
    """Opens the About window over parent and waits until it is closed."""
    AboutWindow(context, parent).exec()
