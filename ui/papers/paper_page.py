"""One paper, open: its reading panel, the editor with the findings list beside it, and the
Plain view. Edits are saved as you type (ui/autosave.py). When the paper has changed since its
plain version was saved, a note above both views says so in words, with the two ways to fix it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
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
from meetingkit.ops import papers as paper_ops
from meetingkit.plain import DEFAULT_TARGET_READING_AGE, Glossary, check
from meetingkit.plain.trust import meaning_entries, to_entries
from meetingkit.store.changes import NOTHING
from ui.announce import announce
from ui.autosave import AUTOSAVE_WAIT_S, Autosaver
from ui.context import AppContext
from ui.info_label import InfoLabel
from ui.papers.button_grid import ButtonGrid
from ui.papers.editor import PaperEditor
from ui.papers.findings_panel import FindingsPanel
from ui.papers.plain_view import PlainView
from ui.papers.readability_panel import ReadabilityPanel
from ui.warning_sign import warning_pixmap

PLAIN_NOTE = ("This is the plain version saved for partners. The paper as written is on the "
              "'Write and check' page.")
NO_PLAIN_NOTE = ("This paper has no separate plain version yet, so this is the paper as "
                 "written. 'Rewrite into plain English…' can make one.")
OLD_PLAIN_NOTE = ("This is the plain version saved for partners, now out of date (see the note "
                  "above). The paper as written is on the 'Write and check' page.")
OUT_OF_DATE_LEAD = "The plain version for partners is out of date:"
OUT_OF_DATE_REST = (" this paper has changed since its plain version was saved. Make the plain "
                    "version again, or remove it so partners get the paper as written.")
OUT_OF_DATE = f"<b>{OUT_OF_DATE_LEAD}</b>{OUT_OF_DATE_REST}"  # the first words stand out
OUT_OF_DATE_WORDS = OUT_OF_DATE_LEAD + OUT_OF_DATE_REST  # for screen readers
BECAME_OUT_OF_DATE = ("The plain version of this paper is now out of date, because the paper "
                      "has changed. Make it again, or remove it.")
PLAIN_TAB = ("P&lain view", "P&lain view (out of date)")


class PaperPage(QWidget):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.paper: Paper | None = None
        self.committee_id: int | None = None  # whose chosen acronym meanings apply
        self.target = DEFAULT_TARGET_READING_AGE
        self.title = QLabel()
        self.title.setWordWrap(True)
        self._size_title()
        self._resize_title = QTimer(self)
        self._resize_title.setSingleShot(True)
        self._resize_title.setInterval(0)
        self._resize_title.timeout.connect(self._size_title)
        self.save_state = InfoLabel()  # read as what it says: "All changes saved."
        self.save_state.setText("All changes saved.")
        self.rewrite_button = QPushButton("Re&write into plain English…")
        self.rewrite_button.setAccessibleName("Rewrite into plain English")
        self.rewrite_button.setToolTip("Shows plainer words for this paper, each one to accept "
                                       "or not, before anything is saved.")
        self.out_of_date = self._out_of_date_note()
        self.readability = ReadabilityPanel()
        self.editor = PaperEditor()
        self.findings = FindingsPanel()
        self.plain_view = PlainView()
        self.remove_plain_button = QPushButton("Remove the pla&in version…")
        self.remove_plain_button.setAccessibleName("Remove the plain version")
        self.views = QTabWidget()
        self.views.setAccessibleName("Paper views")
        self.views.tabBar().setAccessibleName("Write and check, or Plain view")
        self.views.addTab(self._write_page(), "Write and &check")
        self.views.addTab(self._plain_page(), "P&lain view")
        self.save_state.setWordWrap(True)  # a save that failed says why, in a sentence
        actions = QHBoxLayout()
        actions.addWidget(self.save_state, 1)
        actions.addWidget(self.rewrite_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(actions)
        layout.addWidget(self.out_of_date)
        layout.addWidget(self.readability)
        layout.addWidget(self.views, 1)
        self._saved_changes = NOTHING  # what the last save changed, for the screens
        self._suggestion_used: tuple[str, str] | None = None  # the next save's words
        self.autosaver = Autosaver(self._save, self.editor.toPlainText, self)
        self.editor.edited.connect(self.autosaver.changed)
        self.autosaver.pending_changed.connect(
            lambda waiting: self.save_state.setText("Saving…" if waiting else
                                                    "All changes saved."))
        self.autosaver.saved.connect(
            lambda _paper, _text: self.context.tell_screens(self._saved_changes))
        self.autosaver.failed.connect(self._not_saved)
        self.editor.checker.checked.connect(self._checked)
        self.editor.cursorPositionChanged.connect(self._cursor_moved)
        self.findings.list.currentRowChanged.connect(lambda _row: self._reveal_current())
        self.views.currentChanged.connect(lambda _index: self.refresh_plain_view())
        self.setTabOrder(self.editor, self.findings.list)

    def _out_of_date_note(self) -> QFrame:
        """Told in words, with a warning sign and a border (never by colour alone); the words
        take the focus so a screen reader stops on them."""
        note = QFrame()
        note.setFrameShape(QFrame.Shape.Box)
        note.setAccessibleName("Plain version out of date")
        self.out_of_date_icon = QLabel()
        self.out_of_date_icon.setAccessibleName("Warning")
        self.out_of_date_text = QLabel(OUT_OF_DATE)
        self.out_of_date_text.setWordWrap(True)
        self.out_of_date_text.setTextFormat(Qt.TextFormat.RichText)
        self.out_of_date_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.out_of_date_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.out_of_date_text.setAccessibleName(OUT_OF_DATE_WORDS)
        self.remake_plain_button = QPushButton("Make the plain versi&on again…")
        self.remake_plain_button.setAccessibleName("Make the plain version again")
        self.remake_plain_button.setToolTip("Opens 'Rewrite into plain English' for the paper as "
                                            "it is now. Saving there replaces the old plain "
                                            "version.")
        self.drop_plain_button = QPushButton("Remove the pla&in version…")
        self.drop_plain_button.setAccessibleName("Remove the plain version")
        self.drop_plain_button.setToolTip("Partners then get the paper as written.")
        words = QHBoxLayout()
        words.addWidget(self.out_of_date_icon, 0, Qt.AlignmentFlag.AlignTop)
        words.addWidget(self.out_of_date_text, 1)
        # Side by side, or one under the other when the text is large or the space narrow.
        buttons = ButtonGrid([self.remake_plain_button, self.drop_plain_button])
        column = QVBoxLayout(note)
        column.addLayout(words)
        column.addWidget(buttons)
        self._size_icon()
        note.hide()
        return note

    def _size_title(self) -> None:
        """The title is a little larger than the text, whatever size the text is now."""
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)

    def _size_icon(self) -> None:
        """The warning sign follows the text size."""
        size = self.fontMetrics().height() * 3 // 2
        self.out_of_date_icon.setPixmap(warning_pixmap(size, self.palette()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        # The text size changed, or the style sheet was set again, which puts back the font the
        # title had when first styled: sized again once the restyling is over.
        if (event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
                and hasattr(self, "out_of_date_icon")):
            self._resize_title.start()
            self._size_icon()

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
        self._show_plain_state(announce_change=False)
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
        self._follow_text()
        self._show_plain_state(announce_change=True)
        self.refresh_plain_view()
        self._checked()  # the reading panel puts the plain version beside the paper

    def _show_plain_state(self, announce_change: bool) -> None:
        """The out-of-date note, and the Plain view's tab saying so too. Said aloud (politely)
        when a saved edit has just made the plain version out of date."""
        old = bool(self.paper and self.paper.plain_is_out_of_date)
        was_shown = not self.out_of_date.isHidden()
        self.out_of_date.setVisible(old)
        self.views.setTabText(1, PLAIN_TAB[old])
        self.views.setTabToolTip(1, "The plain version is out of date." if old else "")
        if old and announce_change and not was_shown:
            announce(self, BECAME_OUT_OF_DATE)

    def show_plain_version(self) -> None:
        """Turns to the Plain view, with the keyboard on the out-of-date note when there is
        one (so it is read first), else on the paper."""
        self.views.setCurrentIndex(1)
        if not self.out_of_date.isHidden():
            self.out_of_date_text.setFocus()
        else:
            self.plain_view.browser.setFocus()

    def set_target(self, target: int) -> None:
        if target != self.target:
            self.target = target
            self.editor.checker.target = target
            self.editor.checker.run()

    def load_glossary(self) -> None:
        """The word lists for this committee's papers: its domain packs (Committee settings),
        the trust's glossary, and the meanings the chair chose for acronyms."""
        store = self.context.store
        chosen, packs = {}, None
        if self.committee_id is not None:
            chosen = store.acronym_meanings.for_committee(self.committee_id)
            try:
                packs = store.committees.get(self.committee_id).plain_packs
            except MeetingKitError:
                packs = None  # the committee has just gone: every list, as for no committee
        # The committee's chosen meanings come last, so they settle the acronyms they name.
        entries = to_entries(store.glossary.all()) + meaning_entries(chosen)
        self.editor.checker.set_glossary(Glossary.load_default(packs).with_entries(entries))
        self.refresh_plain_view()

    def refresh_plain_view(self) -> None:
        if self.views.currentIndex() != 1 or self.paper is None:
            return
        has_plain = self.paper.has_plain_version
        text = self.paper.plain_body if has_plain else self.editor.toPlainText()
        note = (NO_PLAIN_NOTE if not has_plain else
                OLD_PLAIN_NOTE if self.paper.plain_is_out_of_date else PLAIN_NOTE)
        self.plain_view.show_paper(text or "", self.editor.checker.glossary, note)
        # While the out-of-date note shows, its own Remove button is the one to use.
        self.remove_plain_button.setVisible(has_plain and not self.paper.plain_is_out_of_date)

    def flush(self) -> None:
        self.autosaver.flush()

    def _follow_text(self) -> None:
        """The stored text changed under the editor (Undo, Redo): show it, where the caret
        was, unless typing is waiting to be saved over it."""
        if self.autosaver.pending or self.paper.body == self.editor.toPlainText():
            return
        position = self.editor.textCursor().position()
        self.editor.load(self.paper.body)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, len(self.editor.toPlainText())))
        self.editor.setTextCursor(cursor)

    def save_suggestion_used(self, old: str, new: str) -> None:
        """Saves the text now as one undo step named after the suggestion used ("Undo change
        'utilise' to 'use' in …"), not as typing. Typing waiting before it was saved first."""
        self._suggestion_used = (old, new)
        self.autosaver.changed()
        self.autosaver.flush()
        # Saved or not, the name is for this save only: if the database was busy, the retry a
        # second later may carry more typing, which must not be undone as the suggestion.
        self._suggestion_used = None

    def _save(self, paper_id: int, text: str) -> None:
        store = self.context.store
        used, self._suggestion_used = self._suggestion_used, None
        with store.waiting_at_most(AUTOSAVE_WAIT_S):
            outcome = (paper_ops.use_suggestion(store, paper_id, text, *used) if used
                       else paper_ops.save_text(store, paper_id, text))
        self._saved_changes = outcome.changes

    def _not_saved(self, message: str) -> None:
        self.save_state.setText(message)  # and the autosaver tries again in a second
        announce(self, message)

    # ----- findings ----------------------------------------------------------------------------
    def _checked(self) -> None:
        checker = self.editor.checker
        self.findings.set_findings(checker.visible)
        self.readability.show_report(checker.report.stats if checker.report else None,
                                     checker.visible, self.target, self._plain_stats())
        self._cursor_moved()

    def _plain_stats(self):
        """The plain version's reading figures, worked out again only when it changes."""
        if self.paper is None or not self.paper.has_plain_version:
            return None
        key = (self.paper.plain_body, self.editor.checker.glossary)
        if getattr(self, "_plain_key", None) != key:
            self._plain_key = key
            self._plain_figures = check(self.paper.plain_body or "",
                                        self.editor.checker.glossary, self.target).stats
        return self._plain_figures

    def _reveal_current(self) -> None:
        finding = self.findings.current()
        if finding is None:
            self.editor.setExtraSelections([])
        else:
            self.editor.reveal(finding.start, finding.end)

    def _cursor_moved(self) -> None:
        """The list follows the text cursor, so what is said about the words under it shows;
        only while the person is in the text: from the list (Use suggestion), it keeps its place."""
        if not self.editor.hasFocus():
            return
        finding = self.editor.finding_at(self.editor.textCursor())
        if finding is not None:
            self.findings.select(finding)
