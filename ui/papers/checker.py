"""Keeps one paper's findings up to date while the chair types: a full check a moment after
typing stops (debounced), the allow-list from the trust's glossary, and what was ignored.

A long paper is checked on a background thread, so the window keeps responding while it is;
its findings are used only if the text has not changed meanwhile. Anything that acts on a
finding first asks for an up-to-date check (bring_up_to_date), which waits for that thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

from meetingkit.plain import (
    DEFAULT_TARGET_READING_AGE,
    Finding,
    Glossary,
    GlossaryEntry,
    Report,
    check,
)
from ui.papers.highlighter import FindingsHighlighter

CHECK_DELAY_MS = 300
HIDDEN_RULES = {"reading-age"}  # the reading panel says this already
BACKGROUND_FROM = 150_000  # characters (about 25,000 words, a few tenths of a second to check)


class _Relay(QObject):
    """Carries a background check's report back to the window's thread."""

    done = Signal(int, object)


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
        self.glossary: Glossary | tuple[GlossaryEntry, ...] = ()  # compiled, or entries to add
        self.target = DEFAULT_TARGET_READING_AGE
        self.show_hints = False
        self.ignored: set[tuple[str, str, str]] = set()  # (rule, words, the line they are on)
        self.report: Report | None = None
        self.visible: list[Finding] = []
        self._relay = _Relay(self)
        self._relay.done.connect(self._background_done)
        self._generation = 0  # which check is the latest; older results are dropped
        self._background: tuple[int, str, threading.Thread, list] | None = None

    def text_edited(self) -> None:
        self.timer.start()  # restarts: the full check waits until typing pauses

    def set_glossary(self, entries: Glossary | tuple[GlossaryEntry, ...]) -> None:
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

    def was_ignored(self, text: str, start: int, words: str) -> bool:
        """Whether `words` at `start` in `text` were ignored once, whatever the rule (the
        rewrite calls an unexplained acronym "acronym-expand", the list "acronym-undefined")."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_text = text[line_start:line_end if line_end >= 0 else len(text)]
        return any((ignored, line) == (words, line_text) for _rule, ignored, line in self.ignored)

    def ignore_once(self, finding: Finding) -> None:
        lines = self.editor.toPlainText().split("\n")
        line_text = lines[finding.line - 1] if finding.line <= len(lines) else ""
        self.ignored.add((finding.rule, finding.text, line_text))
        self.run()

    def set_show_hints(self, show: bool) -> None:
        self.show_hints = show
        self.run()

    @property
    def busy(self) -> bool:
        """A background check is under way."""
        return self._background is not None

    def bring_up_to_date(self) -> None:
        """Run a waiting check now, so offsets match the text (before acting on a finding)."""
        if self.timer.isActive():
            self.run()
        if self._background is not None:
            generation, text, thread, result = self._background
            thread.join()
            self._background_done(generation, result[0] if result else None)

    def run(self) -> None:
        self.timer.stop()
        self._generation += 1
        text = self.editor.toPlainText()
        if len(text) < BACKGROUND_FROM:
            self._background = None
            self._show(text, check(text, self.glossary, self.target))
            return
        generation, glossary, target = self._generation, self.glossary, self.target
        result: list = []

        def work() -> None:
            try:
                result.append(check(text, glossary, target))
            except Exception:  # the engine never fails on text; if it did, no findings
                result.append(None)
            try:
                self._relay.done.emit(generation, result[0])
            except RuntimeError:  # the editor was closed meanwhile
                pass

        thread = threading.Thread(target=work, name="paper check", daemon=True)
        self._background = (generation, text, thread, result)
        thread.start()

    def _background_done(self, generation: int, report: Report | None) -> None:
        if self._background is None or self._background[0] != generation:
            return  # an older check, or already used by bring_up_to_date
        text = self._background[1]
        self._background = None
        if generation == self._generation and report is not None \
                and text == self.editor.toPlainText():
            self._show(text, report)

    def _show(self, text: str, report: Report) -> None:
        lines = text.split("\n")
        self.visible = [f for f in report.findings if self.keep(f, lines[f.line - 1])]
        self.report = report
        self.highlighter.set_findings(text, self.visible)
        self.editor.viewport().update()
        self.checked.emit()
