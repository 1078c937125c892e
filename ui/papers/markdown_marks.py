"""Where the markdown marks are on one line of a paper, and what they do to the words, so the
editor can hide the marks and show the words as they will look ("**Report to:**" as bold
"Report to:", "## 1\\. Summary" as a heading). The text itself never changes, so the offsets
the checker's findings use still land on the right words.

`line_marks(line)` gives (start, end, look) spans, Python offsets into the line; looks are
MARK (markdown's own characters, to hide), BOLD, ITALIC, LINK, HEADING1..HEADING6 (the words of
a heading line) and RULE (a table's separator line, "| --- | --- |", hidden whole)."""

from __future__ import annotations

import re

MARK, BOLD, ITALIC, LINK, RULE = "mark", "bold", "italic", "link", "rule"
HEADINGS = tuple(f"heading{n}" for n in range(1, 7))

_ANY_MARK = re.compile(r"[#*_\[\\]|-{3}")  # a line without these has no marks (most lines)
_HEADING = re.compile(r"^( {0,3}(#{1,6})[ \t]+)(.*?)([ \t]+#+[ \t]*)?$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![*\w])(\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])")
_LINK = re.compile(r"(\[)([^\]\n]+)(\]\([^)\s]*(?:\s+\"[^\"]*\")?\))")


def line_marks(line: str) -> list[tuple[int, int, str]]:
    if not _ANY_MARK.search(line):
        return []
    if _TABLE_RULE.match(line) and "-" in line:
        return [(0, len(line), RULE)]
    spans: list[tuple[int, int, str]] = []
    # Escaped characters are words, not marks: hide the backslash and blank the character
    # out of what the other patterns see (same length, so offsets hold).
    work = list(line)
    for match in _ESCAPED.finditer(line):
        spans.append((match.start(), match.start() + 1, MARK))
        work[match.start()] = work[match.start() + 1] = "\x00"
    text = "".join(work)
    heading = _HEADING.match(text)
    if heading:
        level = len(heading.group(2))
        spans.append((0, heading.end(1), MARK))
        if heading.end(3) > heading.end(1):  # "# " alone is a heading with no words yet
            spans.append((heading.end(1), heading.end(3), HEADINGS[level - 1]))
        if heading.group(4):
            spans.append((heading.start(4), heading.end(4), MARK))
    for match in _LINK.finditer(text):
        spans.append((match.start(1), match.end(1), MARK))
        spans.append((match.start(2), match.end(2), LINK))
        spans.append((match.start(3), match.end(3), MARK))
        text = text[: match.start(3)] + "\x00" * (match.end(3) - match.start(3)) \
            + text[match.end(3):]  # an address's * and _ are not emphasis
    for match in _BOLD.finditer(text):
        marker = len(match.group(1))
        spans.append((match.start(), match.start() + marker, MARK))
        spans.append((match.start(2), match.end(2), BOLD))
        spans.append((match.end(2), match.end(), MARK))
    bold_blanked = _BOLD.sub(lambda m: "\x00" * len(m.group(1)) + m.group(2)
                             + "\x00" * len(m.group(1)), text)
    for match in _ITALIC.finditer(bold_blanked):
        spans.append((match.start(), match.start() + 1, MARK))
        spans.append((match.start(2), match.end(2), ITALIC))
        spans.append((match.end(2), match.end(), MARK))
    return sorted(spans)
