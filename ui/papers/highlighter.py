"""Keeps the checker's findings for each line of the editor as the chair types (the editor draws
them: underline_painter.py), and shows the paper as a formatted document: markdown's marks are
hidden and the words they mark shown as headings, bold, italic or links (markdown_marks.py).
The line the chair is editing shows its marks, so they can be changed; the text itself is never
changed by any of this.

After each full check (debounced, see checker.py) the findings are split into lines, one per
editor block. A block edited since then is re-checked on its own with the engine's fast
paragraph check, so the underlines follow the typing at once; the next full check settles
anything that needs the whole paper (such as whether an acronym was explained earlier)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from meetingkit.plain import Finding, Glossary, GlossaryEntry, check_paragraph
from meetingkit.plain.definitions import acronym_key
from ui.papers import markdown_marks as marks
from ui.papers.offsets import to_qt

# (start, end) within the line (Python offsets) and the finding they mark
Segment = tuple[int, int, Finding]
Keep = Callable[[Finding, str], bool]
_QUICK_CACHE_LIMIT = 500
HEADING_SIZES = (1.6, 1.4, 1.25, 1.15, 1.1, 1.05)  # times the text size, for levels 1..6


def split_into_lines(text: str, findings: list[Finding]) -> dict[int, list[Segment]]:
    """Each finding's part on each line it touches, keyed by 0-based line number."""
    starts = [0]
    at = text.find("\n")
    while at != -1:  # str.find runs in C: a character-by-character loop took 0.2 s on 2 MB
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    by_line: dict[int, list[Segment]] = {}
    for finding in findings:
        line = finding.line - 1
        while line < len(starts) and starts[line] < max(finding.end, finding.start + 1):
            line_start = starts[line]
            line_end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
            begin, finish = max(finding.start, line_start), min(finding.end, line_end)
            if finish > begin:
                by_line.setdefault(line, []).append((begin - line_start, finish - line_start,
                                                     finding))
            line += 1
    return by_line


class FindingsHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, keep: Keep):
        super().__init__(document)
        self.keep = keep
        self.revealed = -1  # the block whose marks are shown (the chair is editing it)
        self.show_marks = False  # True shows every mark, as the paper's markdown is written
        self.text_size = 0.0  # the editor's text size in points (0: the document's own)
        self.glossary: Glossary | tuple[GlossaryEntry, ...] = ()
        self.defined: frozenset[str] = frozenset()  # acronyms the paper explains
        self.lines: list[str] = []
        self.by_line: dict[int, list[Segment]] = {}
        self.quick: dict[tuple[int, str], list[Segment]] = {}
        self.last_quick_ms = 0.0  # time of the latest one-paragraph re-check (for measuring)

    def expect(self, text: str) -> None:
        """A new paper is about to be shown: its lines have no findings until it is checked,
        and need no quick check each while it is laid out."""
        self.lines = text.split("\n")
        self.by_line = {}
        self.defined = frozenset()
        self.quick.clear()
        self.revealed = -1

    def reveal(self, block_number: int) -> None:
        """Show the marks on this line (the one the chair is on) and hide them elsewhere."""
        if block_number == self.revealed:
            return
        document = self.document()
        old, self.revealed = self.revealed, block_number
        for number in (old, block_number):
            block = document.findBlockByNumber(number) if number >= 0 else None
            if block is not None and block.isValid():
                self.rehighlightBlock(block)

    def set_findings(self, text: str, findings: list[Finding]) -> None:
        """Take a full check's findings (already filtered) and redraw every underline."""
        self.lines = text.split("\n")
        self.by_line = split_into_lines(text, findings)
        self.defined = frozenset(acronym_key(f.text) for f in findings
                                 if f.rule in ("acronym-defined", "acronym-before-definition"))
        self.quick.clear()
        # The marks are painted from these findings (underline_painter.py), not from the
        # highlighter's formats: the editor repaints, nothing needs highlighting again.

    def segments(self, number: int, text: str) -> list[Segment]:
        """The marks for one block: from the full check if the line is as it was, otherwise
        from a quick check of this block alone."""
        if number < len(self.lines) and self.lines[number] == text:
            return self.by_line.get(number, [])
        key = (number, text)
        found = self.quick.get(key)
        if found is None:
            found = self._quick_check(number, text)
            if len(self.quick) > _QUICK_CACHE_LIMIT:
                self.quick.clear()
            self.quick[key] = found
        return found

    def _quick_check(self, number: int, text: str) -> list[Segment]:
        started = time.perf_counter()
        findings = check_paragraph(text, self.glossary, defined=self.defined)
        # An acronym's standing (first use or not) depends on the whole paper: keep what the
        # last full check said for this line until the next one.
        before = {seg[2].text: seg[2] for seg in self.by_line.get(number, [])
                  if seg[2].category == "acronym"}
        kept = []
        for finding in findings:
            earlier = before.get(finding.text)
            if earlier is not None:
                finding = finding._replace(rule=earlier.rule, message=earlier.message,
                                           severity=earlier.severity,
                                           suggestions=earlier.suggestions)
            finding = finding._replace(line=number + 1)
            if self.keep(finding, text):
                kept.append((finding.start, finding.end, finding))
        self.last_quick_ms = (time.perf_counter() - started) * 1000
        return kept

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        number = self.currentBlock().blockNumber()
        showing = self.show_marks or number == self.revealed
        for start, end, look in marks.line_marks(text):
            if look in (marks.MARK, marks.RULE) and showing:
                continue
            first, last = to_qt(text, start), to_qt(text, end)
            self.setFormat(first, last - first, self._format(look))
        # Work out this block's marks now (a quick check if it was edited), so painting only
        # looks them up.
        self.segments(self.currentBlock().blockNumber(), text)

    def _format(self, look: str) -> QTextCharFormat:
        style = QTextCharFormat()
        if look in (marks.MARK, marks.RULE):
            # Hidden: see-through and as small as text can be, so it takes no room.
            style.setForeground(QColor(Qt.GlobalColor.transparent))
            style.setFontPointSize(1)
            style.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
            style.setFontLetterSpacing(-0.5)
        elif look == marks.BOLD:
            style.setFontWeight(QFont.Weight.Bold)
        elif look == marks.ITALIC:
            style.setFontItalic(True)
        elif look == marks.LINK:
            style.setFontUnderline(True)
        elif look in marks.HEADINGS:
            style.setFontWeight(QFont.Weight.Bold)
            size = self.text_size or self.document().defaultFont().pointSizeF()
            if size > 0:
                style.setFontPointSize(size * HEADING_SIZES[marks.HEADINGS.index(look)])
        return style
