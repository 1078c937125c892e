"""The partner's review window: the meeting pack read in Plain view, one agenda item at a time,
with a box for questions and comments on each item, and a reply file to save and e-mail back.

Read-only: nothing here touches a database. What the partner types is kept on their laptop as
they go (in the settings, per pack), so closing the window or the laptop loses nothing."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from meetingkit.errors import MeetingKitError
from meetingkit.export.dates import long_date
from meetingkit.review import ReviewPack, make_reply, save_reply
from ui.announce import announce
from ui.info_label import InfoLabel
from ui.keys import guard_wheel, install_key_guards
from ui.messages import tell
from ui.quiet_containers import install_quiet_containers
from ui.reading_pane import ReadingPane
from ui.review import files
from ui.review.agenda_list import AgendaList
from ui.review.closing import ask_before_closing
from ui.review.html import escape, item_page
from ui.review.text_size import TextSizeBox, apply_text_size

MEANING_HINT = ("Words with a dotted line have a meaning: put the cursor on one and press Enter, "
                "or point at it.")
QUESTIONS_LABEL = ("Your &questions and comments about this item. Leave an empty line between "
                   "questions.")
READING_KEY = "review/reading_layout"  # remembered: a partner who reads this way keeps it
READING_KEYS = "F11"
READING_ON = "The paper fills the window. Press F11 to show your questions again."
READING_OFF = "Your questions show under the paper again."


class ReviewWindow(QMainWindow):
    def __init__(self, pack: ReviewPack, settings: QSettings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.pack = pack
        self.settings = settings
        self.notes: dict[int, str] = {}
        self.current: int | None = None
        self.saved_since_change = True
        meeting = pack.meeting
        self.setWindowTitle(f"Review: {meeting.title}, {long_date(meeting.date)} – MeetingKit")
        self.setAccessibleName("Meeting pack review")
        self._build()
        self._build_menus()
        install_key_guards()
        install_quiet_containers()
        guard_wheel(self)
        self._save_timer = QTimer(self, singleShot=True, interval=700)
        self._save_timer.timeout.connect(self._keep_draft)
        self._restore()
        self.agenda.setCurrentRow(0)
        self.resize(1000, 720)

    # ----- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        meeting = self.pack.meeting
        body = QWidget()
        layout = QVBoxLayout(body)
        when = long_date(meeting.date) + (f" at {self.pack.start_time}"
                                          if self.pack.start_time else "")
        where = f", {self.pack.place}" if self.pack.place else ""
        header = QLabel(f"<h2>Meeting pack: {escape(meeting.title)}</h2>"
                        f"<p>{escape(when + where)}. Read each item, then write any questions "
                        "you have. Save your reply when you are done and e-mail it back.</p>")
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setWordWrap(True)
        layout.addWidget(header)
        self.header = header

        controls = QHBoxLayout()
        name_label = QLabel("Your &name:")
        self.reviewer = QLineEdit()
        self.reviewer.setAccessibleName("Your name")
        name_label.setBuddy(self.reviewer)
        size_label = QLabel("&Text size:")
        self.text_size = TextSizeBox()
        size_label.setBuddy(self.text_size)
        controls.addWidget(name_label)
        controls.addWidget(self.reviewer, 2)
        controls.addSpacing(24)
        controls.addWidget(size_label)
        controls.addWidget(self.text_size)
        controls.addStretch(1)
        self.controls = QWidget()
        self.controls.setLayout(controls)
        controls.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.controls)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        agenda_label = QLabel("&Agenda")
        self.agenda = AgendaList()
        agenda_label.setBuddy(self.agenda)
        left_layout.addWidget(agenda_label)
        left_layout.addWidget(self.agenda)
        for item in self.pack.items:
            row = QListWidgetItem(self._agenda_text(item.item_id))
            row.setData(Qt.ItemDataRole.UserRole, item.item_id)
            self.agenda.addItem(row)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # A document to read with the caret; Tab moves on, so keyboard users are not trapped.
        self.reader = ReadingPane("The item and its papers")
        self.meaning = InfoLabel("What the word means")
        self.meaning.setText(MEANING_HINT)
        self.reader.meaning_shown.connect(self._meaning_shown)
        questions_label = QLabel(QUESTIONS_LABEL)
        questions_label.setWordWrap(True)
        self.questions = QPlainTextEdit()
        self.questions.setAccessibleName("Your questions and comments about this item")
        self.questions.setTabChangesFocus(True)
        self.questions.setPlaceholderText("For example: What does this mean for families?")
        questions_label.setBuddy(self.questions)
        reading = QSplitter(Qt.Orientation.Vertical)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.reader, 1)
        page_layout.addWidget(self.meaning)
        reading.addWidget(page)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 6, 0, 0)
        box_layout.addWidget(questions_label)
        box_layout.addWidget(self.questions)
        reading.addWidget(box)
        self.questions_box = box
        reading.setStretchFactor(0, 2)
        reading.setStretchFactor(1, 1)
        reading.setChildrenCollapsible(False)
        right_layout.addWidget(reading)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 740])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.save_button = QPushButton("&Save my reply…")
        self.save_button.setAccessibleName("Save my reply")
        self.close_button = QPushButton("Close")
        # The reading layout: only the agenda and the paper, for large text on a small screen.
        self.reading = False
        self.reading_button = QPushButton()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.reading_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.setCentralWidget(body)

        self.agenda.currentRowChanged.connect(self._show_item)
        self.questions.textChanged.connect(self._questions_changed)
        self.reviewer.textChanged.connect(self._changed)
        self.text_size.size_changed.connect(self._resize_text)
        self.save_button.clicked.connect(self.save_reply)
        self.close_button.clicked.connect(self.close)
        self.reading_button.clicked.connect(lambda: self.set_reading_layout(not self.reading))
        for first, second in ((self.reviewer, self.text_size), (self.text_size, self.agenda),
                              (self.agenda, self.reader), (self.reader, self.questions),
                              (self.questions, self.reading_button),
                              (self.reading_button, self.save_button),
                              (self.save_button, self.close_button)):
            QWidget.setTabOrder(first, second)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu("&File")
        self._add(menu, "&Save my reply…", self.save_reply, QKeySequence.StandardKey.Save)
        self._add(menu, "&Close", self.close, QKeySequence.StandardKey.Close)
        view = self.menuBar().addMenu("&View")
        self._add(view, "&Bigger text", self.text_size.bigger, QKeySequence.StandardKey.ZoomIn)
        self._add(view, "&Smaller text", self.text_size.smaller,
                  QKeySequence.StandardKey.ZoomOut)
        self._add(view, "&Normal text size", lambda: self.text_size.set_factor(1.0), "Ctrl+0")
        view.addSeparator()
        self.reading_action = self._add(view, "&Paper only (hide the title and questions)",
                                        self.set_reading_layout, READING_KEYS)
        self.reading_action.setCheckable(True)

    def _add(self, menu, text: str, slot, shortcut) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # ----- reading and writing ------------------------------------------------------------------
    def _show_item(self, row: int) -> None:
        self._take_typed_text()
        if row < 0:
            return
        item = self.pack.items[row]
        self.current = item.item_id
        self.reader.show_html(*item_page(item))
        self.meaning.setText(MEANING_HINT if self.reader.terms else "")
        self._show_parts()
        self.questions.blockSignals(True)
        self.questions.setPlainText(self.notes.get(item.item_id, ""))
        self.questions.blockSignals(False)
        self._update_progress()

    def _take_typed_text(self) -> None:
        if self.current is not None:
            self.notes[self.current] = self.questions.toPlainText()

    def _questions_changed(self) -> None:
        self._take_typed_text()
        row = self.agenda.currentRow()
        if row >= 0:
            self.agenda.item(row).setText(self._agenda_text(self.pack.items[row].item_id))
        self._update_progress()
        self._changed()

    def _changed(self) -> None:
        self.saved_since_change = False
        self._save_timer.start()

    def _agenda_text(self, item_id: int) -> str:
        item = next(i for i in self.pack.items if i.item_id == item_id)
        text = f"{item.number}. {item.title}"
        return text + " (you wrote a question)" if self.notes.get(item_id, "").strip() else text

    def _update_progress(self) -> None:
        written = sum(1 for text in self.notes.values() if text.strip())
        total = len(self.pack.items)
        self.progress.setText(f"You have written questions for {written} of {total} items.")

    def _resize_text(self, factor: float) -> None:
        apply_text_size(self, factor)
        self.agenda.relayout()
        # Room for at least four lines of questions at any text size.
        self.questions.setMinimumHeight(self.questions.fontMetrics().lineSpacing() * 4 + 12)
        if self.settings is not None:
            self.settings.setValue("review/text_size", factor)

    # ----- the reading layout -------------------------------------------------------------------
    def set_reading_layout(self, on: bool) -> None:
        """Paper only: the title, the name and text size, the hint under the paper and the
        questions box are hidden, so at 250% text on a laptop the paper shows at least twelve
        lines (one and a half before). Remembered for next time."""
        self.reading = on = bool(on)
        if on and self.focusWidget() in (self.reviewer, self.text_size, self.questions):
            self.reader.setFocus()  # the focus never stays in a part that is hidden
        self._show_parts()
        if self.settings is not None:
            self.settings.setValue(READING_KEY, on)
        if self.isVisible():
            announce(self, READING_ON if on else READING_OFF)

    def _show_parts(self) -> None:
        full = not self.reading
        # The button says what it will do, so its state is told in words, not by a look.
        self.reading_button.setText("&Paper only" if full else "Show &everything")
        self.reading_button.setToolTip(
            ("Hide the title and your questions so the paper has the whole window" if full
             else "Show the title and your questions again") + f" ({READING_KEYS})")
        if self.reading_action.isChecked() != self.reading:
            self.reading_action.setChecked(self.reading)
        for part in (self.header, self.controls, self.questions_box, self.progress):
            part.setVisible(full)
        # The hint about dotted words goes; a meaning the partner asked for still shows.
        self.meaning.setVisible(full or self.meaning.text() not in (MEANING_HINT, ""))

    def _meaning_shown(self, text: str) -> None:
        self.meaning.setText(text)
        self._show_parts()

    # ----- saving -------------------------------------------------------------------------------
    def save_reply(self) -> bool:
        self._take_typed_text()
        try:
            reply = make_reply(self.pack, self.reviewer.text(), self.notes)
        except MeetingKitError as problem:
            tell(self, "Not ready to save yet", str(problem))
            (self.reviewer if not self.reviewer.text().strip() else self.questions).setFocus()
            return False
        meeting = self.pack.meeting
        suggested = files.safe_file_name("Reply", meeting.title, meeting.date,
                                         reply.reviewer) + ".mkreply"
        path = files.ask_save_path(self, "Save my reply", suggested, files.REPLY_FILTER)
        if path is None:
            return False
        try:
            saved = save_reply(reply, path)
        except MeetingKitError as problem:
            tell(self, "Your reply was not saved", str(problem))
            return False
        self.saved_since_change = True
        self._keep_draft()
        message = (f"Your reply is saved as {saved.name}. E-mail this file to the person who sent "
                   "you the meeting pack.")
        self.progress.setText(message)
        announce(self, message)
        tell(self, "Reply saved", f"{message}\n\nIt is in the folder {saved.parent}.")
        return True

    def _draft_key(self) -> str:
        return f"review/drafts/{self.pack.pack_id}"

    def _keep_draft(self) -> None:
        if self.settings is None:
            return
        self._take_typed_text()
        notes = {str(k): v for k, v in self.notes.items() if v.strip()}
        self.settings.setValue(self._draft_key(), json.dumps({"notes": notes}))
        if self.reviewer.text().strip():
            self.settings.setValue("review/reviewer_name", self.reviewer.text().strip())

    def _restore(self) -> None:
        if self.settings is None:
            self._update_progress()
            return
        self.reviewer.blockSignals(True)
        self.reviewer.setText(str(self.settings.value("review/reviewer_name", "") or ""))
        self.reviewer.blockSignals(False)
        self.text_size.set_factor(float(self.settings.value("review/text_size", 1.0) or 1.0))
        self.reading = str(self.settings.value(READING_KEY, "false")).lower() == "true"
        try:
            draft = json.loads(str(self.settings.value(self._draft_key(), "") or "{}"))
            known = {i.item_id for i in self.pack.items}
            self.notes = {int(k): str(v) for k, v in draft.get("notes", {}).items()
                          if int(k) in known}
        except (ValueError, TypeError, AttributeError):
            self.notes = {}  # a damaged draft is not worth a message; the pack still opens
        for row, item in enumerate(self.pack.items):
            self.agenda.item(row).setText(self._agenda_text(item.item_id))
        self._update_progress()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ApplicationFontChange:  # the app's text size changed
            apply_text_size(self, self.text_size.factor())
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._take_typed_text()
        self._keep_draft()
        if not self.saved_since_change and any(t.strip() for t in self.notes.values()):
            choice = ask_before_closing(self, kept=self.settings is not None)
            if choice == "stay" or (choice == "save" and not self.save_reply()):
                event.ignore()
                return
        super().closeEvent(event)
