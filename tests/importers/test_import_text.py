from __future__ import annotations

import docx
from docx_builders import docx_bytes

from meetingkit.importers import load_paper, load_paper_bytes, safe_markdown_html
from meetingkit.importers.markdown_guard import MAX_INDENT, MAX_QUOTE_DEPTH


def test_markdown_is_kept_and_titled_from_its_first_heading(tmp_path) -> None:
    path = tmp_path / "agenda-notes.md"
    path.write_text("Intro line\n\n## Falls update\n\n- one\n- two\n", encoding="utf-8")
    paper = load_paper(path)
    assert paper.title == "Falls update"
    assert paper.markdown == "Intro line\n\n## Falls update\n\n- one\n- two\n"
    assert paper.source_name == "agenda-notes.md"
    assert paper.warnings == []


def test_markdown_setext_title_and_file_name_fallback() -> None:
    assert load_paper_bytes(b"Big title\n=========\n\ntext", "a.md").title == "Big title"
    assert load_paper_bytes(b"no heading here", "Safety plan.md").title == "Safety plan"


def test_utf8_bom_crlf_and_utf16_are_read() -> None:
    paper = load_paper_bytes(b"\xef\xbb\xbf# Caf\xc3\xa9\r\n\r\nline\r\n", "a.md")
    assert paper.markdown == "# Café\n\nline\n"
    assert paper.title == "Café"
    utf16 = "# Pressure ulcers £5\n".encode("utf-16")
    assert load_paper_bytes(utf16, "b.md").title == "Pressure ulcers £5"


def test_windows_text_falls_back_with_a_warning() -> None:
    paper = load_paper_bytes("Cost: £5 – café".encode("cp1252"), "notes.txt")
    assert paper.markdown == "Cost: £5 – café\n"
    assert len(paper.warnings) == 1 and "older Windows text format" in paper.warnings[0]


def test_plain_text_stays_literal_when_shown() -> None:
    text = "# not a heading\n1. not a list\n* star_name [x]\n    indented\n\nSecond paragraph"
    paper = load_paper_bytes(text.encode(), "notes.txt")
    assert paper.title == "notes"
    html = safe_markdown_html(paper.markdown)
    assert "<h1>" not in html and "<ol>" not in html and "<ul>" not in html
    assert "<pre>" not in html and "<em>" not in html
    assert "# not a heading<br" in html
    assert "1. not a list<br" in html
    assert "* star_name [x]<br" in html
    assert "<p>Second paragraph</p>" in html


def test_content_decides_not_the_name() -> None:
    document = docx.Document()
    document.add_paragraph("Really a Word file")
    paper = load_paper_bytes(docx_bytes(document), "misnamed.txt")
    assert paper.markdown == "Really a Word file\n"


def test_control_characters_are_removed_from_text() -> None:
    paper = load_paper_bytes(b"Clean\x0c page\x07 two\n" + b"x" * 2000, "a.txt")
    assert "\x07" not in paper.markdown and "\x0c" not in paper.markdown


def test_deeply_nested_markdown_is_flattened_with_a_warning() -> None:
    lines = [" " * (4 * depth) + f"- level {depth}" for depth in range(40)]
    lines.append(">" * 50 + " deep quote")
    paper = load_paper_bytes("\n".join(lines).encode(), "deep.md")
    indents = [len(line) - len(line.lstrip(" ")) for line in paper.markdown.splitlines()]
    assert max(indents) == MAX_INDENT
    assert (">" * MAX_QUOTE_DEPTH + " deep quote") in paper.markdown
    assert (">" * (MAX_QUOTE_DEPTH + 1)) not in paper.markdown
    assert any("flattened" in warning for warning in paper.warnings)
    safe_markdown_html(paper.markdown)  # renders without recursion trouble
