"""Papers: the meeting's agenda items with their papers, and the open paper with its
plain-language checker, rewrite and Plain view. Papers come from Word, PDF, web page, markdown
or text files (chosen or dropped; read on a worker thread, paper_files.py) or start blank; edits
are saved as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from meetingkit.errors import MeetingKitError
from meetingkit.ops import papers as paper_ops
from meetingkit.store.changes import Changes, Kind
from ui.context import AppContext
from ui.messages import confirm
from ui.navigation import PaperTarget, select_words
from ui.papers.button_grid import ButtonGrid
from ui.papers.checker import BACKGROUND_FROM
from ui.papers.editor import local_files
from ui.papers.paper_commands import PaperCommands
from ui.papers.paper_files import choose_paper_files, import_paper
from ui.papers.paper_page import PaperPage
from ui.papers.paper_tree import PaperTree
from ui.papers.title_dialog import ask_title
from ui.workspace import bring_forward

NO_MEETING = "Choose a meeting on the left to see its papers."
NO_ITEMS = ("This meeting has no agenda items yet. Add them on the Agenda tab, then add "
            "papers to them here.")
CHOOSE_PAPER = ("Choose a paper in the list, or add one to the agenda item you have chosen: "
                "'New blank paper', or 'Add paper from file' for a Word, PDF, web page, markdown "
                "or text file. "
                "You can also drop a file on an agenda item.")


class PapersTab(QWidget):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.meeting_id: int | None = None
        self.glossary_window = None
        self.tree = PaperTree()
        tree_label = QLabel("&Papers for each agenda item")
        tree_label.setBuddy(self.tree)
        self.new_button = QPushButton("&New blank paper")
        self.add_button = QPushButton("A&dd paper from file…")
        self.rename_button = QPushButton("&Rename…")
        self.delete_button = QPushButton("Dele&te…")
        for button in (self.new_button, self.add_button, self.rename_button, self.delete_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.rename_button.setAccessibleName("Rename paper")
        self.delete_button.setAccessibleName("Delete paper")
        buttons = ButtonGrid([self.new_button, self.add_button, self.rename_button,
                              self.delete_button])
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(tree_label)
        column.addWidget(self.tree, 1)
        column.addWidget(buttons)
        self.page = PaperPage(context)
        self.commands = PaperCommands(self.page)
        self.empty = QLabel(NO_MEETING)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setAccessibleName("No paper open")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([210, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.setAcceptDrops(True)
        self._build_actions()
        self.tree.currentItemChanged.connect(lambda *_: self._current_changed())
        self.tree.files_dropped.connect(self.import_files)
        self.page.editor.files_dropped.connect(
            lambda files: self.import_files(self.tree.current_item_id(), files))
        self.new_button.clicked.connect(self.new_blank_paper)
        self.add_button.clicked.connect(self.add_from_file)
        self.rename_button.clicked.connect(self.rename_paper)
        self.delete_button.clicked.connect(self.delete_paper)
        context.bus.changed.connect(self._changed)
        # The word lists take a moment to compile, so they load when the tab is first shown (or
        # a paper is opened), not while the app is starting.
        self._glossary_loaded = False
        self._waiting_to_show = False
        self.reload()

    def _build_actions(self) -> None:
        self.glossary_action = QAction("&Glossary…", self)
        self.glossary_action.setObjectName("glossary")
        self.glossary_action.triggered.connect(self.open_glossary)
        self.add_action = QAction("Add paper from &file…", self)
        self.add_action.setObjectName("add_paper_from_file")
        self.add_action.triggered.connect(lambda: bring_forward(self) or self.add_from_file())
        self.rewrite_action = QAction("Rewrite paper into &plain English…", self)
        self.rewrite_action.setObjectName("rewrite_paper")
        self.rewrite_action.triggered.connect(lambda: bring_forward(self) or self.commands.rewrite())

    def menu_actions(self) -> list[tuple[str, QAction]]:
        return [("File", self.add_action), ("Edit", self.rewrite_action),
                ("Edit", self.glossary_action)]

    # ----- what is shown -----------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        self.page.flush()
        self.meeting_id = meeting_id
        self._load_target()
        self.reload()

    def _load_target(self) -> None:
        if self.meeting_id is None:
            return
        try:
            meeting = self.context.store.meetings.get(self.meeting_id)
            committee = self.context.store.committees.get(meeting.committee_id)
        except MeetingKitError:
            return
        self.page.set_target(committee.reading_age_target)
        if self.page.committee_id != committee.id:
            self.page.committee_id = committee.id
            if self._glossary_loaded:
                self.page.load_glossary()

    def reload(self) -> None:
        store = self.context.store
        try:
            items = store.agenda.items(self.meeting_id) if self.meeting_id else []
            papers = store.papers.for_meeting(self.meeting_id) if self.meeting_id else []
        except MeetingKitError:
            items, papers = [], []
        self.tree.load(items, papers)
        self.empty.setText(NO_MEETING if self.meeting_id is None else
                           NO_ITEMS if not items else CHOOSE_PAPER)
        self._current_changed()

    def _load_glossary_once(self) -> None:
        if not self._glossary_loaded:
            self._glossary_loaded = True
            self.page.load_glossary()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._waiting_to_show:
            self._current_changed()
        self._load_glossary_once()

    def _current_changed(self) -> None:
        # Hidden (as at start-up, behind the Overview), the paper opens and is checked when the
        # tab is first shown: checking needs the word lists, which take a moment to compile.
        self._waiting_to_show = not self.isVisible()
        if self._waiting_to_show:
            return
        paper_id = self.tree.current_paper_id()
        if paper_id != (self.page.paper.id if self.page.paper else None):
            if paper_id is not None:
                self._load_glossary_once()
            self.page.show_paper(paper_id)
        self.stack.setCurrentWidget(self.page if self.page.paper else self.empty)
        has_item = self.tree.current_item_id() is not None
        for widget in (self.new_button, self.add_button, self.add_action):
            widget.setEnabled(has_item)
        for widget in (self.rename_button, self.delete_button, self.rewrite_action):
            widget.setEnabled(self.page.paper is not None)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.PAPERS, Kind.AGENDA, Kind.MEETINGS):
            self.reload()
            self.page.reload_paper_record()
        if changes.touches(Kind.GLOSSARY) and self._glossary_loaded:
            self.page.load_glossary()
        if changes.touches(Kind.COMMITTEES):
            self._load_target()
            if self._glossary_loaded:
                self.page.load_glossary()  # the committee may have switched word lists

    def flush(self) -> None:
        self.page.flush()

    def go_to(self, target: PaperTarget) -> bool:
        """Opens the paper: its text, with the words selected, or its Plain view."""
        if not self.tree.select("paper", target.paper_id):
            return False
        page = self.page
        if target.plain_view:
            page.show_plain_version()
            return True
        page.views.setCurrentIndex(0)  # "Write and check", where the text is
        page.editor.setFocus()
        if not (target.finding and self._select_finding(target.words)):
            select_words(page.editor, target.words)
        return True

    def _select_finding(self, words: tuple[str, ...]) -> bool:
        """The first thing to look at that is one of `words` (the first unexplained acronym,
        say): its words selected in the text and it chosen in the list, so its advice shows.
        Not for a long paper, which is checked in the background: waiting for that check would
        freeze the window, so the words alone are selected."""
        if not words:
            return False
        checker = self.page.editor.checker
        if checker.busy or len(self.page.editor.toPlainText()) >= BACKGROUND_FROM:
            return False
        checker.bring_up_to_date()
        found = [f for f in checker.visible if f.text in words]
        if not found:
            return False
        first = min(found, key=lambda f: f.start)
        self.page.editor.select_span(first.start, first.end)
        self.page.findings.select(first)
        return True

    # ----- commands ----------------------------------------------------------------------------
    def _open(self, paper_id: int | None) -> None:
        if paper_id and self.tree.select("paper", paper_id):
            self.page.views.setCurrentIndex(0)
            self.page.editor.setFocus()

    def new_blank_paper(self) -> None:
        item_id = self.tree.current_item_id()
        if item_id is None:
            return
        title = ask_title(self, "New blank paper", "", "Add paper")
        if title is None:
            return
        made = self.context.perform(self, lambda: paper_ops.add_paper(self.context.store, item_id,
                                                                   title),
                                    f"Paper added: {title}.")
        self._open(made.result if made else None)

    def add_from_file(self) -> None:
        item_id = self.tree.current_item_id()
        if item_id is not None:
            self.import_files(item_id, choose_paper_files(self))

    def import_files(self, item_id: int | None, files: list[str]) -> None:
        if item_id is None:
            return
        new_id = None
        for path in files:
            new_id = import_paper(self.context, self, item_id, path) or new_id
        self._open(new_id)

    def rename_paper(self) -> None:
        paper = self.page.paper
        if paper is None:
            return
        title = ask_title(self, "Rename paper", paper.title, "Rename")
        if title is not None and title != paper.title:
            self.context.perform(self, lambda: paper_ops.update_details(self.context.store, paper.id,
                                                                     title=title),
                                 f"Paper renamed: {title}.")

    def delete_paper(self) -> None:
        paper = self.page.paper
        if paper is None:
            return
        if confirm(self, "Delete this paper?", f"Delete the paper '{paper.title}'? Undo (Ctrl+Z) "
                   "brings it back.", "Delete paper"):
            self.page.show_paper(None)  # nothing waiting to be saved into a deleted paper
            self.context.perform(self, lambda: paper_ops.delete_paper(self.context.store, paper.id),
                                 "Paper deleted. Ctrl+Z brings it back.")
            self._current_changed()

    def open_glossary(self) -> None:
        from ui.glossary.glossary_window import GlossaryWindow

        if self.glossary_window is None:
            self.glossary_window = GlossaryWindow(self.window(), self.context)
        self.glossary_window.show()
        self.glossary_window.raise_()
        self.glossary_window.activateWindow()

    # ----- files dropped anywhere on the tab ---------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self.tree.current_item_id() is not None and local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.import_files(self.tree.current_item_id(), files)
