"""A new Word document set up to be accessible by construction: British English on the styles
and the document defaults, one clear font, real heading styles with sizes that step down, A4
paper, page numbers in the footer, spacing from paragraph settings (never empty paragraphs), the
title in the file's properties, none of the template's leftovers, and an optional large-print
version (16 point body text, bigger headings). Every Word file MeetingKit writes starts here."""

from __future__ import annotations

from datetime import timezone

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

from meetingkit import clock

LANGUAGE = "en-GB"
FONT = "Arial"  # clear and widely installed; the NHS house font for documents
MONO_FONT = "Courier New"
HEADING_COLOUR = RGBColor(0x00, 0x30, 0x87)  # NHS blue: over 12:1 contrast on white
LINK_COLOUR = RGBColor(0x00, 0x4A, 0x9F)

# Sizes in points: body, then headings 1 to 9.
NORMAL_SIZES = (12, (20, 17, 15, 13.5, 12.5, 12, 12, 12, 12))
LARGE_SIZES = (16, (28, 24, 21, 19, 18, 17, 17, 17, 17))

_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def new_document(title: str, large_print: bool = False, author: str = "",
                 subject: str = "") -> Document:
    from meetingkit.export.docx_package import clean_package, page_numbers

    document = docx.Document()
    clean_package(document)
    _page_setup(document)
    _language(document)
    _fonts_and_sizes(document, large_print)
    _hyperlink_style(document)
    props = document.core_properties
    props.title = title
    props.subject = subject
    props.author = author or "MeetingKit"
    props.last_modified_by = "MeetingKit"
    props.language = LANGUAGE
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.revision = 1
    now = clock.now().astimezone(timezone.utc).replace(microsecond=0, tzinfo=None)
    props.created = now
    props.modified = now
    page_numbers(document)
    return document


def body_size(document: Document) -> float:
    """The body text size in points (12, or 16 in large print)."""
    size = document.styles["Normal"].font.size
    return size.pt if size is not None else NORMAL_SIZES[0]


def _page_setup(document: Document) -> None:
    for section in document.sections:  # python-docx's template is US Letter; trusts use A4
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.2)


def _language(document: Document) -> None:
    """British English everywhere the template says US English, so spelling checks and screen
    readers use the right language."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_lang(run_defaults)
    _set_lang(document.styles["Normal"].element.get_or_add_rPr())
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), LANGUAGE)
        if lang.get(qn("w:eastAsia")):
            lang.set(qn("w:eastAsia"), LANGUAGE)
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), LANGUAGE)


def _set_lang(rpr) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)


def _fonts_and_sizes(document: Document, large_print: bool) -> None:
    body_size, heading_sizes = LARGE_SIZES if large_print else NORMAL_SIZES
    styles = document.styles
    # The document defaults name theme fonts (Calibri / Cambria); name one font outright.
    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _plain_font(defaults.find(qn("w:rFonts")), FONT)
    normal = styles["Normal"]
    normal.font.name = FONT
    _set_size(normal, body_size)
    normal.paragraph_format.space_after = Pt(body_size * 0.6)
    normal.paragraph_format.line_spacing = 1.2
    for level, size in enumerate(heading_sizes, start=1):
        style = styles[f"Heading {level}"]
        _plain_font(style.element.rPr.find(qn("w:rFonts")), FONT)
        style.font.name = FONT
        _set_size(style, size)
        style.font.bold = True
        style.font.italic = False  # italic is harder to read; headings stand out by size
        style.font.color.rgb = HEADING_COLOUR
        fmt = style.paragraph_format
        fmt.space_before = Pt(size * (1.0 if level <= 2 else 0.8))
        fmt.space_after = Pt(body_size * 0.5)
        fmt.keep_with_next = True
    quote = styles["Quote"]
    quote.font.italic = False
    quote.paragraph_format.left_indent = Cm(1)
    for name in ("List Bullet", "List Bullet 2", "List Bullet 3", "List Number", "List Number 2",
                 "List Number 3", "List Continue", "List Continue 2", "List Continue 3"):
        styles[name].paragraph_format.space_after = Pt(body_size * 0.3)


def _set_size(style, points: float) -> None:
    """The size for every script (python-docx sets only the Latin one)."""
    style.font.size = Pt(points)
    rpr = style.element.get_or_add_rPr()
    complex_size = rpr.find(qn("w:szCs"))
    if complex_size is None:
        complex_size = OxmlElement("w:szCs")
        rpr.find(qn("w:sz")).addnext(complex_size)
    complex_size.set(qn("w:val"), str(round(points * 2)))


def _plain_font(rfonts, name: str) -> None:
    if rfonts is None:
        return
    for attribute in _THEME_FONT_ATTRIBUTES:
        rfonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attribute), name)


def _hyperlink_style(document: Document) -> None:
    """Links are underlined as well as coloured, so they are not shown by colour alone."""
    style = document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    style.font.underline = True
    style.font.color.rgb = LINK_COLOUR
