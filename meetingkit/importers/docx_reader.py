"""Word (.docx) to markdown: headings, lists (nested, and typed by hand), tables, bold, italic,
links, line breaks, footnotes and endnotes, and a protective marking from the page header.

The body is read a block at a time (word_package.py), paragraphs and tables interleaved,
including those inside content controls. Tables of contents are left out (the headings are
the paper's own contents). Pictures, charts, text boxes, comments and the rest of the page
headers and footers are left out and named in the warnings.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from meetingkit.errors import ImportRefused
from meetingkit.importers import limits
from meetingkit.importers.docx_inline import (
    InlineContext,
    Segment,
    paragraph_segments,
    plain_text,
    segments_to_markdown,
)
from meetingkit.importers.docx_notes import (
    count_comments,
    margin_warnings,
    read_notes,
    read_page_margins,
)
from meetingkit.importers.docx_styles import ListMark, ParagraphKinds
from meetingkit.importers.docx_tables import (
    TableShape,
    grid_markdown,
    row_cells,
    table_grid,
    table_rows,
)
from meetingkit.importers.progress import Progress
from meetingkit.importers.typed_lists import typed_bullet
from meetingkit.importers.word_package import W, WordPackage

_GENERIC_TITLES = {"", "word document", "document", "title", "untitled"}
# First headings that name a section, not the paper: the title is looked for elsewhere.
_SECTION_NAMES = re.compile(
    r"^(\d+[.)]?\s*)?(purpose|introduction|background|summary|executive summary|contents|"
    r"table of contents|overview|recommendations?|context|aim|aims|scope)\W*$", re.IGNORECASE)
_ESCAPE = re.compile(r"([\\`*_\[\]])")
_HEADING_NUMBER = re.compile(r"^(\d+)\\\.")


@dataclass
class DocxResult:
    markdown: str
    title: str
    warnings: list[str] = field(default_factory=list)


def open_docx(data: bytes) -> WordPackage:
    """The Word file's parts, or ImportRefused if it is not a readable Word document."""
    return WordPackage(data)


def convert_document(package: WordPackage, progress: Progress | None = None,
                     max_characters: int | None = None) -> DocxResult:
    progress = progress or Progress()
    max_characters = max_characters or limits.MAX_PAPER_CHARACTERS
    progress.step(0.0, "Reading the Word document…")
    converter = _Converter(package, max_characters)
    converter.read_body(package, progress)
    markdown = converter.finish()
    return DocxResult(markdown, converter.title(package), converter.warnings())


def docx_to_markdown(document: Any) -> str:
    """Markdown for .docx bytes (checked first) or a python-docx Document."""
    from meetingkit.importers.zip_guard import check_word_zip

    if not isinstance(document, (bytes, bytearray)):
        buffer = io.BytesIO()
        document.save(buffer)
        document = buffer.getvalue()
    check_word_zip(bytes(document))
    return convert_document(open_docx(bytes(document))).markdown


