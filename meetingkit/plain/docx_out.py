"""A plain rewrite saved as a Word file: headings, paragraphs, lists, tables, bold and italic.
Deliberately small; the full Word exporter lives elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

from meetingkit.errors import MeetingKitError

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(.*)$")
_NUMBER = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]+(.*)$")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
# **bold**, __bold__, *italic*, _italic_, `code`, [text](target)
_INLINE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|(?<!\w)\*(?!\s)(.+?)\*|(?<!\w)_(?!\s)(.+?)_(?!\w)"
                     r"|`([^`]+)`|\[([^\]]*)\]\([^)]*\)")


def _add_inline(paragraph, text: str) -> None:
    position = 0
    for m in _INLINE.finditer(text):
        if m.start() > position:
            paragraph.add_run(text[position:m.start()])
        bold, bold2, italic, italic2, code, link = m.groups()
        if bold or bold2:
            paragraph.add_run(bold or bold2).bold = True
        elif italic or italic2:
            paragraph.add_run(italic or italic2).italic = True
        elif code is not None:
            paragraph.add_run(code)
        else:
            paragraph.add_run(link)
        position = m.end()
    if position < len(text):
        paragraph.add_run(text[position:])


def markdown_to_document(markdown: str):
    from docx import Document

    document = Document()
    lines = markdown.split("\n")
    paragraph_lines: list[str] = []

    def flush() -> None:
        if paragraph_lines:
            _add_inline(document.add_paragraph(), " ".join(s.strip() for s in paragraph_lines))
            paragraph_lines.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        fence = _FENCE.match(line)
        if fence:
            flush()
            index += 1
            code = []
            while index < len(lines) and not lines[index].lstrip().startswith(fence.group(1)):
                code.append(lines[index])
                index += 1
            document.add_paragraph("\n".join(code))
        elif line.lstrip().startswith("|"):
            flush()
            rows = []
            while index < len(lines) and lines[index].lstrip().startswith("|"):
                if not _TABLE_RULE.match(lines[index]):
                    rows.append([c.strip() for c in lines[index].strip().strip("|").split("|")])
                index += 1
            width = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=width)
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    _add_inline(table.cell(r, c).paragraphs[0], cell)
            continue
        elif match := _HEADING.match(line):
            flush()
            _add_inline(document.add_heading(level=min(len(match.group(1)), 4)), match.group(2))
        elif match := _BULLET.match(line):
            flush()
            _add_inline(document.add_paragraph(style="List Bullet"), match.group(1))
        elif match := _NUMBER.match(line):
            flush()
            _add_inline(document.add_paragraph(style="List Number"), match.group(1))
        elif not line.strip():
            flush()
        else:
            paragraph_lines.append(line.lstrip("> "))
        index += 1
    flush()
    return document


def write_docx(markdown: str, path: str | Path, title: str = "") -> None:
    document = markdown_to_document(markdown)
    if title:
        document.core_properties.title = title
    try:
        document.save(str(path))
    except OSError as error:
        raise MeetingKitError(f"{path}: the Word file could not be saved ({error.strerror}).") from None
