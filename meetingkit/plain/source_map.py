"""Offsets in the file a person gave, not in the markdown MeetingKit made from it.

A paper is checked as markdown; importing a file changes it (line endings, a byte order mark,
indentation, list and heading marks, Word paragraphs and tables). SourceMap lines the words of
the markdown up with the words of the original text and carries each offset across, so
`meetingkit check --format json` can say where a word is in the file itself: start, end, line and
column for a text or markdown file; for a Word file the paragraph number and the offset inside
that paragraph (its paragraphs, in order, one to a line)."""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

_TOKEN = re.compile(r"\w+")


class SourceMap:
    """Carries offsets in `converted` over to `original`."""

    def __init__(self, converted: str, original: str):
        self.converted, self.original = converted, original
        self._identity = converted == original
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", original)]
        if self._identity:
            return
        conv = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(converted)]
        orig = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(original)]
        self._conv_starts = [t[0] for t in conv]
        self._conv, self._orig = conv, orig
        self._to_orig: dict[int, int] = {}
        conv_words, orig_words = [t[2] for t in conv], [t[2] for t in orig]
        if conv_words == orig_words:  # only spacing and marks differ: word by word
            self._to_orig = {i: i for i in range(len(conv))}
            return
        from difflib import SequenceMatcher  # only when the words differ

        matcher = SequenceMatcher(None, conv_words, orig_words, autojunk=len(conv_words) > 2000)
        for a, b, size in matcher.get_matching_blocks():
            for k in range(size):
                self._to_orig[a + k] = b + k

    def offset(self, position: int, is_end: bool = False) -> int:
        """The offset in the original for an offset in the converted text (for an end offset,
        the end of the character before it)."""
        if self._identity:
            return position
        if is_end and position > 0:
            return self.offset(position - 1) + 1
        index = bisect_right(self._conv_starts, position) - 1
        # The word the offset is in, or the next word that was matched.
        candidates = [index] if index >= 0 and position < self._conv[index][1] else []
        candidates += list(range(index + 1, min(index + 4, len(self._conv))))
        for k in candidates:
            if k in self._to_orig:
                conv_start = self._conv[k][0]
                orig_start = self._orig[self._to_orig[k]][0]
                moved = orig_start + (position - conv_start)
                return max(0, min(moved, len(self.original)))
        return min(position, len(self.original))

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset in the original."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


def original_text(path: str | Path) -> tuple[str, bool]:
    """(the text of the file as given, whether it is a Word file). A Word file's text is its
    paragraphs in document order (tables' cells too), one to a line."""
    path = Path(path)
    data = path.read_bytes()
    if data[:2] == b"PK":
        return "\n".join(_docx_paragraphs(path)), True
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), False
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace"), False


def _docx_paragraphs(path: Path) -> list[str]:
    from docx import Document
    from docx.oxml.ns import qn

    document = Document(str(path))
    texts: list[str] = []
    for element in document.element.body.iter(qn("w:p")):
        texts.append("".join(node.text or "" for node in element.iter(qn("w:t"))))
    return texts