class _Converter:
    def __init__(self, package: WordPackage, max_characters: int) -> None:
        self._kinds = ParagraphKinds(package.part("styles"), package.part("numbering"))
        self._context = InlineContext(package.rels, self._kinds.character_looks)
        self._notes = read_notes(package, InlineContext({}, self._kinds.character_looks))
        self._context.note_number = self._notes.number
        self._margins = read_page_margins(package, InlineContext({}, {}))
        self._comments = count_comments(package)
        self._max = max_characters
        self._size = 0
        self._out: list[str] = []
        self._list_lines: list[str] = []
        self._list_level = -1
        self._list_types: dict[int, bool] = {}
        self._flattened = False
        self._contents_left_out = False
        self._fields: list[str | None] = []  # the complex fields the text is inside, by name
        self._table = TableShape()
        self.first_heading = ""
        self.title_paragraph = ""
        self._heading_levels: list[int] = []

    # ----- reading ---------------------------------------------------------------------------
    def read_body(self, package: WordPackage, progress: Progress) -> None:
        for block in package.body_blocks(lambda fraction: progress.step(fraction)):
            self._block(block)

    def _block(self, child: Any) -> None:
        tag = child.tag
        if tag == W + "p":
            self._paragraph(child)
        elif tag == W + "tbl":
            self._table_block(child)
        elif tag == W + "sdt":
            gallery = child.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
            if gallery is not None and "contents" in (gallery.get(W + "val") or "").lower():
                self._contents_left_out = True  # "Table of Contents": the headings say it
                return
            content = child.find(W + "sdtContent")
            for inner in content if content is not None else ():
                self._block(inner)
        elif tag == W + "customXml":
            for inner in child:
                self._block(inner)

    def _add(self, markdown: str) -> None:
        self._size += len(markdown) + 2
        if self._size > self._max:
            raise ImportRefused(too_long_message(self._max))
        self._out.append(markdown)

    def finish(self) -> str:
        self._end_list()
        parts = list(self._out)
        notes = self._notes.markdown(self._notes_level())
        if notes:
            parts.append(notes)
        if self._margins.marking:
            parts.insert(0, "**" + _ESCAPE.sub(r"\\\1", self._margins.marking) + "**")
        return "\n\n".join(parts).strip() + "\n"

    def warnings(self) -> list[str]:
        stats = self._context.stats
        margins = margin_warnings(self._margins)
        marked = 1 if self._margins.marking else 0
        notes = margins[:marked]  # the protective marking comes first
        if self._contents_left_out:
            notes.append("The table of contents was left out; the paper's headings are kept.")
        count = len(self._notes.order)
        if count:
            notes.append(f"{_count(count, 'footnote is kept as a numbered note', 'footnotes and endnotes are kept as numbered notes')}"
                         " at the end of the paper, under 'Notes'.")
        comments = max(self._comments, stats.comments)
        if comments:
            notes.append(f"{_count(comments, 'comment in the margin was', 'comments in the margin were')}"
                         " left out.")
        notes += margins[marked:]
        if self._table.merged:
            notes.append("A table had merged cells: their words are now repeated in each cell "
                         "they covered, so every row reads whole.")
        if stats.pictures:
            notes.append(
                f"{_count(stats.pictures, 'picture, chart or text box was', 'pictures, charts or text boxes were')} "
                "left out; describe anything important in words.")
        if stats.tracked_changes:
            notes.append("The document has tracked changes; they were brought in as if accepted.")
        if self._flattened:
            notes.append(f"Some lists were nested more than {limits.MAX_LIST_DEPTH} levels deep; "
                         "the deepest levels were flattened.")
        if self._table.columns_cut:
            notes.append(f"A table had more than {limits.MAX_TABLE_COLUMNS} columns; the rest "
                         "were left out.")
        return notes

    def title(self, package: WordPackage) -> str:
        """The document's title property, else its Title paragraph, else its first heading
        unless that only names a section ("Purpose"); '' leaves the file name to the caller."""
        try:
            title = package.title()
        except ImportRefused:
            title = ""
        if title.lower() in _GENERIC_TITLES or title.lower().startswith("microsoft word -"):
            title = ""
        heading = "" if _SECTION_NAMES.match(self.first_heading) else self.first_heading
        return " ".join((title or self.title_paragraph or heading).split())[:300]

    # ----- paragraphs ----------------------------------------------------------------------
    def _paragraph(self, p: Any) -> None:
        if self._in_contents_field(p) or self._kinds.is_contents(p):
            self._contents_left_out = True
            return
        segments = paragraph_segments(p, self._context)
        level = self._kinds.heading_level(p)
        if level is not None:
            self._heading(p, segments, level)
            return
        mark = self._kinds.list_mark(p)
        if mark is None:
            typed = typed_bullet("".join(segment.text for segment in segments))
            if typed:
                segments = _drop_start(segments, typed)
                mark = ListMark(ordered=False, level=0)
        markdown = segments_to_markdown(segments)
        if not markdown.strip():
            return
        if mark is None:
            self._end_list()
            self._add(markdown)
            return
        self._list_item(mark, markdown)

    def _heading(self, p: Any, segments: list[Segment], level: int) -> None:
        text = plain_text(segments)
        if not text:
            return
        self._end_list()
        if not self.first_heading:
            self.first_heading = text
        if not self.title_paragraph and self._kinds.is_title(p):
            self.title_paragraph = text
        self._heading_levels.append(level)
        words = segments_to_markdown(segments, formatting=False).replace("  \n", " ")
        # "1. Summary" cannot start a list inside a heading: no escape is needed there.
        self._add("#" * level + " " + _HEADING_NUMBER.sub(r"\1.", words))

    def _list_item(self, mark: ListMark, markdown: str) -> None:
        level = mark.level
        if level >= limits.MAX_LIST_DEPTH:
            self._flattened = True
            level = limits.MAX_LIST_DEPTH - 1
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
        line = indent + bullet + markdown.replace("\n", "\n" + indent + "    ")
        self._size += len(line) + 1
        if self._size > self._max:
            raise ImportRefused(too_long_message(self._max))
        self._list_lines.append(line)

    def _end_list(self) -> None:
        if self._list_lines:
            self._out.append("\n".join(self._list_lines))
            self._list_lines = []
        self._list_level = -1
        self._list_types = {}

    def _in_contents_field(self, p: Any) -> bool:
        """Whether this paragraph is part of a table of contents made by a TOC field (Word
        writes one field around all its lines, each line with fields of its own inside)."""
        inside = "TOC" in self._fields
        for element in p.iter():
            tag = element.tag
            if tag == W + "fldChar":
                kind = element.get(W + "fldCharType")
                if kind == "begin":
                    self._fields.append(None)
                elif kind == "end" and self._fields:
                    self._fields.pop()
            elif tag == W + "instrText" and self._fields and self._fields[-1] is None:
                words = (element.text or "").split()
                self._fields[-1] = words[0].upper() if words else None
            elif tag == W + "fldSimple":
                if (element.get(W + "instr") or "").split()[:1] == ["TOC"]:
                    return True
            inside = inside or "TOC" in self._fields
        return inside

    def _notes_level(self) -> int:
        if not self._heading_levels:
            return 2
        top = min(self._heading_levels)
        # One heading at the top level is the paper's title: the notes go under it.
        return min(top + 1, limits.MAX_HEADING_LEVEL) if self._heading_levels.count(top) == 1 \
            else top

    # ----- tables ----------------------------------------------------------------------------
    def _table_block(self, tbl: Any) -> None:
        rows = table_rows(tbl)
        cells = [tc for tr in rows for tc in row_cells(tr)]
        if len(cells) == 1:
            for child in cells[0]:  # a one-cell table is a box around text: keep it as text
                self._block(child)
            return
        grid = table_grid(tbl, self._cell_text, self._table)
        if not grid or not any(text.strip() for row in grid for text in row):
            return
        self._end_list()
        self._add(grid_markdown(grid, self._table))

    def _cell_text(self, tc: Any) -> str:
        parts = []
        for p in tc.iter(W + "p"):
            markdown = segments_to_markdown(paragraph_segments(p, self._context))
            if markdown.strip():
                parts.append(markdown.replace("  \n", " ").replace("\n", " "))
        return " ".join(parts).replace("|", "\\|")


def too_long_message(max_characters: int) -> str:
    words = max_characters // 6 // 10_000 * 10_000  # about six characters a word
    pages = words // 500
    return (f"This paper is too long for MeetingKit: it has more than about {words:,} words "
            f"(some {pages:,} pages). Split it into parts and add each part as a paper of its "
            "own.")


def _drop_start(segments: list[Segment], count: int) -> list[Segment]:
    """The segments without their first `count` characters (a typed bullet)."""
    out = []
    for segment in segments:
        if count <= 0:
            out.append(segment)
            continue
        if len(segment.text) <= count:
            count -= len(segment.text)
            continue
        out.append(Segment(segment.text[count:], segment.bold, segment.italic, segment.url))
        count = 0
    return out


def _count(number: int, one: str, many: str) -> str:
    return f"1 {one}" if number == 1 else f"{number} {many}"
