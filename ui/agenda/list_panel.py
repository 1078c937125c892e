"""The left side of the Agenda tab: a start panel for an empty agenda, the table of items, the
time the agenda takes against the meeting's length, and the buttons that change the list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFocusEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.agenda.table_model import AgendaTableModel
from ui.info_label import InfoLabel
from ui.warning_sign import warning_pixmap

EMPTY_TEXT = ("<b>This meeting has no agenda yet.</b> Start from a template, copy the last "
              "meeting's agenda, or add items one by one with Add item.")
NO_MEETING_TEXT = "Choose a meeting on the left to see its agenda."
FIXED_COLUMNS = (0, 4)  # number, minutes
SHARES = {1: 4, 2: 2, 3: 2, 5: 2}  # title, purpose, presenter, plain summary


def _button(text: str, name: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name or text.replace("&", "").rstrip("…"))
    return button


class AgendaTable(QTableView):
    """Tab into the table chooses nothing: Qt would quietly make the first row current (and
    the item editor would open it) without selecting or saying so. Down then chooses row 1."""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        if self.currentIndex().isValid():
            super().focusInEvent(event)
            return
        QAbstractScrollArea.focusInEvent(self, event)  # not QAbstractItemView's: no row chosen
        self.viewport().update()


class ListPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.start = QFrame()
        self.start.setFrameShape(QFrame.Shape.StyledPanel)
        self.start_text = QLabel(EMPTY_TEXT)
        self.start_text.setWordWrap(True)
        self.template_button = _button("Use a temp&late…")
        self.copy_button = _button("&Copy the last meeting's agenda")
        start_layout = QVBoxLayout(self.start)
        start_layout.addWidget(self.start_text)
        start_buttons = QHBoxLayout()
        start_buttons.addWidget(self.template_button)
        start_buttons.addWidget(self.copy_button)
        start_buttons.addStretch()
        start_layout.addLayout(start_buttons)

        self.table_label = QLabel("Agenda &items, in order. To move one, drag it or press "
                                  "Alt+Up or Alt+Down.")
        self.table_label.setWordWrap(True)
        self.model = AgendaTableModel()
        self.table = AgendaTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Agenda items")
        self.table.setAccessibleDescription(
            "Alt+Up and Alt+Down move the chosen item; Delete removes it; Enter edits it.")
        self.table_label.setBuddy(self.table)
        self._set_up_table()

        self.time_icon = QLabel()
        self.time_icon.setAccessibleName("Warning")
        self._size_table()
        self.time_label = InfoLabel("Time the agenda takes", tab_stop=True)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_icon, 0, Qt.AlignmentFlag.AlignTop)
        time_row.addWidget(self.time_label, 1)

        self.add_button = _button("&Add item")
        self.delete_button = _button("&Delete item…")
        self.move_up_button = _button("Move &up")
        self.move_down_button = _button("Move do&wn")
        self.move_up_button.setToolTip("Move the chosen item up (Alt+Up)")
        self.move_down_button.setToolTip("Move the chosen item down (Alt+Down)")
        self.delete_button.setToolTip("Delete the chosen item (Delete). Undo brings it back.")
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.delete_button, 0, 1)
        buttons.addWidget(self.move_up_button, 1, 0)
        buttons.addWidget(self.move_down_button, 1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.start)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(time_row)
        layout.addLayout(buttons)

    def _set_up_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDragDropOverwriteMode(False)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)  # whole titles, wrapped, rather than cut short
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.model.modelReset.connect(self.fit_columns)
        table.viewport().installEventFilter(self)  # refit whenever the room changes

    def fit_columns(self) -> None:
        """Number and minutes as wide as they need; the rest of the room shared out, the
        title getting the most. Long words wrap onto a second line rather than being cut."""
        header, table = self.table.horizontalHeader(), self.table
        for column in FIXED_COLUMNS:
            table.resizeColumnToContents(column)
        room = table.viewport().width() - sum(header.sectionSize(c) for c in FIXED_COLUMNS)
        letter = self.fontMetrics().horizontalAdvance("x")
        least = {c: max(letter * (14 if c == 1 else 9), header.sectionSizeFromContents(c).width(),
                        self._longest_word(c) + letter * 3)
                 for c in SHARES}
        for column, width in share_out(room, SHARES, least).items():
            header.resizeSection(column, width)
        table.resizeRowsToContents()

    def _longest_word(self, column: int) -> int:
        """Wrapping breaks between words, so a column is never narrower than its longest word."""
        metrics = self.table.fontMetrics()
        words = {word for row in range(self.model.rowCount())
                 for word in str(self.model.index(row, column).data() or "").split()}
        return max((metrics.horizontalAdvance(word) for word in words), default=0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # A style sheet's min-height is smaller than large text; asking for the laid-out height
        # keeps buttons and fields from being squashed below their text (the tab scrolls).
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.layout().sizeHint().height()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):  # size, theme
            self._size_table()
            self.fit_columns()

    def _size_table(self) -> None:
        """Sizes that follow the text size: the table's height and the warning sign."""
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        size = self.fontMetrics().height() * 3 // 2
        self.time_icon.setPixmap(warning_pixmap(size, self.palette()))

    def show_state(self, has_meeting: bool, empty: bool, can_copy: bool) -> None:
        self.start.setVisible(not has_meeting or empty)
        self.start_text.setText(EMPTY_TEXT if has_meeting else NO_MEETING_TEXT)
        self.template_button.setVisible(has_meeting)
        self.copy_button.setVisible(has_meeting)
        self.copy_button.setEnabled(can_copy)
        self.copy_button.setToolTip("" if can_copy else
                                    "There is no earlier meeting of this committee with an agenda.")

    def show_time(self, text: str, over: bool) -> None:
        self.time_label.setText(text)
        self.time_label.setVisible(bool(text))
        self.time_icon.setVisible(over)
        font = QFont()  # only boldness is set, so the size still follows the app's text size
        font.setBold(over)
        self.time_label.setFont(font)

    def set_enabled(self, has_meeting: bool, has_item: bool, can_up: bool, can_down: bool) -> None:
        self.add_button.setEnabled(has_meeting)
        self.delete_button.setEnabled(has_item)
        self.move_up_button.setEnabled(can_up)
        self.move_down_button.setEnabled(can_down)


def share_out(room: int, shares: dict[int, int], least: dict[int, int]) -> dict[int, int]:
    """Splits `room` by shares, but no column below its least width: those get their least and
    the rest is shared again among the others."""
    widths: dict[int, int] = {}
    left = dict(shares)
    while left:
        total = sum(left.values())
        short = {c for c in left if room * left[c] // total < least[c]}
        if not short:
            widths.update({c: room * left[c] // total for c in left})
            break
        for column in short:
            widths[column] = least[column]
            room -= least[column]
            del left[column]
        room = max(room, 0)
    return widths
