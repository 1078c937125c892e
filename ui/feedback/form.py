"""How did the meeting feel? A short form anyone can fill in after a meeting: four questions
answered in words (radio buttons in named groups, moved through with the arrow keys), one
comment, and a choice to give their name or stay anonymous."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.errors import MeetingKitError
from ui.announce import announce
from ui.context import AppContext
from ui.feedback.scale import ANSWERS, NO_ANSWER, QUESTIONS
from ui.forms import add_field
from ui.info_label import InfoLabel
from ui.minutes.money_fields import tidy_form

ANONYMOUS = "Nobody: keep it anonymous"


class FeedbackForm(QWidget):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.meeting_id: int | None = None
        intro = QLabel("Tell us how this meeting felt. There are no right answers, and you can "
                       "skip any question. Use the arrow keys to choose an answer.")
        intro.setWordWrap(True)
        who_form = QFormLayout()
        self.who = add_field(who_form, "&Whose feedback is this?", QComboBox(),
                             "Choose your name, or keep it anonymous")
        tidy_form(who_form)
        self.groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(who_form)
        for number, (key, question, _short) in enumerate(QUESTIONS, start=1):
            layout.addWidget(self._question_box(number, key, question))
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setAccessibleName("Anything else you want to tell us")
        self.comment.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        comment_label = QLabel("&Anything else you want to tell us (you can leave this empty):")
        comment_label.setWordWrap(True)
        comment_label.setBuddy(self.comment)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment)
        self.send_button = QPushButton("&Send feedback")
        self.send_button.setAccessibleName("Send feedback")
        self.send_button.clicked.connect(self.send)
        self.thanks = InfoLabel()  # read as what it says
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addWidget(self.thanks, 1)
        layout.addLayout(row)
        layout.addStretch()

    def _question_box(self, number: int, key: str, question: str) -> QGroupBox:
        box = QGroupBox(f"{number}. {question}")
        box.setAccessibleName(question)
        group = QButtonGroup(box)
        # The question is said once, as the box's name. A description on each answer, and the
        # box as the answers' own parent (Orca then reads it again as their group), made it
        # three times for one press of Tab; the answers sit in an unnamed strip instead.
        answers = QWidget()
        QVBoxLayout(box).addWidget(answers)
        row = QHBoxLayout(answers)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(self.fontMetrics().averageCharWidth() * 3)  # whose circle is whose
        for value, words in (*ANSWERS, (0, NO_ANSWER)):
            button = QRadioButton(words)
            button.setAccessibleName(words)
            group.addButton(button, value)
            row.addWidget(button)
        row.addStretch()
        # The round indicator grows with the text (the style draws it at a fixed size).
        box.setStyleSheet("QRadioButton::indicator { width: 1em; height: 1em; }")
        group.button(0).setChecked(True)
        self.groups[key] = group
        return box

    # ----- meeting ---------------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.thanks.setText("")
        self.fill_people()
        self.setEnabled(meeting_id is not None)

    def fill_people(self) -> None:
        chosen = self.who.currentData()
        self.who.clear()
        self.who.addItem(ANONYMOUS, None)
        if self.meeting_id is not None:
            store = self.context.store
            meeting = store.meetings.get(self.meeting_id)
            members = store.committees.members(meeting.committee_id)
            for person in sorted(members, key=lambda p: (not p.is_partner, p.name)):
                self.who.addItem(f"{person.name} ({person.role_label})", person.id)
        self.who.setCurrentIndex(max(0, self.who.findData(chosen)))

    # ----- answers ---------------------------------------------------------------------------
    def answers(self) -> dict[str, int | None]:
        return {key: (group.checkedId() or None) for key, group in self.groups.items()}

    def clear(self) -> None:
        for group in self.groups.values():
            group.button(0).setChecked(True)
        self.comment.clear()
        self.who.setCurrentIndex(0)

    def send(self) -> None:
        if self.meeting_id is None:
            return
        answers, comment = self.answers(), self.comment.toPlainText()
        person_id, meeting_id = self.who.currentData(), self.meeting_id
        store = self.context.store

        def add() -> int:
            if not comment.strip() and all(value is None for value in answers.values()):
                raise MeetingKitError("Please answer at least one question or write a comment "
                                      "before sending.")
            return store.feedback.add(meeting_id, person_id, comment, **answers)

        if self.context.perform(self, add, {"feedback"}, "Feedback saved. Thank you."):
            self.clear()
            self.thanks.setText("Thank you. Your feedback is saved. The next person can fill "
                                "in the form now.")
            announce(self, self.thanks.text())
            self.who.setFocus()
