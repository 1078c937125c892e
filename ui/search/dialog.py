"""The Find in all meetings window: a search box, the results (each says what and where, with
the found words in quotation marks), a line saying how many were found, and Go to it.

It does not block the main window, and it is kept when closed, so pressing Ctrl+Shift+F again
brings back the same words and results. Results follow the typing (after a short pause) and
Return searches at once; Return on a result, a double-click or Go to it opens that result."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.search_results import MAX_TYPED, Finder, Found, clean_words, count_line
from meetingkit.store.changes import Changes, Kind
from ui.announce import announce
from ui.context import AppContext
from ui.info_label import InfoLabel
from ui.papers.fitted import fitted_size

PAUSE_MS = 250  # results follow the typing, not every key
FOUND_ROLE = Qt.ItemDataRole.UserRole
RELOAD_ON = (Kind.PAPERS, Kind.NOTES, Kind.AGENDA, Kind.DECISIONS, Kind.ACTIONS, Kind.MEETINGS,
             Kind.COMMITTEES)
INTRO = ("Find words in the papers, agenda items, minutes notes, decisions and actions of every "
         "meeting, for every committee. Choose a result and press Return, or Go to it, to open "
         "it there.")


class ResultsList(QListWidget):
    """Return (or Enter) on a result opens it, as a double-click does."""

    chosen = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.chosen.emit()
            return
        super().keyPressEvent(event)


class FindDialog(QDialog):
    go_to = Signal(object)  # the Found chosen

    def __init__(self, parent: QWidget, context: AppContext):
        super().__init__(parent)
        self.context = context
        self.finder = Finder(context.store)
        self.searched: str | None = None  # the words the results are for
        self.setWindowTitle("Find in all meetings")
        self.setModal(False)
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setMaxLength(MAX_TYPED)
        self.search.setAccessibleName("Words to find")
        self.search.setAccessibleDescription("Results appear as you type. Press Return to go "
                                             "to the list of results.")
        self.search.setPlaceholderText("For example: falls sensor mat")
        search_label = QLabel("&Words to find:")
        search_label.setBuddy(self.search)
        self.results = ResultsList()
        self.results.setAccessibleName("Results")
        self.results.setAccessibleDescription("Each result says what it is, which meeting it "
                                              "is in, and the words around what was found.")
        self.results.setWordWrap(True)
        self.results.setSpacing(3)
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        results_label = QLabel("&Results (newest and closest first):")
        results_label.setBuddy(self.results)
        self.count = InfoLabel("How many were found")
        self.go_button = QPushButton("&Go to it")
        self.go_button.setAccessibleName("Go to it")
        self.go_button.setAccessibleDescription("Opens the chosen result in its meeting.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in (self.go_button, close):
            button.setAutoDefault(False)  # Return in the search box searches; it never closes
            button.setDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(results_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.setTabOrder(self.search, self.results)
        self.setTabOrder(self.results, self.go_button)
        self.setTabOrder(self.go_button, close)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self.pause.start())
        self.search.returnPressed.connect(self._return_in_search)
        self.results.chosen.connect(self.choose)
        self.results.itemDoubleClicked.connect(lambda _item: self.choose())
        self.results.currentItemChanged.connect(lambda *_: self._update_button())
        self.go_button.clicked.connect(self.choose)
        context.bus.changed.connect(self._changed)
        self._show([], "")
        # In characters and lines of the text size, within the screen with room for the window's
        # title bar (sized to the whole screen, the frame ran past a laptop's edge).
        self.resize(fitted_size(self, 100, 32))

    # ----- searching ---------------------------------------------------------------------------
    def run_search(self) -> None:
        """Searches for the typed words now and says how many were found."""
        self.pause.stop()
        typed = self.search.text()
        found = self.finder.find(typed)
        self.searched = clean_words(typed)
        self._show(found, typed)
        if self.searched:
            announce(self.count, self.count.text())

    def _show(self, found: list[Found], typed: str) -> None:
        self.results.clear()
        for result in found:
            entry = QListWidgetItem(f"{result.label}\n{result.snippet}")
            entry.setData(FOUND_ROLE, result)
            entry.setData(Qt.ItemDataRole.AccessibleTextRole,
                          f"{result.spoken} Found: {result.snippet}")
            entry.setToolTip(result.spoken)
            self.results.addItem(entry)
        if found:
            self.results.setCurrentRow(0)
        self.count.setText(count_line(typed, found))
        self._update_button()

    def _return_in_search(self) -> None:
        """Return searches at once; when something was found the keyboard moves to the first
        result, so a second Return opens it."""
        if self.pause.isActive() or self.searched != clean_words(self.search.text()):
            self.run_search()
        if self.results.count():
            self.results.setCurrentRow(max(0, self.results.currentRow()))
            self.results.setFocus()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(*RELOAD_ON) and self.isVisible() and self.searched:
            self.searched = None  # the results may be out of date: search again soon
            self.pause.start()

    def refresh(self) -> None:
        """Called when the window is brought back: the results may have changed meanwhile."""
        if clean_words(self.search.text()):
            row = self.results.currentRow()
            self.run_search()
            if 0 <= row < self.results.count():
                self.results.setCurrentRow(row)

    # ----- choosing ----------------------------------------------------------------------------
    def current(self) -> Found | None:
        entry = self.results.currentItem()
        return entry.data(FOUND_ROLE) if entry is not None else None

    def choose(self) -> None:
        result = self.current()
        if result is not None:
            self.go_to.emit(result)

    def _update_button(self) -> None:
        self.go_button.setEnabled(self.current() is not None)

