from __future__ import annotations

import docx
import pytest
from docx.oxml import OxmlElement, parse_xml
from docx_builders import add_hyperlink, docx_bytes, set_numbering, tiny_png

from meetingkit.errors import ImportRefused
from meetingkit.importers import docx_to_markdown, import_docx_bytes, load_paper
from meetingkit.importers.limits import MAX_LIST_DEPTH

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def convert(document) -> str:
    return docx_to_markdown(document)


def test_headings_title_and_levels() -> None:
    document = docx.Document()
    document.add_heading("The paper", 0)  # Title style
    for level in range(1, 8):
        document.add_heading(f"Level {level}", level)
    lines = [line for line in convert(document).splitlines() if line]
    assert lines[0] == "# The paper"
    assert lines[1:7] == [f"{'#' * n} Level {n}" for n in range(1, 7)]
    assert lines[7] == "###### Level 7"  # markdown has six levels; deeper ones stay at six


def test_bold_italic_and_spaces_outside_markers() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Plain ")
    paragraph.add_run("bold ").bold = True
    paragraph.add_run("italic").italic = True
    both = paragraph.add_run(" both")
    both.bold = both.italic = True
    paragraph.add_run(" 2*3_4 [x]")
    assert convert(document).strip() == r"Plain **bold** *italic* ***both*** 2\*3\_4 \[x\]"


def test_hyperlinks_and_line_breaks() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Read ")
    add_hyperlink(paragraph, "https://www.england.nhs.uk/patient-safety/ (psirf)", "the guide")
    paragraph.add_run(" now.")
    lines = document.add_paragraph("First line")
    lines.add_run().add_break()
    lines.add_run("second line")
    markdown = convert(document)
    assert (
        "Read [the guide](https://www.england.nhs.uk/patient-safety/%20%28psirf%29) now."
        in markdown
    )
    assert "First line  \nsecond line" in markdown


def test_internal_link_keeps_only_its_words() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink {W_NS} w:anchor="_Toc1"><w:r><w:t>See part 2</w:t></w:r></w:hyperlink>'
        )
    )
    assert convert(document).strip() == "See part 2"


def test_bullets_numbers_and_nesting_from_style_names() -> None:
    document = docx.Document()
    document.add_paragraph("Top", style="List Bullet")
    document.add_paragraph("Inner", style="List Bullet 2")
    document.add_paragraph("Innermost", style="List Bullet 3")
    document.add_paragraph("Top again", style="List Bullet")
    document.add_paragraph("First step", style="List Number")
    document.add_paragraph("Sub step", style="List Number 2")
    assert convert(document) == (
        "- Top\n    - Inner\n        - Innermost\n- Top again\n\n1. First step\n    1. Sub step\n"
    )


def test_nesting_from_numbering_levels() -> None:
    document = docx.Document()
    for text, level in [("a", 0), ("b", 1), ("c", 2), ("d", 1)]:
        set_numbering(document.add_paragraph(text, style="List Paragraph"), 1, level)
    assert convert(document) == "- a\n    - b\n        - c\n    - d\n"


