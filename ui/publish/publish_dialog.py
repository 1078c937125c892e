"""Send the meeting pack: what the checks found, a way to go and fix each one, and sending
anyway with a reason that is kept with the meeting's record."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from meetingkit.publishing import PackCheck, PackProblem
from ui.info_label import InfoLabel

WHAT_SENDING_DOES = ("Sending saves the meeting pack in Word and the review pack for partners "
                     "in a folder you choose, and makes an e-mail to the committee's members "
                     "with both attached, for you to check and send. MeetingKit notes today as "
                     "the day the pack went out, and whether that was on time.")


def _label(text: str, name: str = "") -> QLabel:
    label = InfoLabel(name, tab_stop=True)  # screen readers stop on it and hear the text
    label.setText(text)
    return label


class PublishDialog(QDialog):
    def __init__(self, parent: QWidget | None, check: PackCheck, first_sent: str = ""):
        super().__init__(parent)
        self.check = check
        self.chosen_problem: PackProblem | None = None  # set when the chair goes to fix one
        self.setWindowTitle("Send the meeting pack")
        content = QWidget()
        layout = QVBoxLayout(content)
        deadline = check.deadline
        when = deadline.sentence
        if deadline.days_left < 0:
            when += " It will be recorded as sent late."
        if first_sent:
            when = (f"The pack was first sent on {first_sent}. Sending it again keeps that date "
                    "and adds a note to the meeting's record.")
        layout.addWidget(_label(WHAT_SENDING_DOES, "What sending does"))
        layout.addWidget(_label(when, "When the pack is due"))
        problems = check.problems
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(4)  # each problem stands apart from the next
        self.list.viewport().installEventFilter(self)  # rewrap when the width changes
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.list.setAccessibleName("What would get in a partner's way")
        for problem in problems:
            entry = QListWidgetItem(problem.text)
            entry.setData(Qt.ItemDataRole.UserRole, problem)
            self.list.addItem(entry)
        if problems:
            count = len(problems)
            layout.addWidget(_label(f"{count} thing{'s' * (count != 1)} would get in a "
                                    "partner's way. Choose one and go to it to fix it, or send "
                                    "the pack anyway and say why.", "Check result"))
            list_label = QLabel("&Things to fix:")
            list_label.setBuddy(self.list)
            layout.addWidget(list_label)
            layout.addWidget(self.list, 1)
        else:
            layout.addWidget(_label("The checks found nothing that would get in a partner's "
                                    "way.", "Check result"))
            self.list.hide()
        for note in check.not_checked:
            layout.addWidget(_label(note, "Not checked"))
        self.go_button = QPushButton("&Go to this and fix it")
        self.go_button.setAccessibleName("Go to this and fix it")
        self.go_button.clicked.connect(self.go_to_chosen)
        self.go_button.setVisible(bool(problems))
        layout.addWidget(self.go_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName("Why send it now")
        self.reason.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        reason_label = QLabel("&Why send it now, with these still open? (Kept with the "
                              "meeting's record.)")
        reason_label.setWordWrap(True)
        reason_label.setBuddy(self.reason)
        if problems:
            layout.addWidget(reason_label)
            layout.addWidget(self.reason)
        else:
            reason_label.hide()
            self.reason.hide()
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(
            "&Send anyway" if problems else "&Send the pack",
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setAccessibleName(self.send_button.text().replace("&", ""))
        cancel = self.buttons.addButton("Not &now", QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName("Not now")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        scroll = QScrollArea()  # with large text on a small screen, the words scroll
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty "layered pane" Tab stop
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setAccessibleName("What the check found")
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.buttons)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.list.itemActivated.connect(lambda _item: self.go_to_chosen())
        self.reason.textChanged.connect(self._update)
        if problems:
            self.list.setCurrentRow(0)
            self.list.setFocus()
        self._update()
        self._size_to_text(bool(problems))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._rewrap()
        return super().eventFilter(watched, event)

    def _rewrap(self) -> None:
        """Each problem as tall as its wrapped words (Qt's own guess can cut the last line)."""
        metrics = self.list.fontMetrics()
        width = max(50, self.list.viewport().width() - 2 * self.list.spacing() - 8)
        for row in range(self.list.count()):
            entry = self.list.item(row)
            box = metrics.boundingRect(QRect(0, 0, width, 100000),
                                       int(Qt.TextFlag.TextWordWrap), entry.text())
            entry.setSizeHint(QSize(width, box.height() + 6))

    def _size_to_text(self, long: bool) -> None:
        """About 100 letters wide and 40 lines high (less with nothing to fix), in the current
        text size, but never larger than the screen."""
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * 100
        height = metrics.lineSpacing() * (40 if long else 16)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() * 9 // 10), min(height,
                                                                     screen.height() * 9 // 10)
        self.resize(width, height)

    def _update(self) -> None:
        self.go_button.setEnabled(self.list.currentItem() is not None)
        self.send_button.setEnabled(not self.check.problems or bool(self.reason_text()))
        self.send_button.setToolTip("" if self.send_button.isEnabled() else
                                    "Say why you are sending it now, first.")

    def reason_text(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def go_to_chosen(self) -> None:
        entry = self.list.currentItem()
        if entry is not None:
            self.chosen_problem = entry.data(Qt.ItemDataRole.UserRole)
            self.reject()
