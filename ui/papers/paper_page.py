"""One paper, open: its reading panel, the editor with the findings list beside it, and the
Plain view. Edits are saved as you type (autosave.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meetingkit.errors import MeetingKitError
from meetingkit.model import Paper
from meetingkit.plain import DEFAULT_TARGET_READING_AGE
from meetingkit.plain.trust import to_entries
from ui.context import AppContext
from ui.papers.autosave import Autosaver
from ui.papers.editor import PaperEditor
from ui.papers.findings_panel import FindingsPanel
from ui.papers.plain_view import PlainView
from ui.papers.readability_panel import ReadabilityPanel

PLAIN_NOTE = ("This is the plain version saved for partners. The paper as written is on the "
              "'Write and check' page.")
NO_PLAIN_NOTE = ("This paper has no separate plain version yet, so this is the paper as "
                 "written. 'Rewrite into plain English…' can make one.")


class PaperPage(QWidget):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.paper: Paper | None = None
        self.target = DEFAULT_TARGET_READING_AGE
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.save_state = QLabel("All changes saved.")
        self.save_state.setAccessibleName("Saving")
        self.rewrite_button = QPushButton("Re&write into plain English…")
        self.rewrite_button.setAccessibleName("Rewrite into plain English")
        self.rewrite_button.setToolTip("Shows plainer words for this paper, each one to accept "
                                       "or not, before anything is saved.")
        self.readability = ReadabilityPanel()
        self.editor = PaperEditor()
        self.findings = FindingsPanel()
        self.plain_view = PlainView()
        self.remove_plain_button = QPushButton("Remove the plain &version…")
        self.remove_plain_button.setAccessibleName("Remove the plain version")
        self.views = QTabWidget()
        self.views.setAccessibleName("Paper views")
        self.views.tabBar().setAccessibleName("Write and check, or Plain view")
        self.views.addTab(self._write_page(), "Write and &check")
        self.views.addTab(self._plain_page(), "P&lain view")
        actions = QHBoxLayout()
        actions.addWidget(self.save_state)
        actions.addStretch()
        actions.addWidget(self.rewrite_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(actions)
        layout.addWidget(self.readability)
        layout.addWidget(self.views, 1)
        self.autosaver = Autosaver(self._save, self.editor.toPlainText, self)
        self.editor.edited.connect(self.autosaver.changed)
        self.autosaver.pending_changed.connect(
            lambda waiting: self.save_state.setText("Saving…" if waiting else
                                                    "All changes saved."))
        self.editor.checker.checked.connect(self._checked)
        self.editor.cursorPositionChanged.connect(self._cursor_moved)
        self.findings.list.currentRowChanged.connect(lambda _row: self._reveal_current())
        self.views.currentChanged.connect(lambda _index: self.refresh_plain_view())
        self.setTabOrder(self.editor, self.findings.list)

    def _write_page(self) -> QWidget:
        page = QWidget()
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.editor)
        self.split.addWidget(self.findings)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.split)
        return page

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """The list goes beside the text when there is room, under it when the text is large
        or the window narrow."""
        wide = event.size().width() >= 80 * self.fontMetrics().averageCharWidth()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.split.orientation():
            self.split.setOrientation(orientation)
            total = sum(self.split.sizes()) or 1000
            share = 0.5 if wide else 0.55  # under the text, the text keeps the larger part
            self.split.setSizes([int(total * share), total - int(total * share)])
        super().resizeEvent(event)

    def _plain_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.plain_view, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.remove_plain_button)
        layout.addLayout(row)
        return page

    # ----- showing a paper ---------------------------------------------------------------------
    def show_paper(self, paper_id: int | None) -> None:
        self.autosaver.track(None)  # saves whatever is waiting for the paper shown before
        try:
            self.paper = self.context.store.papers.get(paper_id) if paper_id else None
        except MeetingKitError:
            self.paper = None
        self.title.setText(self.paper.title if self.paper else "")
        self.editor.load(self.paper.body if self.paper else "")
        self.autosaver.track(self.paper.id if self.paper else None)
        self.refresh_plain_view()

    def reload_paper_record(self) -> None:
        """The paper's title or plain version changed elsewhere: show them (not the text)."""
        if self.paper is None:
            return
        try:
            self.paper = self.context.store.papers.get(self.paper.id)
        except MeetingKitError:
            return
        self.title.setText(self.paper.title)
        self.refresh_plain_view()

    def set_target(self, target: int) -> None:
        if target != self.target:
            self.target = target
            self.editor.checker.target = target
            self.editor.checker.run()

    def load_glossary(self) -> None:
        self.editor.checker.set_glossary(to_entries(self.context.store.glossary.all()))
        self.refresh_plain_view()

    def refresh_plain_view(self) -> None:
        if self.views.currentIndex() != 1 or self.paper is None:
            return
        has_plain = bool(self.paper.plain_body)
        text = self.paper.plain_body if has_plain else self.editor.toPlainText()
        self.plain_view.show_paper(text or "", self.editor.checker.glossary,
                                   PLAIN_NOTE if has_plain else NO_PLAIN_NOTE)
        self.remove_plain_button.setVisible(has_plain)

    def flush(self) -> None:
        self.autosaver.flush()

    def _save(self, paper_id: int, text: str) -> bool:
        def save() -> bool:
            self.context.store.papers.update(paper_id, body=text)
            return True

        return bool(self.context.perform(self, save, {"papers"}))

    # ----- findings ----------------------------------------------------------------------------
    def _checked(self) -> None:
        checker = self.editor.checker
        self.findings.set_findings(checker.visible)
        self.readability.show_report(checker.report.stats if checker.report else None,
                                     checker.visible, self.target)
        self._cursor_moved()

    def _reveal_current(self) -> None:
        finding = self.findings.current()
        if finding is None:
            self.editor.setExtraSelections([])
        else:
            self.editor.reveal(finding.start, finding.end)

    def _cursor_moved(self) -> None:
        """The list follows the text cursor, so what is said about the words under it shows."""
        finding = self.editor.finding_at(self.editor.textCursor())
        if finding is not None:
            self.findings.select(finding)
