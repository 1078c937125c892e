"""Keeps one paper's findings up to date while the chair types: a full check a moment after
typing stops (debounced), the allow-list from the trust's glossary, and what was ignored."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

from meetingkit.plain import DEFAULT_TARGET_READING_AGE, Finding, GlossaryEntry, Report, check
from ui.papers.highlighter import FindingsHighlighter

CHECK_DELAY_MS = 300
HIDDEN_RULES = {"reading-age"}  # the reading panel says this already


class PaperChecker(QObject):
    checked = Signal()  # a full check finished: `report` and `visible` are new

    def __init__(self, editor: QPlainTextEdit, delay_ms: int = CHECK_DELAY_MS):
        super().__init__(editor)
        self.editor = editor
        self.highlighter = FindingsHighlighter(editor.document(), self.keep)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.run)
        self.glossary: tuple[GlossaryEntry, ...] = ()
        self.target = DEFAULT_TARGET_READING_AGE
        self.show_hints = False
        self.ignored: set[tuple[str, str, str]] = set()  # (rule, words, the line they are on)
        self.report: Report | None = None
        self.visible: list[Finding] = []

    def text_edited(self) -> None:
        self.timer.start()  # restarts: the full check waits until typing pauses

    def set_glossary(self, entries: tuple[GlossaryEntry, ...]) -> None:
        self.glossary = entries
        self.highlighter.glossary = entries
        self.run()

    def forget_ignored(self) -> None:
        self.ignored.clear()

    def keep(self, finding: Finding, line_text: str) -> bool:
        if finding.rule in HIDDEN_RULES:
            return False
        if finding.severity == "info" and not self.show_hints:
            return False
        return (finding.rule, finding.text, line_text) not in self.ignored

    def ignore_once(self, finding: Finding) -> None:
        lines = self.editor.toPlainText().split("\n")
        line_text = lines[finding.line - 1] if finding.line <= len(lines) else ""
        self.ignored.add((finding.rule, finding.text, line_text))
        self.run()

    def set_show_hints(self, show: bool) -> None:
        self.show_hints = show
        self.run()

    def bring_up_to_date(self) -> None:
        """Run a waiting check now, so offsets match the text (before acting on a finding)."""
        if self.timer.isActive():
            self.run()

    def run(self) -> None:
        self.timer.stop()
        text = self.editor.toPlainText()
        report = check(text, self.glossary, self.target)
        lines = text.split("\n")
        self.visible = [f for f in report.findings if self.keep(f, lines[f.line - 1])]
        self.report = report
        self.highlighter.set_findings(text, self.visible)
        self.checked.emit()
