"""Rewrite into plain English: the checker's word changes, each with a tick box, the paper and
the plain version side by side, and a clear choice of where the plain version goes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.counting import counted
from meetingkit.plain import Change, apply_changes, check
from ui.info_label import InfoLabel
from ui.messages import fit_message
from ui.papers.comparison import comparison_words, harder_or_longer
from ui.papers.fitted import fitted_size
from ui.papers.offsets import to_qt
from ui.wrapped_cells import wrap_column

TO_PLAIN_VERSION = "plain_body"  # keep the paper, save a separate plain version for partners
TO_PAPER = "body"  # change the paper itself
_CONTEXT = 28
SAFE = "Safe"
SAVE_ANYWAY = "&Save anyway"
CHECK_IT = "Check it"
SAFE_MEANS = "MeetingKit knows this change keeps the meaning and the grammar."
CHECK_IT_MEANS = "A suggestion: read the sentence before you tick it."


def in_context(text: str, start: int, end: int, middle: str, width: int = _CONTEXT) -> str:
    """The words around a change on its own line, with `middle` in place of text[start:end]."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - width):start]
    after = text[end:min(line_end, end + width)]
    if start - width > line_start and " " in before:
        before = "…" + before.split(" ", 1)[1]
    if end + width < line_end and " " in after:
        after = after.rsplit(" ", 1)[0] + "…"
    return " ".join(f"{before}[{middle}]{after}".split())


