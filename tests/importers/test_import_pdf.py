"""PDF papers, made in the test run by pandoc and LibreOffice: headings, lists, a table and bold
words come in; a scan, a locked file and a broken one each get one calm sentence."""

from __future__ import annotations

import docx
import pytest
from docx.shared import Cm
from writers import pandoc, soffice

from meetingkit.errors import ImportRefused
from meetingkit.importers import load_paper, load_paper_bytes

PAPER = """# Falls prevention report

## 1. Purpose

This paper tells the committee how falls on our wards changed this quarter and what we will
do next.

## 2. What we found

Falls fell by **a third** on the medical wards.

- Bed alarms on every ward
- Night checks every hour

1. Review each fall within 72 hours
2. Share the learning with staff

| Ward | Falls | Harm |
|---|---|---|
| Ward A | 12 | 2 |
| Ward B | 7 | 0 |

## 3. Next steps

""" + "Staff told us that the new checks help them see risks earlier. " * 60 + """

### Questions for partners

- Do families hear about falls soon enough?
- Is the leaflet clear?
"""


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """The paper written by pandoc as Word and as OpenDocument, each printed to PDF by
    LibreOffice."""
    folder = tmp_path_factory.mktemp("pdf")
    return {kind: soffice(pandoc(PAPER, folder, f"paper.{kind}"), "pdf",
                          folder / f"from-{kind}") for kind in ("docx", "odt")}


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_a_pdf_paper_comes_in_with_its_headings_lists_and_table(made, kind):
    from pdfminer.pdfpage import PDFPage

    with made[kind].open("rb") as handle:
        assert len(list(PDFPage.get_pages(handle))) >= 2  # a paper of several pages
    paper = load_paper(made[kind])
    text = paper.markdown
    assert paper.title == "Falls prevention report"
    assert text.startswith("# Falls prevention report\n\n## 1. Purpose\n\nThis paper tells the "
                           "committee how falls on our wards changed this quarter and what we "
                           "will do next.\n\n## 2. What we found\n\n")
    assert "Falls fell by **a third** on the medical wards." in text
    assert "- Bed alarms on every ward\n- Night checks every hour\n\n1. Review each fall " \
           "within 72 hours\n2. Share the learning with staff" in text
    assert "| Ward | Falls | Harm |\n| --- | --- | --- |\n| Ward A | 12 | 2 |\n" \
           "| Ward B | 7 | 0 |" in text
    assert "## 3. Next steps" in text
    assert "Questions for partners\n\n- Do families hear about falls soon enough?\n" \
           "- Is the leaflet clear?" in text
    # The long paragraph runs over a page break and is still one paragraph.
    assert text.count("Staff told us that the new checks help them see risks earlier.") == 60
    assert len([line for line in text.split("\n\n") if line.startswith("Staff told")]) == 1


def test_a_scanned_pdf_says_so_in_one_sentence(tmp_path):
    from docx_builders import tiny_png

    picture = tmp_path / "page.png"
    picture.write_bytes(tiny_png())
    document = docx.Document()
    document.add_picture(str(picture), width=Cm(15))
    source = tmp_path / "scan.docx"
    document.save(str(source))
    with pytest.raises(ImportRefused) as caught:
        load_paper(soffice(source, "pdf"))
    assert str(caught.value).startswith("This PDF is a scan: it holds pictures of pages with no "
                                        "text in them")
    assert str(caught.value).count(". ") <= 1


def test_a_locked_pdf_and_a_broken_one_get_calm_messages(made, tmp_path):
    source = pandoc("# Falls\n\nSecret words.\n", tmp_path, "locked.docx")
    locked = soffice(source, 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean",'
                             '"value":"true"},"DocumentOpenPassword":{"type":"string",'
                             '"value":"secret"}}')
    with pytest.raises(ImportRefused, match="locked with a password"):
        load_paper(locked)
    whole = made["docx"].read_bytes()
    for broken in (whole[: len(whole) // 3], b"%PDF-1.7\n...", whole[:9] + b"\x00" * 5000):
        with pytest.raises(ImportRefused, match="This PDF file is damaged"):
            load_paper_bytes(broken, "paper.pdf")


def test_a_pdf_that_only_limits_printing_still_reads(tmp_path):
    source = pandoc("# Falls\n\nOpen words.\n", tmp_path, "limited.docx")
    limited = soffice(source, 'pdf:writer_pdf_Export:{"RestrictPermissions":{"type":"boolean",'
                              '"value":"true"},"PermissionPassword":{"type":"string",'
                              '"value":"owner"}}')
    assert "Open words." in load_paper(limited).markdown


def test_a_protective_marking_repeated_on_every_page_is_kept_once(tmp_path):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    document.sections[0].footer.paragraphs[0].text = "Quality committee, June 2026"
    document.add_heading("Falls prevention update", 1)
    for _ in range(40):
        document.add_paragraph("Falls fell on the medical wards after night checks began. " * 4)
    source = tmp_path / "marked.docx"
    document.save(str(source))
    paper = load_paper(soffice(source, "pdf"))
    assert paper.markdown.startswith("**OFFICIAL-SENSITIVE**\n\n# Falls prevention update\n")
    assert paper.markdown.count("OFFICIAL-SENSITIVE") == 1
    assert "Quality committee" not in paper.markdown
    assert paper.warnings[0].startswith("This paper is marked 'OFFICIAL-SENSITIVE'")
    assert any("'Quality committee, June 2026'" in w for w in paper.warnings)
