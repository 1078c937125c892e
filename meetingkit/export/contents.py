"""The pack's contents list: each item, paper and part with its page number, each a link to
its heading.

A Word TOC field would be frozen in LibreOffice (it shows whatever was saved, so an empty or
guessed list), so the list is written out entry by entry: the heading's words, a link to a
bookmark on the heading, and a PAGEREF field for its page. LibreOffice works the page numbers
out as it lays the pages out (checked in tests/export/test_export_soffice.py); Word is asked to
fill them in when the file is opened (docx_package.ask_to_update_fields)."""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt, Twips

from meetingkit.export.docx_package import add_field, ask_to_update_fields
from meetingkit.export.docx_setup import body_size
from meetingkit.export.docx_writer import TEXT_WIDTH_TWIPS, DocWriter

STYLE = "Contents {level}"


@dataclass(frozen=True)
class Entry:
    level: int  # 1 for the pack's parts and items, 2 for the papers in them
    text: str
    bookmark: str


def add_contents(writer: DocWriter, after, entries: list[Entry]) -> None:
    """Writes the entries just after the element `after` (the 'Contents' heading)."""
    document = writer.document
    _styles(document)
    writer.style_ids.update({style.name: style.style_id for style in document.styles})
    ask_to_update_fields(document)
    anchor = after
    for entry in entries:
        paragraph = writer.paragraph(style=STYLE.format(level=min(entry.level, 2)))
        hyperlink = _hyperlink(paragraph, entry.bookmark)
        writer.run(hyperlink, entry.text)
        writer.run(hyperlink, "\t")
        add_field(hyperlink, f"PAGEREF {entry.bookmark} \\h")
        anchor.addnext(paragraph)  # move it up from the end of the body
        anchor = paragraph


def _hyperlink(paragraph, bookmark: str):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("w:anchor"), bookmark)
    hyperlink.set(qn("w:history"), "1")
    paragraph.append(hyperlink)
    return hyperlink


def _styles(document: Document) -> None:
    names = {style.name for style in document.styles}
    size = body_size(document)
    for level in (1, 2):
        name = STYLE.format(level=level)
        if name in names:
            continue
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        fmt = style.paragraph_format
        fmt.left_indent = Cm(0 if level == 1 else 1)
        fmt.space_after = Pt(size * 0.3)
        fmt.tab_stops.add_tab_stop(Twips(TEXT_WIDTH_TWIPS), WD_TAB_ALIGNMENT.RIGHT,
                                   WD_TAB_LEADER.DOTS)
        if level == 1:
            style.font.bold = True
