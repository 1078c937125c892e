"""The editor beside the agenda: title, purpose, presenter, minutes and the plain summary of the
chosen item. Changes are saved when you leave a field (or press Enter), each one an undo step;
nothing typed is lost when you choose another item or close the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meetingkit.model import AgendaItem, Purpose
from ui.forms import add_field
from ui.info_label import InfoLabel
from ui.navigation import select_words

SUMMARY_HINT = ("One sentence for partners: what this item is about and what we are asking of "
                "you. For example: \"How we tell families about a fall. We are asked if the new "
                "leaflet is clear.\"")
FIELDS = ("title", "purpose", "presenter", "minutes", "summary")
FIELD_CHARACTERS = 26  # a field always shows at least this many characters, at any text size
LABELS_BESIDE_FROM = 60  # characters of width from which labels sit beside their fields


class ItemEditor(QGroupBox):
    # item id, the values before, the values now (only the fields that changed)
    commit_requested = Signal(int, dict, dict)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("The chosen item", parent)
        self.item: AgendaItem | None = None
        self._committing = False
        self.empty_note = QLabel("Choose an item in the agenda to change it, or add a new one.")
        self.empty_note.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form = form
        self.title = add_field(form, "&Title:", QLineEdit())
        self.purpose = add_field(form, "&Purpose:", QComboBox(),
                                 "What we need to do with this item")
        for purpose in Purpose:
            self.purpose.addItem(purpose.label, purpose.value)
        self.purpose.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.purpose.setMinimumContentsLength(12)
        self.presenter = add_field(form, "P&resenter:", QLineEdit(),
                                   "Who introduces this item at the meeting")
        self.minutes = add_field(form, "&Minutes allotted:", QSpinBox(),
                                 "How many minutes the meeting gives this item")
        self.minutes.setRange(0, 600)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(" minutes")
        self.summary = add_field(form, "Plain &summary:", QPlainTextEdit(), SUMMARY_HINT)
        self.summary.setTabChangesFocus(True)  # Tab moves on; it never types a tab here
        self.summary.setPlaceholderText("What this item is about and what we are asking of you.")
        self._size_summary()
        hint = QLabel(SUMMARY_HINT)
        hint.setWordWrap(True)
        form.addRow(hint)
        # Partners' questions from their review replies, shown where the chair prepares the item.
        self.questions = InfoLabel("Questions from partners", tab_stop=True)
        self.questions.setTextFormat(Qt.TextFormat.PlainText)  # a reply's words are never markup
        form.addRow(self.questions)
        self.form_widget = QWidget()
        self.form_widget.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.form_widget)
        layout.addStretch()
        for field in (self.title, self.presenter):
            field.editingFinished.connect(self.commit)
        self.minutes.editingFinished.connect(self.commit)
        self.purpose.activated.connect(lambda _index: self.commit())
        for field in (self.title, self.purpose, self.presenter, self.minutes, self.summary):
            field.installEventFilter(self)
        self.show_item(None)

    def _size_summary(self) -> None:
        lines = self.fontMetrics().lineSpacing()
        self.summary.setMinimumHeight(lines * 4)
        self.summary.setMaximumHeight(lines * 7)
        # Beside a wide agenda at large text the splitter squeezed the fields to about eight
        # characters; now the editor goes below the agenda first (AgendaTab.resizeEvent).
        least = self.fontMetrics().averageCharWidth() * FIELD_CHARACTERS
        for field in (self.title, self.presenter, self.summary):
            field.setMinimumWidth(least)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # A style sheet's min-height is smaller than large text; asking for the laid-out height
        # keeps buttons and fields from being squashed below their text (the tab scrolls).
        # Qt's group box asked for twice the width its fields need at large text (1028 px for
        # 432 at 250%), which pushed the fields past the edge of the tab; its layout knows.
        hint = super().minimumSizeHint()
        width = min(hint.width(), self.layout().totalMinimumSize().width())
        return QSize(width, max(hint.height(), self.layout().sizeHint().height()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed
            self._size_summary()
            self._place_labels()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_labels()

    def _place_labels(self) -> None:
        """Labels beside their fields when there is room, above them when narrow (large text
        on a laptop), so the fields keep their width and never run past the tab's edge."""
        narrow = self.width() < self.fontMetrics().averageCharWidth() * LABELS_BESIDE_FROM
        wanted = (QFormLayout.RowWrapPolicy.WrapAllRows if narrow
                  else QFormLayout.RowWrapPolicy.WrapLongRows)
        if self.form.rowWrapPolicy() != wanted:
            self.form.setRowWrapPolicy(wanted)

    def set_people(self, names: list[str]) -> None:
        """Offers the committee's members as presenters while typing."""
        completer = QCompleter(names, self.presenter)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.presenter.setCompleter(completer)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        return super().eventFilter(watched, event)

    # ----- showing -----------------------------------------------------------------------------
    def show_questions(self, questions: list[dict]) -> None:
        """Questions partners sent back on this item, with who asked each."""
        if not questions:
            self.questions.setText("Questions from partners: none yet.")
        else:
            lines = [f"• {q['text']} ({q['author'] or 'a partner'})" for q in questions]
            self.questions.setText("Questions from partners:\n" + "\n".join(lines))
        self.questions.setAccessibleDescription(self.questions.text())

    def show_item(self, item: AgendaItem | None) -> None:
        """Shows an item. When the same item is shown again (after a save elsewhere), a field
        you have changed but not yet saved keeps what you typed."""
        same = item is not None and self.item is not None and item.id == self.item.id
        before = self.item
        self.item = item
        self.empty_note.setVisible(item is None)
        self.form_widget.setVisible(item is not None)
        self.setTitle(f"The chosen item: {item.title}" if item else "The chosen item")
        if item is None:
            return
        typed = self.values() if same else {}
        for name in FIELDS:
            if same and before is not None and typed[name] != getattr(before, name):
                continue  # unsaved typing wins over a reload
            self._set(name, getattr(item, name))

    def _set(self, name: str, value) -> None:
        widget = getattr(self, name)
        widget.blockSignals(True)
        try:
            if name == "purpose":
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif name == "minutes":
                widget.setValue(int(value))
            elif name == "summary":
                if widget.toPlainText() != value:
                    widget.setPlainText(value)
            elif widget.text() != value:
                widget.setText(value)
                widget.setCursorPosition(0)  # show the start of a long title
        finally:
            widget.blockSignals(False)

    def values(self) -> dict:
        return {"title": self.title.text().strip(), "purpose": self.purpose.currentData(),
                "presenter": self.presenter.text().strip(), "minutes": self.minutes.value(),
                "summary": " ".join(self.summary.toPlainText().split())}

    def pending(self) -> tuple[int, dict, dict] | None:
        """(item id, old values, new values) for fields changed but not yet saved."""
        if self.item is None:
            return None
        self.minutes.interpretText()  # a number typed but not yet confirmed counts
        now = self.values()
        new = {name: now[name] for name in FIELDS if now[name] != getattr(self.item, name)}
        if not new:
            return None
        return self.item.id, {name: getattr(self.item, name) for name in new}, new

    def commit(self) -> None:
        # A refused change opens a message, which takes the focus and would commit again.
        if self._committing:
            return
        change = self.pending()
        if change is None:
            return
        self._committing = True
        try:
            self.commit_requested.emit(*change)
        finally:
            self._committing = False

    def revert(self) -> None:
        """Puts back the saved values (after a change was refused)."""
        if self.item is not None:
            for name in FIELDS:
                self._set(name, getattr(self.item, name))

    def focus_field(self, name: str, words: tuple[str, ...] = ()) -> None:
        """The keyboard in a field, with `words` selected where they are found (what to
        change); otherwise a line's whole text, as Tab does (a new item's title is typed over)."""
        widget = getattr(self, name, None)
        if not isinstance(widget, QWidget):
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            text = widget.text()
            found = next(((text.find(w), len(w)) for w in words if w and w in text), None)
            if found:
                widget.setSelection(*found)
            else:
                widget.selectAll()
        elif isinstance(widget, QPlainTextEdit) and words:
            select_words(widget, words)
