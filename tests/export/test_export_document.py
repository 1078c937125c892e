"""One Word writer for every Word file: a plain version of a paper and `meetingkit rewrite -o
FILE.docx` come out as accessible as the pack (they used to use a second, small writer: US
Letter, US English, 11 point theme fonts, pale headings, no table header row, nested lists
flattened and links dropped)."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from docx_checks import assert_accessible_docx

from meetingkit.cli import main
from meetingkit.errors import MeetingKitError
from meetingkit.export.document import export_document
from meetingkit.export.privacy_check import PatientDetailsFound

PAPER = """# Falls prevention: plain version

Read the [national guidance](https://www.nhs.uk/falls) first.

## What we found

1. Most falls were at night
    - on ward 3
        - near the toilets
    - on ward 5
2. Few were in the day

#### Why it matters

| Ward | Falls | Cost |
|------|-------|------|
| 3    | 12    | £75.00 |

![A chart of falls by month](chart.png)
"""


def test_a_plain_version_passes_every_check(tmp_path):
    path = export_document(PAPER, tmp_path / "plain.docx", "Falls prevention: plain version")
    document = assert_accessible_docx(path)
    assert document.core_properties.title == "Falls prevention: plain version"
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    # The heading that repeats the title is not written twice; "####" follows "##" one down.
    assert styles[0] == ("Heading 1", "Falls prevention: plain version")
    assert ("Heading 2", "What we found") in styles and ("Heading 3", "Why it matters") in styles
    # Nested lists keep their levels.
    assert ("List Bullet 2", "on ward 3") in styles and ("List Bullet 3", "near the toilets") in styles
    # The link stays a link, to the same address.
    links = document.element.body.findall(".//" + qn("w:hyperlink"))
    assert [document.part.rels[link.get(qn("r:id"))].target_ref for link in links] == [
        "https://www.nhs.uk/falls"]
    assert "[Picture: A chart of falls by month]" in "\n".join(text for _, text in styles)


def test_large_print_is_16_point(tmp_path):
    path = export_document(PAPER, tmp_path / "large.docx", "Falls", large_print=True)
    assert_accessible_docx(path, large_print=True)


def test_the_title_comes_from_the_first_heading_when_none_is_given(tmp_path):
    document = docx.Document(str(export_document(PAPER, tmp_path / "x.docx")))
    assert document.core_properties.title == "Falls prevention: plain version"


def test_rewrite_to_word_uses_the_accessible_writer(tmp_path, capsys):
    source = tmp_path / "paper.md"
    source.write_text(PAPER + "\nWe will utilise the MDT going forward.\n", encoding="utf-8")
    out = tmp_path / "plain.docx"
    assert main(["rewrite", str(source), "-o", str(out)]) == 0
    document = assert_accessible_docx(out)
    assert ("List Bullet 3", "near the toilets") in [(p.style.name, p.text)
                                                      for p in document.paragraphs]
    assert document.element.body.find(".//" + qn("w:hyperlink")) is not None


def test_patient_details_stop_a_document_before_it_is_written(tmp_path, capsys):
    target = tmp_path / "plain.docx"
    text = "Call Mrs Cole on 07700 900461 about DOB 14/03/1947."
    with pytest.raises(PatientDetailsFound) as refused:
        export_document(text, target, "Falls")
    assert isinstance(refused.value, MeetingKitError)
    assert "07700 900461" in str(refused.value) and "nothing was saved" in str(refused.value)
    assert not target.exists()
    source = tmp_path / "paper.md"
    source.write_text(text, encoding="utf-8")
    assert main(["rewrite", str(source), "-o", str(target)]) == 3  # as meetingkit export
    assert "patient's details" in capsys.readouterr().err and not target.exists()
    export_document(text, target, "Falls", allow_patient_details=True)  # chosen knowingly
    assert target.exists()
