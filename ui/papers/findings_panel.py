"""The list of things to look at in a paper, beside the editor, worked from the keyboard:
arrows move through the list, Enter goes to the words in the text, and buttons (with Alt keys)
use a suggestion, ignore it once, or always allow the word."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.plain import Finding
from meetingkit.plain.trust import can_allow
from ui.info_label import InfoLabel
from ui.papers.button_grid import ButtonGrid
from ui.papers.underlines import marker_icon
from ui.papers.wording import (
    CATEGORY_LABELS,
    finding_description,
    finding_line,
    usable_suggestions,
)

FINDING_ROLE = Qt.ItemDataRole.UserRole


class FindingsList(QListWidget):
    go_to = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.go_to.emit()
            return
        super().keyPressEvent(event)


class FindingsPanel(QWidget):
    go_to = Signal(object)  # Finding
    use_suggestion = Signal(object, str)  # Finding, the words to use
    ignore_once = Signal(object)
    allow_always = Signal(object)
    hints_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.findings: list[Finding] = []
        self._icons: dict = {}
        heading = QLabel("Things to loo&k at")
        self.list = FindingsList()
        heading.setBuddy(self.list)
        self.list.setAccessibleName("Things to look at in this paper")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.detail = InfoLabel("About this")  # its name says what it shows
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.suggestion = QComboBox()
        self.suggestion.setAccessibleName("Suggestion")
        suggestion_label = QLabel("&Suggestion:")
        suggestion_label.setBuddy(self.suggestion)
        self.go_button = QPushButton("&Go to it")
        self.use_button = QPushButton("&Use suggestion")
        self.ignore_button = QPushButton("&Ignore once")
        self.allow_button = QPushButton("&Always allow this word")
        self.allow_button.setToolTip("Adds the word to your committee's glossary as allowed, so "
                                     "it is not marked again in any paper.")
        self.hints = QCheckBox("Show &more hints (gentler ones)")
        self.hints.setAccessibleName("Show more hints (gentler ones)")
        self.hints.setToolTip("Also list gentle hints, such as words that may be passive and "
                              "short forms already explained.")
        for button in (self.go_button, self.use_button, self.ignore_button, self.allow_button):
            button.setAccessibleName(button.text().replace("&", ""))
        buttons = ButtonGrid([self.go_button, self.use_button, self.ignore_button,
                              self.allow_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(suggestion_label)
        suggestion_row.addWidget(self.suggestion, 1)
        layout.addLayout(suggestion_row)
        layout.addWidget(buttons)
        layout.addWidget(self.hints)
        self.list.currentRowChanged.connect(self._current_changed)
        self.list.go_to.connect(self._go)
        self.list.itemDoubleClicked.connect(lambda _item: self._go())
        self.go_button.clicked.connect(self._go)
        self.use_button.clicked.connect(self._use)
        self.ignore_button.clicked.connect(self._with_current(self.ignore_once))
        self.allow_button.clicked.connect(self._with_current(self.allow_always))
        self.hints.toggled.connect(self.hints_changed)
        self._current_changed(-1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # Only the list may shrink. Under the paper at large text, the splitter squeezed the
        # buttons below their words (Qt reports a styled button's least height too small) and
        # they overlapped; now the tab scrolls instead.
        hint = super().minimumSizeHint()
        layout = self.layout()
        rest = layout.totalSizeHint().height() - self.list.sizeHint().height()
        return QSize(hint.width(), max(hint.height(), rest + self.list.minimumSizeHint().height()))

    def current(self) -> Finding | None:
        item = self.list.currentItem()
        return item.data(FINDING_ROLE) if item is not None else None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "findings", None):
            self.set_findings(self.findings)  # the marks drawn again in the new colours

    def set_findings(self, findings: list[Finding]) -> None:
        """Show new findings, keeping the place in the list (so after using a suggestion the
        next thing to look at is ready)."""
        row = max(self.list.currentRow(), 0)
        self.findings = findings
        self.list.blockSignals(True)
        self.list.clear()
        palette = self.list.palette()
        for finding in findings:
            key = (finding.category, palette.color(QPalette.ColorRole.Text).name(),
                   palette.color(QPalette.ColorRole.HighlightedText).name())  # per theme
            icon = self._icons.get(key)
            if icon is None:
                icon = self._icons[key] = marker_icon(finding.category, palette)
            item = QListWidgetItem(icon, finding_line(finding))
            label = CATEGORY_LABELS.get(finding.category, "Note")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{label}. {finding_line(finding)}")
            item.setToolTip(finding_description(finding))
            item.setData(FINDING_ROLE, finding)
            self.list.addItem(item)
        if not findings:
            empty = QListWidgetItem("Nothing to look at. Well done.")
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(empty)
        self.list.blockSignals(False)
        if findings:
            self.list.setCurrentRow(min(row, len(findings) - 1))
        else:
            self._current_changed(-1)

    def select(self, finding: Finding) -> None:
        """Make `finding` the current one (when the text cursor moves onto its words)."""
        for row, shown in enumerate(self.findings):
            if shown is finding or (shown.start, shown.rule) == (finding.start, finding.rule):
                self.list.setCurrentRow(row)
                return

    def _current_changed(self, _row: int) -> None:
        finding = self.current()
        self.suggestion.clear()
        suggestions = usable_suggestions(finding) if finding else ()
        self.suggestion.addItems(list(suggestions))
        self.suggestion.setEnabled(bool(suggestions))
        self.detail.setText(finding_description(finding) if finding else "")
        self.go_button.setEnabled(finding is not None)
        self.use_button.setEnabled(bool(suggestions))
        self.ignore_button.setEnabled(finding is not None)
        self.allow_button.setEnabled(finding is not None and can_allow(finding))

    def _go(self) -> None:
        finding = self.current()
        if finding is not None:
            self.go_to.emit(finding)

    def _use(self) -> None:
        finding = self.current()
        if finding is not None and self.suggestion.currentText():
            self.use_suggestion.emit(finding, self.suggestion.currentText())

    def _with_current(self, signal):
        def emit() -> None:
            finding = self.current()
            if finding is not None:
                signal.emit(finding)
        return emit
