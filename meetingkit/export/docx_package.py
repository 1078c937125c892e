"""The parts of a Word file around the text: python-docx's template comes with a thumbnail
picture, "Microsoft Macintosh Word" as the program that made it, an empty bibliography and
Word 2010's second copy of the styles (which Word 2010 reads instead of ours). They are taken
out, and the footer of every page says which page it is ("Page 3 of 12")."""

from __future__ import annotations

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'docPropsVTypes"><Application>MeetingKit</Application><DocSecurity>0</DocSecurity>'
    b"</Properties>"
)
_DROPPED_PACKAGE_PARTS = {RT.THUMBNAIL}
_DROPPED_DOCUMENT_PARTS = {RT.CUSTOM_XML,
                           "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"}
_DROPPED_SETTINGS = ("w:savePreviewPicture", "w:rsids", "w:attachedTemplate")


def clean_package(document: Document) -> None:
    package_rels = document.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype in _DROPPED_PACKAGE_PARTS:
            package_rels.pop(rel_id)
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = APP_XML  # a generic part: its bytes are what is saved
    document_rels = document.part.rels
    for rel_id, rel in list(document_rels.items()):
        if rel.reltype in _DROPPED_DOCUMENT_PARTS:
            document_rels.pop(rel_id)
    settings = document.settings.element
    for tag in _DROPPED_SETTINGS:
        for element in settings.findall(qn(tag)):
            settings.remove(element)


def ask_to_update_fields(document: Document) -> None:
    """Word fills in fields (the page numbers in the contents list) when the file is opened.
    LibreOffice works them out as it lays out the pages, so needs no telling."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    compat = settings.find(qn("w:compat"))  # the schema puts updateFields just before compat
    if compat is not None:
        compat.addprevious(update)
    else:
        settings.append(update)


def page_numbers(document: Document, words: tuple[str, str] = ("Page", "of")) -> None:
    """'Page 3 of 12', centred in the footer of every page, from Word's PAGE and NUMPAGES
    fields (both Word and LibreOffice fill them in as they lay out the pages)."""
    for section in document.sections:
        paragraph = section.footer.paragraphs[0]
        paragraph.style = document.styles["Footer"]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(f"{words[0]} ")
        add_field(paragraph, "PAGE", "1")
        paragraph.add_run(f" {words[1]} ")
        add_field(paragraph, "NUMPAGES", "1")


def add_field(paragraph, instruction: str, shown: str = "") -> None:
    """A field as Word writes it: begin, instruction, separate, the value shown until the field
    is worked out, end."""
    p = paragraph._p if hasattr(paragraph, "_p") else paragraph

    def run():
        element = OxmlElement("w:r")
        p.append(element)
        return element

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run().append(begin)
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run().append(text)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run().append(separate)
    if shown:
        value = OxmlElement("w:t")
        value.text = shown
        run().append(value)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run().append(end)
