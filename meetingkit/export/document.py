"""One paper (or any markdown text) as a Word document: the plain version of a paper, and
`meetingkit rewrite -o FILE.docx`. The same accessible writer as the pack and minutes (A4,
British English, 12 point Arial or 16 in large print, real heading styles, page numbers,
tables with header rows, links and nested lists kept), so there is one Word writer, not two."""

from __future__ import annotations

from pathlib import Path

from meetingkit.export.docx_setup import new_document
from meetingkit.export.docx_writer import DocWriter
from meetingkit.export.markdown_docx import add_markdown, clean_text, parse_markdown
from meetingkit.export.privacy_check import document_texts, refuse_patient_details


def export_document(markdown: str, path: Path | str, title: str = "", *,
                    large_print: bool = False, subject: str = "", author: str = "",
                    allow_patient_details: bool = False) -> Path:
    """Saves `markdown` as a Word file at `path`. The title (or, without one, the text's first
    heading) is the document's first heading and its title in the file's properties."""
    refuse_patient_details(document_texts(title, markdown), allow_patient_details)
    title = " ".join(title.split()) or first_heading(markdown) or Path(path).stem
    writer = DocWriter(new_document(title, large_print, author=author, subject=subject))
    writer.heading(title, 1)
    add_markdown(writer, markdown, heading_base=2, title=title)
    return writer.save(path)


def first_heading(markdown: str) -> str:
    if not markdown.strip():
        return ""
    root = parse_markdown(markdown)
    for element in root:
        if element.tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            return " ".join(clean_text("".join(element.itertext())).split())
    return ""