def changed_spans(changes: list[Change]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where the ticked changes are: in the paper now, and in the plain version."""
    before, after, shift = [], [], 0
    for change in sorted(changes, key=lambda c: c.start):
        before.append((change.start, change.end))
        start = change.start + shift
        after.append((start, start + len(change.replacement)))
        shift += len(change.replacement) - (change.end - change.start)
    return before, after


def _mark(pane: QPlainTextEdit, spans: list[tuple[int, int]]) -> None:
    """Underline and embolden the changed words (not colour alone), as extra selections so
    the text itself stays plain."""
    fmt = QTextCharFormat()
    fmt.setFontUnderline(True)
    fmt.setFontWeight(QFont.Weight.Bold)
    text = pane.toPlainText()
    selections = []
    for start, end in spans:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(pane.document())
        cursor.setPosition(to_qt(text, start))
        cursor.setPosition(to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    pane.setExtraSelections(selections)


def save_anyway(parent: QWidget, warning: str) -> bool:
    """Asks before saving a plain version that reads harder or is longer; going back is the
    default."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Save it anyway?", warning,
                      QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(SAVE_ANYWAY, QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton("&Go back and choose again", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.setAccessibleName("Save it anyway?")
    box.setAccessibleDescription(warning)
    fit_message(box).exec()
    return box.clickedButton() is save


class _SpaceTicks(QObject):
    """Space ticks or unticks the row the keyboard is on, whichever column is current."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Space and isinstance(watched, QTreeWidget)):
            item = watched.currentItem()
            if item is not None:
                ticked = item.checkState(0) == Qt.CheckState.Checked
                item.setCheckState(0, Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
                return True
        return False


class RewriteDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, changes: list[Change],
                 has_plain_version: bool, glossary=None):
        super().__init__(parent)
        self.setWindowTitle(f"Rewrite into plain English – {title}")
        self.text, self.changes = text, changes
        self.glossary = glossary
        self.paper_stats = check(text, glossary).stats
        made = sum(1 for c in changes if c.automatic)
        left = len(changes) - made
        intro = QLabel(
            f"MeetingKit makes {counted(made, 'change')} it knows keep the meaning (ticked) and "
            f"suggests {counted(left, 'more change')} for you to check (not ticked). Tick or "
            "untick any. Nothing is saved until you press the button at the bottom. Long "
            "sentences are left for you to split.")
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setHeaderLabels(["Use", "Now it says", "In plain English", "Safe?", "Why"])
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.setAccessibleName("Suggested changes")
        self.table.setAccessibleDescription("Space ticks or unticks a change.")
        self._ticks = _SpaceTicks(self)
        self.table.installEventFilter(self._ticks)
        letter = self.table.fontMetrics().averageCharWidth()  # widths grow with the text size
        for column, letters in ((0, 7), (1, 30), (2, 30), (3, 10)):
            self.table.setColumnWidth(column, letters * letter)
        wrap_column(self.table, 4)  # "Why" takes the rest of the width, on as many lines as needed
        for change in changes:
            words = (change.original, change.replacement)
            sure = SAFE if change.automatic else CHECK_IT
            row = QTreeWidgetItem(["", *(in_context(text, change.start, change.end, w, 16)
                                         for w in words), sure, change.message])
            for column, word in zip((1, 2), words, strict=True):
                row.setToolTip(column, in_context(text, change.start, change.end, word, 60))
            row.setToolTip(3, SAFE_MEANS if change.automatic else CHECK_IT_MEANS)
            row.setCheckState(0, Qt.CheckState.Checked if change.automatic
                              else Qt.CheckState.Unchecked)
            self.table.addTopLevelItem(row)
        self.comparison = InfoLabel("The plain version against the paper", tab_stop=True)
        self.warning = InfoLabel("Warning")
        tick_all = QPushButton("Tick &all")
        untick_all = QPushButton("&Untick all")
        tick_all.clicked.connect(lambda: self._tick_all(True))
        untick_all.clicked.connect(lambda: self._tick_all(False))
        self.before = self._pane("The paper now")
        self.after = self._pane("The plain version, with the ticked changes")
        self.before.setPlainText(text)
        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.addWidget(self._labelled("The paper &now", self.before))
        panes.addWidget(self._labelled("The &plain version", self.after))
        self.to_plain = QRadioButton(
            "&Save it as a separate plain version for partners. The paper stays as it is.")
        self.to_paper = QRadioButton("&Change the paper itself to the plain version.")
        self.to_plain.setChecked(True)
        note = ("This paper already has a plain version; saving replaces it."
                if has_plain_version else "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(tick_all)
        row.addWidget(untick_all)
        row.addStretch()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._labelled("Suggested c&hanges (Space ticks or unticks)", self.table))
        splitter.addWidget(panes)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.comparison)
        layout.addWidget(self.warning)
        layout.addLayout(row)
        layout.addWidget(self.to_plain)
        layout.addWidget(self.to_paper)
        if note:
            layout.addWidget(QLabel(note))
        layout.addWidget(self.buttons)
        self.table.itemChanged.connect(lambda *_: self._update())
        self.to_plain.toggled.connect(lambda *_: self._update())
        self.resize(fitted_size(self, 130, 44))
        self._update()
        self.table.setFocus()
        if self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))

    def _pane(self, name: str) -> QPlainTextEdit:
        pane = QPlainTextEdit()
        pane.setReadOnly(True)
        pane.setAccessibleName(name)
        pane.setTabChangesFocus(True)
        return pane

    def _labelled(self, text: str, widget: QWidget) -> QWidget:
        box = QWidget()
        label = QLabel(text)
        label.setBuddy(widget)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return box

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for index in range(self.table.topLevelItemCount()):
            self.table.topLevelItem(index).setCheckState(0, state)

    def accepted_changes(self) -> list[Change]:
        return [change for index, change in enumerate(self.changes)
                if self.table.topLevelItem(index).checkState(0) == Qt.CheckState.Checked]

    def plain_text(self) -> str:
        return apply_changes(self.text, self.accepted_changes())

    def target(self) -> str:
        return TO_PLAIN_VERSION if self.to_plain.isChecked() else TO_PAPER

    def plain_stats(self):
        return check(self.plain_text(), self.glossary).stats

    def accept(self) -> None:  # noqa: D102 (Qt's name)
        """Before saving a plain version that reads harder or is longer, say so and ask."""
        warning = harder_or_longer(self.paper_stats, self.plain_stats())
        if warning and not save_anyway(self, warning):
            return
        super().accept()

    def _update(self) -> None:
        accepted = self.accepted_changes()
        count = len(accepted)
        plain = self.plain_text()
        stats = check(plain, self.glossary).stats
        self.comparison.setText(comparison_words(self.paper_stats, stats))
        warning = harder_or_longer(self.paper_stats, stats)
        self.warning.setText(f"<b>Please check:</b> {warning}" if warning else "")
        self.warning.setAccessibleDescription(warning)
        self.warning.setVisible(bool(warning))
        self.after.setPlainText(plain)
        before, after = changed_spans(accepted)
        _mark(self.before, before)
        _mark(self.after, after)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        words = f"{count} change{'' if count == 1 else 's'}"
        ok.setText(f"Save plain version ({words})" if self.to_plain.isChecked()
                   else f"Change the paper ({words})")
        ok.setEnabled(count > 0)
