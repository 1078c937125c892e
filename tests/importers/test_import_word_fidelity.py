"""Each thing a Word paper can hold is either kept or named in the import message. Every
document here is written in the test run by a real writer: pandoc, LibreOffice or python-docx."""

from __future__ import annotations

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from writers import pandoc, soffice

from meetingkit.importers import load_paper

MEETING = "2026-01-01T00:00:00Z"


def test_footnotes_are_kept_as_numbered_notes_at_the_end(tmp_path):
    path = pandoc("# Falls\n\nFalls fell by a third.[^1] Night checks helped.[^2]\n\n"
                  "[^1]: Source: incident reports, March 2026.\n\n"
                  "[^2]: Ward audit, April 2026.\n", tmp_path, "notes.docx")
    paper = load_paper(path)
    assert "Falls fell by a third.\\[1\\] Night checks helped.\\[2\\]" in paper.markdown
    assert paper.markdown.rstrip().endswith(
        "Notes\n\n1. Source: incident reports, March 2026.\n2. Ward audit, April 2026.")
    assert any("2 footnotes and endnotes are kept" in w and "'Notes'" in w
               for w in paper.warnings)


def test_a_protective_marking_in_the_header_is_kept_and_told_first(tmp_path):
    document = docx.Document()
    document.add_heading("Falls prevention update", 1)
    document.add_paragraph("Falls fell by a third.")
    section = document.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    section.footer.paragraphs[0].text = "Trust Board, 4 June 2026"
    document.add_comment(document.paragraphs[1].runs, text="Is this right?", author="Ann")
    path = tmp_path / "marked.docx"
    document.save(str(path))
    paper = load_paper(path)
    assert paper.markdown.startswith("**OFFICIAL-SENSITIVE**\n\n# Falls prevention update")
    assert paper.warnings[0].startswith("This paper is marked 'OFFICIAL-SENSITIVE'")
    assert "The page headers and footers were left out: 'Trust Board, 4 June 2026'." \
        in paper.warnings
    assert "1 comment in the margin was left out." in paper.warnings
    assert "Is this right" not in paper.markdown


def test_comments_written_by_pandoc_are_left_out_and_said(tmp_path):
    path = pandoc(f'Falls [Check this figure]{{.comment-start id="0" author="Ann" '
                  f'date="{MEETING}"}}fell by a third[]{{.comment-end id="0"}}.\n',
                  tmp_path, "comments.docx")
    paper = load_paper(path)
    assert "fell by a third" in paper.markdown and "Check this figure" not in paper.markdown
    assert "1 comment in the margin was left out." in paper.warnings


def test_libreoffice_strong_emphasis_is_bold_and_merged_cells_keep_their_words(tmp_path):
    page = tmp_path / "falls.html"
    page.write_text(
        "<html><head><title>Falls prevention update</title></head><body>"
        "<h1>Purpose</h1><p>Falls fell by <strong>a third</strong> on wards.</p>"
        "<table border='1'><tr><th colspan='2'>Ward and shift</th><th>Falls</th></tr>"
        "<tr><td rowspan='2'>Ward A</td><td>Day</td><td>3</td></tr>"
        "<tr><td>Night</td><td>4</td></tr></table></body></html>", encoding="utf-8")
    path = soffice(page, "docx:MS Word 2007 XML")
    assert b"StrongEmphasis" in _part(path, "word/document.xml")  # LibreOffice's own style
    paper = load_paper(path)
    assert "Falls fell by **a third** on wards." in paper.markdown
    assert ("| Ward and shift | Ward and shift | Falls |\n| --- | --- | --- |\n"
            "| Ward A | Day | 3 |\n| Ward A | Night | 4 |") in paper.markdown
    assert any(w.startswith("A table had merged cells") for w in paper.warnings)
    assert paper.title == "Falls prevention update"


