"""Edit > Glossary…: the committee's own words in a list, with add, change, delete, and CSV
import and export. It stays open beside the papers; the checker uses changes at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.model import GlossaryTerm
from meetingkit.ops import glossary as glossary_ops
from meetingkit.store.changes import Changes, Kind
from ui.context import AppContext
from ui.glossary import csv_transfer
from ui.glossary.term_dialog import KIND_WORDS, TermDialog
from ui.history_actions import HistoryActions
from ui.messages import confirm
from ui.papers.fitted import fitted_size

TERM_ROLE = Qt.ItemDataRole.UserRole
INTRO = ("Your committee's own words. Short forms and hard words listed here are explained in "
         "papers and in the Plain view; allowed words are never marked. These come before "
         "MeetingKit's built-in word lists.")


class TermList(QTreeWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem(), 0)
            return
        super().keyPressEvent(event)


class GlossaryWindow(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("Glossary – your committee's own words")
        self.setModal(False)
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setAccessibleName("Find a word")
        self.filter.setPlaceholderText("Type to find a word")
        filter_label = QLabel("&Find:")
        filter_label.setBuddy(self.filter)
        self.list = TermList()
        self.list.setHeaderLabels(["Word or short form", "Kind", "Meaning", "Plain words"])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName("Words in your glossary")
        self.list.setAccessibleDescription("Enter changes the chosen word.")
        self.list.setColumnWidth(0, 160)
        self.list.setColumnWidth(1, 190)
        self.list.setColumnWidth(2, 240)
        list_label = QLabel("&Words in your glossary")
        list_label.setBuddy(self.list)
        self.add_button = QPushButton("&Add a word…")
        self.edit_button = QPushButton("&Change…")
        self.delete_button = QPushButton("&Delete…")
        self.import_button = QPushButton("&Import from CSV file…")
        self.export_button = QPushButton("E&xport to CSV file…")
        grid = QGridLayout()
        for index, button in enumerate((self.add_button, self.edit_button, self.delete_button,
                                        self.import_button, self.export_button)):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            grid.addWidget(button, index // 3, index % 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(filter_label)
        layout.addWidget(self.filter)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        layout.addWidget(close)
        self.filter.textChanged.connect(lambda _text: self.reload())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda *_: self.edit_term())
        self.add_button.clicked.connect(self.add_term)
        self.edit_button.clicked.connect(self.edit_term)
        self.delete_button.clicked.connect(self.delete_term)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_csv)
        context.bus.changed.connect(self._changed)
        # Undo and Redo work here too (the window's own keys; the words it says after a delete
        # promise Ctrl+Z), and name what they will undo as the Edit menu does.
        self.history = HistoryActions(context, self)
        self.addActions([self.history.undo, self.history.redo])
        self.resize(fitted_size(self, 110, 34))
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.GLOSSARY):
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = self.current()
        select_id = select_id if select_id is not None else (current.id if current else None)
        wanted = self.filter.text().strip().lower()
        self.list.clear()
        for term in self.context.store.glossary.all():
            shown = (term.term, KIND_WORDS.get(term.kind, term.kind), term.meaning or term.note,
                     term.plain.replace("|", ", "))
            if wanted and not any(wanted in value.lower() for value in shown):
                continue
            row = QTreeWidgetItem(list(shown))
            row.setData(0, TERM_ROLE, term)
            self.list.addTopLevelItem(row)
            if term.id == select_id:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        if not self.list.topLevelItemCount():
            empty = QTreeWidgetItem(["No words found." if wanted else
                                     "No words yet. Add a word, or import a CSV file."])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            empty.setFirstColumnSpanned(True)
            self.list.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        self._update_buttons()

    def current(self) -> GlossaryTerm | None:
        row = self.list.currentItem()
        return row.data(0, TERM_ROLE) if row is not None else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # ----- changes ---------------------------------------------------------------------------
    def add_term(self) -> None:
        dialog = TermDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            term = values.pop("term")
            made = self.context.perform(self, lambda: glossary_ops.save_term(
                self.context.store, term, **values), f"'{term}' saved.")
            if made:
                self.reload(made.result)

    def edit_term(self) -> None:
        term = self.current()
        if term is None:
            return
        dialog = TermDialog(self, term)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        store = self.context.store
        made = self.context.perform(self, lambda: glossary_ops.edit_term(store, term.id, **values),
                                    f"'{values['term']}' saved.")
        if made:
            self.reload(made.result)

    def delete_term(self) -> None:
        term = self.current()
        if term is None:
            return
        if confirm(self, "Delete this word?", f"Delete '{term.term}' from your glossary? The "
                   "built-in word lists still apply.", "Delete word"):
            self.context.perform(self, lambda: glossary_ops.delete_term(self.context.store, term.id),
                                 f"'{term.term}' deleted from the glossary. Ctrl+Z brings it "
                                 "back.")

    def import_csv(self) -> None:
        path = csv_transfer.choose_csv_to_import(self)
        if path:
            csv_transfer.import_csv(self.context, self, path)

    def export_csv(self) -> None:
        path = csv_transfer.choose_csv_to_export(self)
        if path:
            csv_transfer.export_csv(self.context, self, path)
