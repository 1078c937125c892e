"""Word (.docx) to markdown: headings, lists (nested), tables, bold, italic, links, line breaks.

The body is read in document order, paragraphs and tables interleaved, including those inside
content controls. Pictures, charts and text boxes are left out with a warning.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from meetingkit.errors import ImportRefused
from meetingkit.importers.docx_inline import (
    InlineStats,
    paragraph_segments,
    plain_text,
    segments_to_markdown,
)
from meetingkit.importers.docx_styles import ParagraphKinds, W
from meetingkit.importers.limits import MAX_LIST_DEPTH, MAX_TABLE_COLUMNS

_DAMAGED = "This Word document is damaged and cannot be opened; open it in Word and save it again."
_GENERIC_TITLES = {"", "word document", "document", "title", "untitled"}


@dataclass
class DocxResult:
    markdown: str
    title: str
    warnings: list[str] = field(default_factory=list)


def open_docx(data: bytes) -> Any:
    """A python-docx Document, or ImportRefused if python-docx cannot make sense of it."""
    import docx  # imported here: only paper imports need it

    try:
        return docx.Document(io.BytesIO(data))
    except Exception:
        raise ImportRefused(_DAMAGED) from None


def convert_document(document: Any) -> DocxResult:
    body = document.element.find(W + "body")
    if body is None:  # the main part is XML, but not a Word document's
        raise ImportRefused(_DAMAGED)
    converter = _Converter(document)
    converter.blocks(body)
    markdown = converter.finish()
    return DocxResult(markdown, _title_of(document, converter.first_heading), converter.warnings())


def docx_to_markdown(document: Any) -> str:
    """Markdown for a python-docx Document (or .docx bytes, checked first)."""
    if isinstance(document, (bytes, bytearray)):
        from meetingkit.importers.zip_guard import check_word_zip

        check_word_zip(bytes(document))
        document = open_docx(bytes(document))
    return convert_document(document).markdown


class _Converter:
    def __init__(self, document: Any) -> None:
        self._kinds = ParagraphKinds(document)
        self._rels = document.part.rels
        self._stats = InlineStats()
        self._out: list[str] = []
        self._list_lines: list[str] = []
        self._list_level = -1
        self._list_types: dict[int, bool] = {}
        self._flattened = False
        self._columns_cut = False
        self.first_heading = ""

    def blocks(self, container: Any) -> None:
        for child in container:
            tag = child.tag
            if tag == W + "p":
                self._paragraph(child)
            elif tag == W + "tbl":
                self._table(child)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.blocks(content)
            elif tag == W + "customXml":
                self.blocks(child)

    def finish(self) -> str:
        self._end_list()
        return "\n\n".join(self._out).strip() + "\n"

    def warnings(self) -> list[str]:
        notes = []
        if self._stats.pictures:
            notes.append(
                f"{_count(self._stats.pictures, 'picture, chart or text box', 'pictures, charts or text boxes')} "
                "left out; describe anything important in words."
            )
        if self._stats.tracked_changes:
            notes.append("The document has tracked changes; they were brought in as if accepted.")
        if self._flattened:
            notes.append(
                f"Some lists were nested more than {MAX_LIST_DEPTH} levels deep; the deepest "
                "levels were flattened."
            )
        if self._columns_cut:
            notes.append(
                f"A table had more than {MAX_TABLE_COLUMNS} columns; the rest were left out."
            )
        return notes

    def _paragraph(self, p: Any) -> None:
        segments = paragraph_segments(p, self._rels, self._stats)
        level = self._kinds.heading_level(p)
        if level is not None:
            text = plain_text(segments)
            if not text:
                return
            self._end_list()
            if not self.first_heading:
                self.first_heading = text
            self._out.append(
                "#" * level
                + " "
                + segments_to_markdown(segments, formatting=False).replace("  \n", " ")
            )
            return
        markdown = segments_to_markdown(segments)
        if not markdown.strip():
            return
        mark = self._kinds.list_mark(p)
        if mark is None:
            self._end_list()
            self._out.append(markdown)
            return
        level = mark.level
        if level >= MAX_LIST_DEPTH:
            self._flattened = True
            level = MAX_LIST_DEPTH - 1
        level = min(level, self._list_level + 1)  # markdown cannot skip a level
        if self._list_types.get(level, mark.ordered) != mark.ordered:
            # A bulleted list straight after a numbered one (or the reverse) must be kept
            # apart, or markdown reads the second as part of the first.
            if level == 0:
                self._end_list()
            else:
                self._list_lines.append("")
        self._list_types = {k: v for k, v in self._list_types.items() if k < level}
        self._list_types[level] = mark.ordered
        self._list_level = level
        indent = "    " * level
        bullet = "1. " if mark.ordered else "- "
        body = markdown.replace("\n", "\n" + indent + "    ")
        self._list_lines.append(indent + bullet + body)

    def _end_list(self) -> None:
        if self._list_lines:
            self._out.append("\n".join(self._list_lines))
            self._list_lines = []
        self._list_level = -1
        self._list_types = {}

    def _table(self, tbl: Any) -> None:
        rows = [self._row_cells(tr) for tr in tbl.xpath("./w:tr | ./w:sdt/w:sdtContent/w:tr")]
        cells = [c for row in rows for c in row]
        if len(cells) == 1:  # a one-cell table is a box around text: keep it as text
            tc = cells[0][1]
            self.blocks(tc)
            return
        grid = [[text for text, _ in row] for row in rows]
        if not any(text.strip() for row in grid for text in row):
            return
        width = max(len(row) for row in grid)
        if width > MAX_TABLE_COLUMNS:
            self._columns_cut = True
            width = MAX_TABLE_COLUMNS
        self._end_list()
        lines = []
        for index, row in enumerate(grid):
            row = (row + [""] * width)[:width]
            lines.append("| " + " | ".join(text or " " for text in row) + " |")
            if index == 0:
                lines.append("|" + "|".join([" --- "] * width) + "|")
        self._out.append("\n".join(lines))

    def _row_cells(self, tr: Any) -> list[tuple[str, Any]]:
        cells: list[tuple[str, Any]] = []
        for tc in tr.xpath("./w:tc | ./w:sdt/w:sdtContent/w:tc"):
            cells.append((self._cell_text(tc), tc))
            span = tc.xpath("./w:tcPr/w:gridSpan/@w:val")
            extra = int(span[0]) - 1 if span and str(span[0]).isdigit() else 0
            cells.extend(("", tc) for _ in range(min(extra, MAX_TABLE_COLUMNS)))
        return cells

    def _cell_text(self, tc: Any) -> str:
        parts = []
        for p in tc.iter(W + "p"):
            markdown = segments_to_markdown(paragraph_segments(p, self._rels, self._stats))
            if markdown.strip():
                parts.append(markdown.replace("  \n", " ").replace("\n", " "))
        return " ".join(parts).replace("|", "\\|")


def _title_of(document: Any, first_heading: str) -> str:
    try:
        title = (document.core_properties.title or "").strip()
    except Exception:
        title = ""
    if title.lower() in _GENERIC_TITLES or title.lower().startswith("microsoft word -"):
        title = ""
    return " ".join((title or first_heading).split())[:300]


def _count(number: int, one: str, many: str) -> str:
    return f"1 {one} was" if number == 1 else f"{number} {many} were"