def test_a_custom_heading_style_with_an_outline_level_is_a_heading(tmp_path):
    document = docx.Document()
    style = document.styles.add_style("Paper Section", WD_STYLE_TYPE.PARAGRAPH)
    style.font.size = Pt(16)
    outline = OxmlElement("w:outlineLvl")  # Word's "Outline level: Level 2" (no python-docx API)
    outline.set(qn("w:val"), "1")
    style.element.get_or_add_pPr().append(outline)
    document.add_paragraph("Falls prevention update", style="Title")
    document.add_paragraph("What we found", style="Paper Section")
    document.add_paragraph("Falls fell by a third.")
    source = tmp_path / "custom.docx"
    document.save(str(source))
    path = soffice(source, "docx:MS Word 2007 XML")  # as LibreOffice saves it again
    paper = load_paper(path)
    assert "## What we found\n\nFalls fell by a third." in paper.markdown


def test_typed_bullets_become_a_list(tmp_path):
    document = docx.Document()
    document.add_paragraph("We will:")
    for line in ("• add bed alarms", "•\tcheck every hour at night", "- light the bays"):
        document.add_paragraph(line)
    document.add_paragraph("-5% is not a bullet.")
    path = tmp_path / "typed.docx"
    document.save(str(path))
    paper = load_paper(path)
    assert ("We will:\n\n- add bed alarms\n- check every hour at night\n- light the bays\n\n"
            "\\-5% is not a bullet.") in paper.markdown


def test_the_title_is_the_documents_title_not_its_first_heading(tmp_path):
    document = docx.Document()
    document.core_properties.title = "Falls prevention update"
    document.add_heading("Purpose", 1)
    document.add_paragraph("To tell the committee how falls changed.")
    path = tmp_path / "board paper 7.docx"
    document.save(str(path))
    assert load_paper(path).title == "Falls prevention update"
    document.core_properties.title = ""  # no title set: "Purpose" names a section, not a paper
    document.save(str(path))
    assert load_paper(path).title == "board paper 7"


def test_a_table_of_contents_is_left_out(tmp_path):
    path = pandoc("---\ntitle: Falls prevention update\n---\n\n# Purpose\n\nWhy.\n\n"
                  "# Background\n\nWhat.\n", tmp_path, "toc.docx", "--toc")
    paper = load_paper(path)
    assert "Table of Contents" not in paper.markdown and "Contents" not in paper.markdown
    assert "The table of contents was left out; the paper's headings are kept." \
        in paper.warnings

    document = docx.Document()  # contents lines as a template-made document has them
    document.add_paragraph("Contents", style="TOC Heading")
    toc = document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    toc.base_style = document.styles["Normal"]
    for line in ("Purpose\t1", "Background\t1"):
        document.add_paragraph(line, style="toc 1")
    document.add_heading("Purpose", 1)
    document.add_paragraph("Why.")
    source = tmp_path / "filled.docx"
    document.save(str(source))
    for made in (source, soffice(source, "docx:MS Word 2007 XML")):
        paper = load_paper(made)
        assert paper.markdown == "# Purpose\n\nWhy.\n", made


def test_tracked_changes_come_in_accepted_and_deleted_words_never_leak(tmp_path):
    path = pandoc(f'We [added bed alarms]{{.insertion author="Ann" date="{MEETING}"}}'
                  f'[removed the old mats]{{.deletion author="Ann" date="{MEETING}"}}.\n',
                  tmp_path, "tracked.docx")
    assert b"<w:del " in _part(path, "word/document.xml")
    paper = load_paper(path)
    assert paper.markdown == "We added bed alarms.\n"
    assert "The document has tracked changes; they were brought in as if accepted." \
        in paper.warnings


def _part(path, name: str) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def test_a_numbered_heading_needs_no_escape(tmp_path):
    paper = load_paper(pandoc("## 1. Executive summary\n\n2\\. Not a list either.\n", tmp_path,
                              "numbered.docx"))
    assert paper.markdown == "## 1. Executive summary\n\n2\\. Not a list either.\n"
