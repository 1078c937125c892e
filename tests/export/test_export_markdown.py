"""Markdown into Word: formatting kept, hostile content made harmless, headings never skip."""

from __future__ import annotations

import docx
from docx.oxml.ns import qn
from docx_checks import check_headings
from export_helpers import texts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingkit.export.docx_setup import new_document
from meetingkit.export.docx_writer import DocWriter
from meetingkit.export.markdown_docx import add_markdown


def _convert(markdown: str, tmp_path, base: int = 2, title: str = ""):
    writer = DocWriter(new_document("Test"))
    writer.heading("Test", 1)
    add_markdown(writer, markdown, heading_base=base, title=title)
    path = writer.save(tmp_path / "md.docx")
    return docx.Document(str(path))


def test_raw_html_is_kept_as_plain_text(tmp_path):
    document = _convert('<script>alert("x")</script>\n\nA <b>bold</b> claim &amp; more', tmp_path)
    lines = texts(document)
    assert '<script>alert("x")</script>' in lines
    assert "A <b>bold</b> claim & more" in lines
    assert not any(run.bold for p in document.paragraphs for run in p.runs[1:])


def test_only_web_and_email_links_stay_links(tmp_path):
    document = _convert("[safe](https://nhs.uk) [mail](mailto:a@b.nhs.uk) "
                        "[bad](javascript:alert(1)) [file](file:///etc/passwd)", tmp_path)
    paragraph = document.paragraphs[1]
    assert [h.url for h in paragraph.hyperlinks] == ["https://nhs.uk", "mailto:a@b.nhs.uk"]
    assert paragraph.text == "safe mail bad file"


def test_each_numbered_list_starts_again_at_one(tmp_path):
    document = _convert("1. a\n2. b\n\nBetween\n\n1. c\n2. d\n", tmp_path)
    numbers = [p._p.pPr.numPr.numId.val for p in document.paragraphs if p.text in "abcd"
               and p.text]
    assert numbers[0] == numbers[1] != numbers[2] == numbers[3]
    numbering = document.part.numbering_part.element
    for num_id in {numbers[0], numbers[2]}:
        num = numbering.num_having_numId(num_id)
        assert num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_nested_lists_and_loose_items(tmp_path):
    document = _convert("- one\n\n    more about one\n\n    - inner\n\n- two\n", tmp_path)
    styles = [(p.text, p.style.name) for p in document.paragraphs[1:]]
    assert styles == [("one", "List Bullet"), ("more about one", "List Continue"),
                      ("inner", "List Bullet 2"), ("two", "List Bullet")]


def test_headings_deeper_than_the_next_level_are_brought_up(tmp_path):
    document = _convert("#### Deep first\n\n###### Deeper\n\n# Top again\n", tmp_path)
    assert [p.style.name for p in document.paragraphs] == [
        "Heading 1", "Heading 2", "Heading 3", "Heading 2"]


def test_a_first_heading_repeating_the_title_is_left_out(tmp_path):
    document = _convert("# Falls  Review\n\nBody.", tmp_path, title="Falls review")
    assert texts(document) == ["Test", "Body."]


def test_characters_word_cannot_hold_are_removed(tmp_path):
    document = _convert("Bell\x07 and form\x0c feed\x01 text", tmp_path)
    assert texts(document)[1] == "Bell and form feed text"


def test_pictures_become_their_description(tmp_path):
    document = _convert("![A ward corridor](http://example.com/x.png)\n\n![](y.png)", tmp_path)
    assert texts(document)[1:] == ["[Picture: A ward corridor]", "[Picture]"]


def test_code_keeps_its_lines(tmp_path):
    document = _convert("    line one\n    line two\n", tmp_path)
    assert texts(document)[1] == "line one\nline two"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("#*_-+>|`[]()!<>&;\n 1.aZ\x00\x0b\u2028")),
               max_size=300))
def test_any_markdown_gives_a_valid_document_with_no_skipped_levels(tmp_path, markdown):
    document = _convert(markdown, tmp_path)
    check_headings(document)
