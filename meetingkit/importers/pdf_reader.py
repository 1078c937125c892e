"""PDF to markdown. A PDF holds positioned letters, not paragraphs, so the paper's shape is
worked out from the lines (pdf_layout.py):

- the text size most letters have is the body size; lines in bigger text are headings, the
  biggest at level 1, and short lines all in bold are headings one level below the smallest;
- a line that starts with a bullet or a number is a list item, nested by how far in it starts;
- two or more lines in a row whose words stand in the same columns are a table;
- lines repeated at the top or bottom of most pages (running headers, page numbers) are left
  out, except a protective marking, which is kept at the top of the paper;
- other lines are joined into paragraphs until a gap, a change of size, or an indent.

A PDF with pictures but no text is a scan, and says so.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from meetingkit.errors import ImportRefused
from meetingkit.importers import limits
from meetingkit.importers.docx_notes import _is_marking
from meetingkit.importers.docx_reader import too_long_message
from meetingkit.importers.paper import ImportedPaper
from meetingkit.importers.pdf_layout import Fragment, PdfPages, Row, read_pages
from meetingkit.importers.progress import Progress
from meetingkit.importers.typed_lists import typed_bullet, typed_number

SCANNED = ("This PDF is a scan: it holds pictures of pages with no text in them, so there is "
           "nothing to import. Ask for the original Word document, or a PDF saved from it.")
_ESCAPE = re.compile(r"([\\`*_\[\]|])")
_ORDERED_START = re.compile(r"^(\d+)\.(?=\s|$)")
_BLOCK_START = re.compile(r"^([#>+-])")
_DIGITS = re.compile(r"\d+")
_SECTION_NAMES = re.compile(r"^(\d+[.)]?\s*)?(purpose|introduction|background|summary|"
                            r"executive summary|contents|overview|recommendations?)\W*$",
                            re.IGNORECASE)
_GENERIC_TITLES = re.compile(r"^(untitled|document\d*|microsoft word - .*|.*\.(docx?|pdf))$",
                             re.IGNORECASE)
_MARGIN = 0.1  # the top and bottom tenth of a page, where running headers and footers sit


def import_pdf_bytes(data: bytes, source_name: str, progress: Progress) -> ImportedPaper:
    pages = read_pages(data, progress.part(0.0, 0.95), limits.MAX_PAPER_CHARACTERS,
                       too_long_message(limits.MAX_PAPER_CHARACTERS))
    if not any(row.text.strip() for row in pages.rows):
        if pages.pictures:
            raise ImportRefused(SCANNED)
        raise ImportRefused("This PDF has no text in it to import.")
    progress.step(0.97, "Finding headings, lists and tables…")
    converter = _PdfConverter(pages)
    markdown = converter.markdown()
    title = converter.title() or Path(source_name).stem.strip() or "Untitled paper"
    return ImportedPaper(title, markdown, source_name, converter.warnings)


class _PdfConverter:
    def __init__(self, pages: PdfPages) -> None:
        self.pages = pages
        self.warnings: list[str] = []
        self.marking = ""
        self.rows = self._without_running_lines(pages.rows)
        sizes: Counter[float] = Counter()
        for row in self.rows:
            sizes[row.size] += len(row.text)
        self.body = sizes.most_common(1)[0][0] if sizes else 0.0
        bigger = sorted({row.size for row in self.rows if self._is_big(row)}, reverse=True)
        self.levels = {size: min(index + 1, limits.MAX_HEADING_LEVEL)
                       for index, size in enumerate(bigger)}
        self.bold_level = min(len(bigger) + 1, limits.MAX_HEADING_LEVEL)
        self.first_heading = ""

    # ----- what each line is -----------------------------------------------------------------
    def _is_big(self, row: Row) -> bool:
        return row.size >= self.body * 1.15 and len(row.text) <= 200

    def _heading_level(self, row: Row, before: Row | None, after: Row | None) -> int | None:
        if len(row.fragments) > 1 and not self._is_big(row):
            return None
        if self._is_big(row):
            return self.levels.get(row.size)
        if (row.bold and len(row.text) <= 120 and not row.text.rstrip().endswith((".", ",", ";"))
                and not (before is not None and before.bold and _close(before, row))
                and not (after is not None and after.bold and _close(row, after))):
            return self.bold_level
        return None

    def _without_running_lines(self, rows: list[Row]) -> list[Row]:
        """Leave out running headers, footers and page numbers; keep a protective marking."""
        if not rows:
            return rows
        seen: Counter[str] = Counter()
        for row in rows:
            if _in_margin(row):
                seen[_DIGITS.sub("#", row.text.lower())] += 1
        repeated = max(2, (self.pages.pages + 1) // 2)
        kept, left_out = [], []
        for row in rows:
            key = _DIGITS.sub("#", row.text.lower())
            running = _in_margin(row) and (seen[key] >= repeated or key.strip("# ") in (
                "", "page", "page # of", "page of", "of"))
            if not running:
                kept.append(row)
            elif _is_marking(row.text) and not self.marking:
                self.marking = row.text
            elif row.text not in left_out and key.strip("# ") not in ("", "page", "page # of"):
                left_out.append(row.text)
        if self.marking:
            self.warnings.append(
                f"This paper is marked '{self.marking}' at the top or bottom of its pages. The "
                "marking is kept at the top of the paper: check the paper may be shared before "
                "it goes in a pack.")
        if left_out:
            named = "; ".join(f"'{text[:80]}'" for text in left_out[:3])
            self.warnings.append(f"Words repeated at the top or bottom of every page were left "
                                 f"out: {named}.")
        return kept

    # ----- building the markdown -------------------------------------------------------------
    def markdown(self) -> str:
        blocks: list[str] = []
        if self.marking:
            blocks.append("**" + _escape(self.marking) + "**")
        rows = self.rows
        index = 0
        while index < len(rows):
            row = rows[index]
            before = rows[index - 1] if index else None
            after = rows[index + 1] if index + 1 < len(rows) else None
            table_end = self._table_end(index)
            if table_end > index + 1:
                blocks.append(_table(rows[index:table_end]))
                index = table_end
                continue
            level = self._heading_level(row, before, after)
            if level is not None:
                text = row.text
                # A heading set over two lines: its second line is the same size, just below.
                while (index + 1 < len(rows) and self._is_big(row) and rows[index + 1].size
                       == row.size and _close(rows[index], rows[index + 1])):
                    index += 1
                    text += " " + rows[index].text
                if not self.first_heading:
                    self.first_heading = text
                blocks.append("#" * level + " " + _escape(text))
                index += 1
                continue
            if typed_bullet(row.text) or typed_number(row.text):
                index = self._list(index, blocks)
                continue
            index = self._paragraph(index, blocks)
        return "\n\n".join(blocks).strip() + "\n"

    def _paragraph(self, index: int, blocks: list[str]) -> int:
        rows = self.rows
        lines = [_inline(rows[index].fragments)]
        index += 1
        while index < len(rows) and self._continues(rows[index - 1], rows[index]):
            lines.append(_inline(rows[index].fragments))
            index += 1
        blocks.append(_escape_line(_join(lines)))
        return index

    def _continues(self, above: Row, row: Row, indent: float | None = None) -> bool:
        """Whether `row` carries on the paragraph (or list item) that `above` is in."""
        if row.size != above.size or (row.page != above.page and not _page_turn(above, row)):
            return False
        if len(row.fragments) > 1 or typed_bullet(row.text) or typed_number(row.text):
            return False
        if self._heading_level(row, above, None) is not None and row.bold != above.bold:
            return False
        if row.page == above.page and not _close(above, row):
            return False
        left = indent if indent is not None else above.x0
        return abs(row.x0 - left) <= row.size * 1.5

    def _list(self, index: int, blocks: list[str]) -> int:
        rows = self.rows
        lines: list[str] = []
        lefts: list[float] = []  # where each open level's bullets start
        kinds: dict[int, bool] = {}  # depth -> numbered
        while index < len(rows):
            row = rows[index]
            bullet = typed_bullet(row.text)
            number = typed_number(row.text)
            if not bullet and not number:
                break
            if lines and (row.size != rows[index - 1].size or self._is_big(row) or not (
                    _page_turn(rows[index - 1], row) or _close(rows[index - 1], row, 2.2))):
                break
            while lefts and row.x0 < lefts[-1] - row.size * 0.8:
                lefts.pop()
            if not lefts or row.x0 > lefts[-1] + row.size * 0.8:
                lefts.append(row.x0)
            depth = min(len(lefts) - 1, limits.MAX_LIST_DEPTH - 1)
            cut = bullet or (number[1] if number else 0)
            text = [_inline(row.fragments, cut)]
            text_left = _text_left(row, cut)
            index += 1
            while index < len(rows) and self._continues(rows[index - 1], rows[index],
                                                        text_left):
                text.append(_inline(rows[index].fragments))
                index += 1
            mark = "- " if bullet else f"{number[0] if number else 1}. "
            if kinds.get(depth, not bullet) != (not bullet):
                lines.append("")  # a numbered list straight after bullets: kept apart
            kinds = {d: k for d, k in kinds.items() if d < depth}
            kinds[depth] = not bullet
            indent = "    " * depth
            lines.append(indent + mark + _join(text))
        blocks.append("\n".join(lines))
        return index

    def _table_end(self, start: int) -> int:
        """Where the table starting at `start` ends (start itself when there is none)."""
        rows = self.rows
        first = rows[start]
        if len(first.fragments) < 2:
            return start
        columns = [f.x0 for f in first.fragments]
        end = start + 1
        while end < len(rows):
            row = rows[end]
            if row.page != rows[end - 1].page and not _page_turn(rows[end - 1], row):
                break
            if row.page == rows[end - 1].page and not _close(rows[end - 1], row, 3.0):
                break
            if len(row.fragments) < 2 or not _same_columns(columns, row.fragments, row.size):
                break
            end += 1
        return end

    def title(self) -> str:
        title = self.pages.title
        if title and not _GENERIC_TITLES.match(title):
            return " ".join(title.split())[:300]
        if self.first_heading and not _SECTION_NAMES.match(self.first_heading):
            return " ".join(self.first_heading.split())[:300]
        return ""


def _same_columns(columns: list[float], fragments: list[Fragment], size: float) -> bool:
    """Every fragment starts at (or right-aligned numbers end near) one of the columns."""
    matched = 0
    for fragment in fragments:
        if any(abs(fragment.x0 - x) <= size * 2 for x in columns):
            matched += 1
    return matched == len(fragments) and len(fragments) <= len(columns) + 1


def _table(rows: list[Row]) -> str:
    columns: list[float] = []
    for row in rows:
        for fragment in row.fragments:
            if not any(abs(fragment.x0 - x) <= row.size * 2 for x in columns):
                columns.append(fragment.x0)
    columns.sort()
    lines = []
    for number, row in enumerate(rows):
        cells = [""] * len(columns)
        for fragment in row.fragments:
            column = min(range(len(columns)), key=lambda i: abs(columns[i] - fragment.x0))
            text = _inline([fragment])
            cells[column] = (cells[column] + " " + text).strip()
        if number == 0:  # the header row: bold says nothing more there
            cells = [cell.replace("**", "") for cell in cells]
        lines.append("| " + " | ".join(cell or " " for cell in cells) + " |")
        if number == 0:
            lines.append("|" + "|".join([" --- "] * len(columns)) + "|")
    return "\n".join(lines)


def _inline(fragments: list[Fragment], cut: int = 0) -> str:
    """A row's words as markdown, bold kept, without its first `cut` characters (a bullet)."""
    out = []
    for fragment_index, fragment in enumerate(fragments):
        pieces = list(fragment.pieces)
        if fragment_index == 0 and cut:
            text = "".join(t for t, _ in pieces).lstrip()
            pieces = _drop(pieces, len("".join(t for t, _ in fragment.pieces)) - len(text) + cut)
        words = []
        for text, bold in pieces:
            if not text.strip():
                words.append(text)
                continue
            core = _escape(text.strip())
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()):]
            words.append(lead + (f"**{core}**" if bold else core) + trail)
        out.append("".join(words).strip())
    return " ".join(part for part in out if part)


