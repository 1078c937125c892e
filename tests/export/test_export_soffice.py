"""Every kind of Word file MeetingKit writes, opened in LibreOffice as a recipient without Word
would: each passes the shared accessibility checks, converts to PDF, has the pages it should
(page numbers in every footer, 'Page 1 of N'), keeps words and amounts whole in narrow columns
(read line by line with pdftotext -layout), and the pack's contents list gives each part the
page it is on. Skipped where LibreOffice or poppler is not installed."""

from __future__ import annotations

import re

import docx
import pytest
from docx_checks import assert_accessible_docx
from every_export import make_every_export
from soffice import HAVE_TOOLS, page_count, pages, to_pdf

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not HAVE_TOOLS, reason="LibreOffice or poppler is missing")]

# Words and amounts that were split across lines in narrow columns ("£75.0/0", "Overdu/e",
# "implementatio/n" in large print).
WHOLE = ("£75.00", "£150.00", "£12.40", "Overdue", "Hours", "implementation", "Payment",
         "Expenses", "Multidisciplinary", "Completed", "£1,250.00")
_LEADER = re.compile(r"^\s*(.+?)\s*\.{3,}\s*(\d+)\s*$")


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    from meetingkit.store import Store

    folder = tmp_path_factory.mktemp("exports")
    store = Store.open(folder / "committee.db")
    try:
        made = make_every_export(store, folder)
    finally:
        store.close()
    pdfs = to_pdf([export.path for export in made], folder)
    return {export.name: (export, pdf) for export, pdf in zip(made, pdfs, strict=True)}


def _docx_text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_every_kind_passes_the_shared_checks(converted):
    kinds = {name.removesuffix("-large") for name in converted}
    assert kinds == {"pack", "minutes", "action-log", "claim", "plain-version"}
    for export, _ in converted.values():
        assert_accessible_docx(export.path, large_print=export.large_print)


def test_every_page_is_numbered(converted):
    for name, (_, pdf) in converted.items():
        count = page_count(pdf)
        texts = pages(pdf)
        assert len(texts) == count, name
        for number, text in enumerate(texts, start=1):
            assert f"Page {number} of {count}" in text, f"{name}, page {number}"


@pytest.mark.parametrize(("name", "least", "most"), [
    ("pack", 4, 8), ("pack-large", 6, 14), ("minutes", 2, 5), ("minutes-large", 3, 8),
    ("action-log", 1, 2), ("action-log-large", 1, 3), ("claim", 1, 2), ("claim-large", 2, 3),
    ("plain-version", 2, 4), ("plain-version-large", 3, 7),
])
def test_page_counts_are_what_the_content_needs(converted, name, least, most):
    assert least <= page_count(converted[name][1]) <= most


def test_words_and_amounts_are_never_split_in_narrow_columns(converted):
    for name, (export, pdf) in converted.items():
        laid_out = "\n".join(pages(pdf))
        written = _docx_text(export.path)
        for word in WHOLE:
            assert laid_out.count(word) == written.count(word), (
                f"{name}: '{word}' is written {written.count(word)} times but laid out whole "
                f"{laid_out.count(word)} times")


def test_the_contents_list_gives_each_part_its_page(converted):
    for name in ("pack", "pack-large"):
        texts = pages(converted[name][1])
        contents_page = next(i for i, text in enumerate(texts) if "\nContents" in "\n" + text)
        lines = texts[contents_page].splitlines()
        start = next(i for i, line in enumerate(lines) if line.strip() == "Contents")
        entries = []
        for line in lines[start + 1:]:
            match = _LEADER.match(line)
            if match:
                entries.append((match.group(1).strip(), int(match.group(2))))
            elif entries and line.strip():
                break
        titles = [title for title, _ in entries]
        assert titles[0] == "Agenda" and "Item 2: Falls on the wards" in titles
        assert "Quarterly safety report" in titles and titles[-1] == "Words used in this pack"
        for title, page in entries:
            on = [number for number, text in enumerate(texts, start=1)
                  if number - 1 > contents_page
                  and any(line.strip() == title for line in text.splitlines())]
            if number_is_the_contents_page := page == contents_page + 1:
                on.append(page)  # the agenda may share the contents' page
            assert on and on[0] == page, (name, title, page, on, number_is_the_contents_page)


def test_the_claim_has_boxes_to_sign_in_and_no_underscores(converted):
    text = "\n".join(pages(converted["claim"][1]))
    assert "Your signature" in text and "Checked and approved by" in text
    assert "____" not in text