def test_deep_lists_are_flattened_and_levels_never_skip() -> None:
    document = docx.Document()
    set_numbering(document.add_paragraph("start", style="List Paragraph"), 1, 3)  # jumps in
    for level in range(1, 9):
        set_numbering(document.add_paragraph(f"level {level}", style="List Paragraph"), 1, level)
    paper = import_docx_bytes(docx_bytes(document))
    lines = paper.markdown.splitlines()
    assert lines[0] == "- start"  # a list cannot begin deeper than its first level
    depths = [(len(line) - len(line.lstrip())) // 4 for line in lines if line.strip()]
    assert max(depths) == MAX_LIST_DEPTH - 1
    assert all(b - a <= 1 for a, b in zip(depths, depths[1:], strict=False))
    assert any("flattened" in warning for warning in paper.warnings)


def test_tables_become_pipe_tables_with_pipes_escaped() -> None:
    document = docx.Document()
    document.add_paragraph("Before")
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "Risk"
    table.cell(0, 1).text = "Owner | deputy"
    table.cell(0, 2).text = "Due"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "Merged across two"
    table.cell(1, 2).text = "May"
    table.cell(2, 0).text = "Two\nlines"
    document.add_paragraph("After")
    markdown = convert(document)
    assert markdown == (
        "Before\n\n"
        "| Risk | Owner \\| deputy | Due |\n"
        "| --- | --- | --- |\n"
        "| Merged across two | Merged across two | May |\n"
        "| Two lines |   |   |\n\n"
        "After\n"
    )


def test_one_cell_table_is_read_as_text() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "A box around a note"
    assert convert(document) == "A box around a note\n"


def test_document_order_is_kept() -> None:
    document = docx.Document()
    document.add_paragraph("one")
    document.add_table(rows=2, cols=2).cell(0, 0).text = "two"
    document.add_paragraph("three")
    markdown = convert(document)
    assert markdown.index("one") < markdown.index("two") < markdown.index("three")


def test_tracked_insertions_kept_deletions_and_hidden_text_dropped() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Kept ")
    paragraph._p.append(
        parse_xml(
            f'<w:ins {W_NS} w:id="1" w:author="x"><w:r><w:t xml:space="preserve">added </w:t>'
            "</w:r></w:ins>"
        )
    )
    paragraph._p.append(
        parse_xml(
            f'<w:del {W_NS} w:id="2" w:author="x"><w:r><w:delText>gone</w:delText></w:r></w:del>'
        )
    )
    hidden = paragraph.add_run("secret")
    hidden.font.hidden = True
    paper = import_docx_bytes(docx_bytes(document))
    assert paper.markdown == "Kept added\n"
    assert any("tracked changes" in warning for warning in paper.warnings)


def test_content_controls_are_read() -> None:
    document = docx.Document()
    body = document.element.body
    sdt = parse_xml(
        f"<w:sdt {W_NS}><w:sdtContent><w:p><w:r><w:t>Inside a control</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    body.insert(0, sdt)
    assert convert(document) == "Inside a control\n"


def test_pictures_are_left_out_with_a_warning(tmp_path) -> None:
    picture = tmp_path / "dot.png"
    picture.write_bytes(tiny_png())
    document = docx.Document()
    document.add_paragraph("Chart below")
    document.add_picture(str(picture))
    paper = import_docx_bytes(docx_bytes(document))
    assert paper.markdown == "Chart below\n"
    assert paper.warnings == [
        "1 picture, chart or text box was left out; describe anything important in words."
    ]


def test_title_from_properties_then_heading_then_file_name(tmp_path) -> None:
    document = docx.Document()
    document.core_properties.title = "Quarterly safety report"
    document.add_heading("Introduction", 1)
    assert import_docx_bytes(docx_bytes(document)).title == "Quarterly safety report"

    document.core_properties.title = ""
    # "Introduction" names a section, not the paper: the file's name is a better title.
    assert import_docx_bytes(docx_bytes(document), "Falls.docx").title == "Falls"
    named = docx.Document()
    named.core_properties.title = ""
    named.add_heading("Falls prevention update", 1)
    assert import_docx_bytes(docx_bytes(named)).title == "Falls prevention update"

    plain = docx.Document()
    plain.core_properties.title = ""
    plain.add_paragraph("No headings here")
    path = tmp_path / "Falls update.docx"
    path.write_bytes(docx_bytes(plain))
    paper = load_paper(path)
    assert (paper.title, paper.source_name) == ("Falls update", "Falls update.docx")


def test_document_without_text_is_refused() -> None:
    document = docx.Document()
    document.add_paragraph("   ")
    with pytest.raises(ImportRefused, match="no text"):
        import_docx_bytes(docx_bytes(document))


def test_docx_to_markdown_accepts_bytes(small_docx: bytes) -> None:
    markdown = docx_to_markdown(small_docx)
    assert markdown.startswith("# Falls review\n\nFalls fell by **a third** this quarter.")
    assert "- Ward A\n    - Ward B" in markdown
    assert "| Ward | Falls |" in markdown


def test_a_long_document_converts_completely() -> None:
    document = docx.Document()
    for page in range(100):
        document.add_heading(f"Section {page}", 2)
        for line in range(8):
            paragraph = document.add_paragraph(f"Paragraph {line} of section {page} with ")
            paragraph.add_run("bold words").bold = True
        document.add_paragraph(f"Point {page}", style="List Bullet")
    markdown = convert(document)
    assert markdown.count("## Section") == 100
    assert markdown.count("**bold words**") == 800
    assert "Paragraph 7 of section 99" in markdown


def test_run_with_empty_rpr_and_odd_elements_is_tolerated() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    run = OxmlElement("w:r")
    run.append(OxmlElement("w:rPr"))
    text = OxmlElement("w:t")
    text.text = "ok"
    run.append(text)
    paragraph._p.append(run)
    paragraph._p.append(OxmlElement("w:bookmarkStart"))
    run_with_tab = paragraph.add_run("a")
    run_with_tab._r.append(OxmlElement("w:tab"))
    run_with_tab._r.append(OxmlElement("w:noBreakHyphen"))
    assert convert(document) == "oka -\n"


def test_numbered_list_from_numbering_format() -> None:
    document = docx.Document()
    # numId 5 is the template's decimal numbering (used by "List Number"), numId 1 bullets.
    set_numbering(document.add_paragraph("first", style="List Paragraph"), 5, 0)
    set_numbering(document.add_paragraph("second", style="List Paragraph"), 5, 0)
    set_numbering(document.add_paragraph("switched off", style="List Paragraph"), 0, 0)
    set_numbering(document.add_paragraph("bullet", style="List Paragraph"), 1, 0)
    assert convert(document) == "1. first\n1. second\n\nswitched off\n\n- bullet\n"
