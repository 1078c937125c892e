"""Writing into a Word document with the accessibility rules built in, so no exporter can
break them by accident:

- headings never skip a level (a level deeper than the one before plus one is brought up);
- every table's first row is a header row, marked to repeat on each page (a bare
  <w:tblHeader/>, the form Word writes and every validator accepts), with a caption for screen
  readers (w:tblCaption), and column widths from the content (column_widths.py);
- spacing comes from the styles, never from empty paragraphs;
- numbered lists restart at 1 for each new list;
- links are real hyperlinks, underlined, and only for web and e-mail addresses.

Paragraphs, runs and tables are built as XML elements directly: python-docx's own helpers look
styles up by scanning every style each time, which made a 100,000-word pack take seconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import oxml_parser

from meetingkit.export.atomic import write_atomically
from meetingkit.export.column_widths import column_widths
from meetingkit.export.docx_setup import MONO_FONT, body_size

LINK_SCHEMES = {"http", "https", "mailto"}
MAX_LIST_LEVEL = 3  # Word's template has three levels of list styles
HEADER_FILL = "E8EDEE"  # pale grey behind header cells; the header is also bold
TEXT_WIDTH_TWIPS = 9354  # A4 less 2.2 cm margins, in twentieths of a point
# Characters XML (so Word) cannot hold: control characters, lone surrogates, non-characters.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text with anything Word cannot store removed (hostile or damaged papers contain it)."""
    return _NOT_XML.sub("", text)


def is_empty(paragraph) -> bool:
    return all(child.tag == qn("w:pPr") for child in paragraph)