def _drop(pieces: list[tuple[str, bool]], count: int) -> list[tuple[str, bool]]:
    kept = []
    for text, bold in pieces:
        if count >= len(text):
            count -= len(text)
            continue
        kept.append((text[count:], bold))
        count = 0
    return kept


def _text_left(row: Row, cut: int) -> float:
    """Roughly where the words of a list item start, after its bullet."""
    fragment = row.fragments[0]
    share = cut / max(1, len(fragment.text))
    return fragment.x0 + (fragment.x1 - fragment.x0) * share


def _join(lines: list[str]) -> str:
    text = ""
    for line in lines:
        if text.endswith("-") and line[:1].islower():
            text += line  # a word broken over two lines
        else:
            text = (text + " " + line).strip()
    return text.replace("****", "")  # bold that ran on from one line to the next


def _close(above: Row, below: Row, lines: float = 1.6) -> bool:
    """Whether `below` is close enough under `above` to be in the same block."""
    return below.top - above.bottom <= max(above.size, below.size) * (lines - 1.0) + 1.0


def _page_turn(above: Row, row: Row) -> bool:
    """The next page carries on where the last ended (the page's first row, at the same left)."""
    return row.page == above.page + 1 and abs(row.x0 - above.x0) <= row.size


def _in_margin(row: Row) -> bool:
    height = row.page_height or 842.0
    return row.top < height * _MARGIN or row.bottom > height * (1 - _MARGIN)


def _escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", text)


def _escape_line(text: str) -> str:
    """Stop a paragraph's first characters from reading as markdown (a list, a heading)."""
    text = _ORDERED_START.sub(r"\1\\.", text)
    return _BLOCK_START.sub(r"\\\1", text)
