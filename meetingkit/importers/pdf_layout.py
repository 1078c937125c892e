"""The lines of text on each page of a PDF, with where they sit and how they look, read with
pdfminer.six.

pdfminer.six (MIT licence, pure Python, so it installs and freezes the same on Windows) gives
every character's position, font name and size, which is what finding headings (bigger or
bold text), lists (a bullet or number, and how far in) and tables (words in the same columns
row after row) needs. A PDF has no paragraphs or tables of its own: pdf_reader.py works them
out from these lines.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from meetingkit.errors import ImportRefused
from meetingkit.importers.progress import Progress
from meetingkit.importers.typed_lists import BULLETS

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# A bullet or a list number standing alone, as lists set with a tab after the marker have them.
_MARKER = re.compile("^([" + re.escape(BULLETS) + r"]|o|\d{1,3}[.)]|[a-z][.)]|\(?[ivx]{1,4}[.)])$")
LOCKED = ("This PDF is locked with a password, so it cannot be read. Ask for a copy without a "
          "password, or the original Word document.")
DAMAGED = ("This PDF file is damaged and cannot be read. Ask for a fresh copy, or the original "
           "Word document.")


@dataclass
class Fragment:
    """Words on one line that belong together (a gap wider than a few letters splits them)."""

    x0: float
    x1: float
    pieces: list[tuple[str, bool]] = field(default_factory=list)  # (text, bold)

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.pieces).strip()


@dataclass
class Row:
    """Everything at one height on a page: one line of text, or a row of a table."""

    page: int
    top: float  # distance from the top of the page
    bottom: float
    size: float  # font size of most of its letters
    bold: bool  # every letter bold
    fragments: list[Fragment]
    page_height: float = 0.0

    @property
    def x0(self) -> float:
        return self.fragments[0].x0

    @property
    def text(self) -> str:
        return " ".join(f.text for f in self.fragments if f.text)


@dataclass
class PdfPages:
    rows: list[Row]
    pages: int
    pictures: int  # images on pages (a scan is pages of pictures)
    title: str  # from the document's properties


def open_pdf(data: bytes) -> Any:
    """pdfminer's document, or a calm refusal for a locked or damaged file."""
    from pdfminer.pdfdocument import (
        PDFDocument,
        PDFEncryptionError,
        PDFPasswordIncorrect,
    )
    from pdfminer.pdfparser import PDFParser

    try:
        return PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect:
        raise ImportRefused(LOCKED) from None
    except PDFEncryptionError:
        raise ImportRefused(LOCKED) from None
    except Exception:  # PDFSyntaxError, PSEOF, and the many ways a broken file can fail
        raise ImportRefused(DAMAGED) from None


def read_pages(data: bytes, progress: Progress, max_characters: int,
               too_long: str) -> PdfPages:
    from pdfminer.pdfpage import PDFPage

    document = open_pdf(data)
    try:
        pages = list(PDFPage.create_pages(document))
    except Exception:
        raise ImportRefused(DAMAGED) from None
    if not pages:
        raise ImportRefused(DAMAGED)
    rows: list[Row] = []
    pictures = characters = 0
    for number, page in enumerate(pages, 1):
        progress.step((number - 1) / len(pages), f"Reading page {number} of {len(pages)}…")
        layout = _lay_out(document, page)
        pictures += sum(1 for _ in _images(layout))
        for row in _rows(layout, number):
            characters += len(row.text) + 1
            if characters > max_characters:
                raise ImportRefused(too_long)
            rows.append(row)
    progress.step(1.0)
    return PdfPages(rows, len(pages), pictures, _title(document))


def _lay_out(document: Any, page: Any) -> Any:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager

    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=LAParams(char_margin=2.0, line_margin=0.5))
    try:
        PDFPageInterpreter(manager, device).process_page(page)
        return device.get_result()
    except Exception:  # one broken page: the others are still worth having
        return None


def _images(layout: Any) -> Iterator[Any]:
    from pdfminer.layout import LTFigure, LTImage

    stack = [layout] if layout is not None else []
    while stack:
        item = stack.pop()
        for child in item if hasattr(item, "__iter__") else ():
            if isinstance(child, LTImage):
                yield child
            elif isinstance(child, LTFigure):
                stack.append(child)


def _lines(layout: Any) -> Iterator[Any]:
    """Every horizontal line of text on the page, wherever pdfminer put it."""
    from pdfminer.layout import LTFigure, LTTextBox, LTTextLineHorizontal

    stack = [layout] if layout is not None else []
    while stack:
        item = stack.pop()
        for child in item:
            if isinstance(child, LTTextLineHorizontal):
                yield child
            elif isinstance(child, (LTTextBox, LTFigure)):
                stack.append(child)


def _rows(layout: Any, page_number: int) -> list[Row]:
    """The page's lines grouped by height (lines side by side are one row), top to bottom."""
    from pdfminer.layout import LTChar

    if layout is None:
        return []
    height = layout.height
    found: list[tuple[float, float, Fragment, list[Any]]] = []
    for line in _lines(layout):
        chars = [c for c in line if isinstance(c, LTChar)]
        if not chars or not line.get_text().strip():
            continue
        fragment = Fragment(line.x0, line.x1)
        for child in line:
            text = child.get_text()
            bold = isinstance(child, LTChar) and bool(_BOLD_FONT.search(child.fontname or ""))
            if text == "\n":
                continue
            if fragment.pieces and fragment.pieces[-1][1] == bold:
                fragment.pieces[-1] = (fragment.pieces[-1][0] + text, bold)
            else:
                fragment.pieces.append((text, bold))
        found.append((height - line.y1, height - line.y0, fragment, chars))
    found.sort(key=lambda item: (round(item[0] / 2), item[2].x0))
    rows: list[Row] = []
    for top, bottom, fragment, chars in found:
        middle = (top + bottom) / 2
        same = rows[-1] if rows and rows[-1].top <= middle <= rows[-1].bottom else None
        if same is not None:
            same.fragments.append(fragment)
            same.fragments.sort(key=lambda f: f.x0)
            same.bottom = max(same.bottom, bottom)
            continue
        sizes = sorted(round(c.size * 2) / 2 for c in chars)
        bold = all(b for f in [fragment] for t, b in f.pieces if t.strip())
        rows.append(Row(page_number, top, bottom, sizes[len(sizes) // 2], bold, [fragment],
                        height))
    for row in rows:
        row.fragments = _bullets_joined(row.fragments)
        row.bold = all(b for f in row.fragments for t, b in f.pieces if t.strip())
    return rows


def _bullets_joined(fragments: list[Fragment]) -> list[Fragment]:
    """A bullet or number set apart from its words (by a tab) belongs with them."""
    joined: list[Fragment] = []
    for fragment in fragments:
        if joined and _MARKER.match(joined[-1].text) and len(joined) == 1:
            marker = joined.pop()
            fragment = Fragment(marker.x0, fragment.x1,
                                [(marker.text + " ", False), *fragment.pieces])
        joined.append(fragment)
    return joined


def _title(document: Any) -> str:
    try:
        info = document.info[0] if document.info else {}
        value = info.get("Title")
        from pdfminer.pdftypes import resolve1

        value = resolve1(value)
        if isinstance(value, bytes):
            if value.startswith((b"\xfe\xff", b"\xff\xfe")):
                return value.decode("utf-16").strip()
            return value.decode("latin-1").strip()
        return str(value).strip() if isinstance(value, str) else ""
    except Exception:
        return ""