class DocWriter:
    def __init__(self, document: Document):
        self.document = document
        self.body = document.element.body
        # New blocks go just before the section properties that end the body (found once:
        # python-docx's add_p() searches the whole body each time).
        self._end = self.body.find(qn("w:sectPr"))
        self.part = document.part
        self.last_heading = 0
        self.style_ids = {s.name: s.style_id for s in document.styles}
        self._number_ids: dict[str, int] = {}
        self.points = body_size(document)
        self._bookmarks = 0

    # ----- blocks -------------------------------------------------------------------------------
    def heading(self, text: str, level: int, page_break: bool = False):
        level = max(1, min(level, self.last_heading + 1, 9))
        self.last_heading = level
        paragraph = self._paragraph(f"Heading {level}")
        if page_break:
            paragraph.get_or_add_pPr().pageBreakBefore_val = True
        self.run(paragraph, " ".join(text.split()) or "Untitled")
        return paragraph

    def bookmark(self, paragraph) -> str:
        """Marks the paragraph's words as a place to link to (for the contents list)."""
        self._bookmarks += 1
        name = f"_Toc{self._bookmarks:06d}"  # the prefix Word uses for headings in contents
        start = _element("w:bookmarkStart")
        start.set(_clark("w:id"), str(self._bookmarks))
        start.set(_clark("w:name"), name)
        properties = paragraph.find(_clark("w:pPr"))
        if properties is not None:
            properties.addnext(start)
        else:
            paragraph.insert(0, start)
        end = _element("w:bookmarkEnd")
        end.set(_clark("w:id"), str(self._bookmarks))
        paragraph.append(end)
        return name

    def paragraph(self, text: str = "", style: str | None = None, bold: bool = False):
        paragraph = self._paragraph(style)
        if text:
            self.run(paragraph, text, bold=bold)
        return paragraph

    def labelled(self, label: str, value: str):
        """'Date: Tuesday 3 March 2026' with the label in bold."""
        paragraph = self._paragraph(None)
        self.run(paragraph, f"{label}: ", bold=True)
        self.run(paragraph, value)
        return paragraph

    def bullets(self, lines: Iterable[str], level: int = 1) -> None:
        style = self.list_style(ordered=False, level=level)
        for line in lines:
            self.run(self._paragraph(style), line)

    def list_style(self, ordered: bool, level: int) -> str:
        level = max(1, min(level, MAX_LIST_LEVEL))
        return ("List Number" if ordered else "List Bullet") + ("" if level == 1 else f" {level}")

    def list_paragraph(self, ordered: bool, level: int, restart: bool, start: int = 1):
        style = self.list_style(ordered, level)
        paragraph = self._paragraph(style)
        if ordered:
            self._number(paragraph, style, restart, start)
        return paragraph

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[str]], caption: str,
              bold_cells: Iterable[tuple[int, int]] = (), row_height_twips: int = 0):
        """A table with a repeating header row. bold_cells are (row, column) of body cells to
        make bold (for example 'Overdue'), counted from the first row under the header. Column
        widths come from the content; row_height_twips gives body rows room to write in."""
        rows = [[str(cell) for cell in row] for row in rows]
        columns = max([len(headers)] + [len(r) for r in rows]) or 1
        bold = set(bold_cells)
        every_row = [list(headers)] + rows
        widths = [str(w) for w in column_widths(
            every_row, TEXT_WIDTH_TWIPS, self.points,
            bold_cells=frozenset((r + 1, c) for r, c in bold))]
        widths += [widths[-1]] * (columns - len(widths))
        table = _element("w:tbl")
        properties = _child(table, "w:tblPr")
        _child(properties, "w:tblStyle", val=self.style_ids["Table Grid"])
        _child(properties, "w:tblW", w=str(TEXT_WIDTH_TWIPS), type="dxa")
        _child(properties, "w:tblLayout", type="fixed")  # our widths, not the program's guess
        _child(properties, "w:tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="0",
               lastColumn="0", noHBand="0", noVBand="1")
        _child(properties, "w:tblCaption", val=xml_safe(caption[:200]))
        grid = _child(table, "w:tblGrid")
        for width in widths:
            _child(grid, "w:gridCol", w=width)
        for index, cells in enumerate(every_row):
            row = _child(table, "w:tr")
            row_properties = _child(row, "w:trPr")
            _child(row_properties, "w:cantSplit")  # a row is never torn across two pages
            if index == 0:
                _child(row_properties, "w:tblHeader")
            elif row_height_twips:
                _child(row_properties, "w:trHeight", val=str(row_height_twips), hRule="atLeast")
            for column in range(columns):
                cell = _child(row, "w:tc")
                cell_properties = _child(cell, "w:tcPr")
                _child(cell_properties, "w:tcW", w=widths[column], type="dxa")
                if index == 0:
                    _child(cell_properties, "w:shd", val="clear", color="auto", fill=HEADER_FILL)
                paragraph = _child(cell, "w:p")
                text = cells[column] if column < len(cells) else ""
                if text:
                    self.run(paragraph, text, bold=index == 0 or (index - 1, column) in bold)
        self._add_block(table)
        return table

    # ----- inline -------------------------------------------------------------------------------
    def run(self, paragraph, text: str, bold: bool = False, italic: bool = False,
            code: bool = False, style: str | None = None):
        run = _element("w:r")
        if bold or italic or code or style:
            properties = _child(run, "w:rPr")
            if style:
                _child(properties, "w:rStyle", val=style)
            if code:
                _child(properties, "w:rFonts", ascii=MONO_FONT, hAnsi=MONO_FONT, cs=MONO_FONT)
            if bold:
                _child(properties, "w:b")
            if italic:
                _child(properties, "w:i")
        text_element = _child(run, "w:t")
        text_element.text = xml_safe(text)
        text_element.set(qn("xml:space"), "preserve")
        paragraph.append(run)
        return run

    def line_break(self, paragraph) -> None:
        _child(_child(paragraph, "w:r"), "w:br")

    def link(self, paragraph, text: str, url: str) -> bool:
        """Adds a hyperlink; returns False (adding nothing) for a link that is not a web or
        e-mail address, so the caller writes its words as plain text."""
        url = xml_safe(url.strip())
        try:
            scheme = urlsplit(url).scheme.lower()
        except ValueError:
            return False
        if scheme not in LINK_SCHEMES:
            return False
        rel_id = self.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        hyperlink = _element("w:hyperlink")
        hyperlink.set(qn("r:id"), rel_id)
        self.run(hyperlink, text or url, style=self.style_ids["Hyperlink"])
        paragraph.append(hyperlink)
        return True

    def save(self, path: Path | str) -> Path:
        return write_atomically(path, self.document.save)

    # ----- helpers ------------------------------------------------------------------------------
    def _paragraph(self, style: str | None):
        paragraph = _element("w:p")
        self._add_block(paragraph)
        if style and style != "Normal":
            _child(_child(paragraph, "w:pPr"), "w:pStyle", val=self.style_ids[style])
        return paragraph

    def _add_block(self, element) -> None:
        if self._end is not None:
            self._end.addprevious(element)
        else:
            self.body.append(element)

    def _number(self, paragraph, style: str, restart: bool, start: int) -> None:
        """Each ordered list gets its own numbering instance starting at 1 (python-docx's list
        styles would otherwise carry on counting from the list before)."""
        if restart or style not in self._number_ids:
            self._number_ids[style] = self._new_numbering(style, start)
        number_properties = paragraph.get_or_add_pPr().get_or_add_numPr()
        number_properties.get_or_add_ilvl().val = 0
        number_properties.get_or_add_numId().val = self._number_ids[style]

    def _new_numbering(self, style: str, start: int) -> int:
        numbering = self.part.numbering_part.element
        style_element = self.document.styles[style].element
        abstract_id = numbering.num_having_numId(style_element.pPr.numPr.numId.val).abstractNumId.val
        num = numbering.add_num(abstract_id)
        num.add_lvlOverride(ilvl=0).add_startOverride(min(start, 32767))
        return num.numId


@cache
def _clark(tag: str) -> str:
    return qn(tag)


_NAMESPACES = {"w": nsmap["w"], "r": nsmap["r"]}


def _element(tag: str):
    """A new element of python-docx's own class for `tag` (so its helpers work on it); made
    directly, as docx.oxml.OxmlElement parses the tag name on every call."""
    return oxml_parser.makeelement(_clark(tag), nsmap=_NAMESPACES)


def _child(parent, tag: str, **attributes: str):
    element = _element(tag)
    for name, value in attributes.items():
        element.set(_clark(f"w:{name}"), value)
    parent.append(element)
    return element
