"""The meeting pack in Word, read back with python-docx: structure, accessibility, content."""

from __future__ import annotations

import docx
import pytest
from docx.shared import Pt
from export_helpers import (
    assert_accessible,
    heading_levels,
    rich_meeting,
    table_rows,
    texts,
)

from meetingkit.export import export_pack


@pytest.fixture
def meeting(store):
    return rich_meeting(store)


def test_the_pack_is_accessible_by_construction(store, meeting, tmp_path):
    path = export_pack(store, meeting["meeting"], tmp_path / "pack.docx")
    document = assert_accessible(path)
    assert document.core_properties.title == (
        "Patient Safety Group: meeting pack, Tuesday 3 March 2026")
    assert heading_levels(document)[:3] == [1, 2, 2]
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


def test_cover_agenda_summaries_and_papers(store, meeting, tmp_path):
    document = docx.Document(str(export_pack(store, meeting["meeting"], tmp_path / "p.docx")))
    lines = texts(document)
    assert "Date: Tuesday 3 March 2026" in lines
    assert "Place: Seminar room 2" in lines
    agenda = table_rows(document.tables[0])
    assert agenda[0] == ["Item", "Why it is on the agenda", "Who leads it", "Time"]
    assert agenda[1] == ["1. Welcome", "To talk about", "", "10:00 (5 minutes)"]
    assert agenda[2] == ["2. Falls on the wards", "To decide", "Maria Lopez",
                         "10:05 (10 minutes)"]
    assert "In short: What we learned from falls." in lines
    assert "Item 2: Falls on the wards" in lines
    # The paper's own first heading repeats its title, so it is not written twice.
    assert lines.count("Falls review") == 1
    assert "Written by: Maria Lopez" in lines


def test_the_accepted_plain_version_is_used(store, meeting, tmp_path):
    lines = texts(docx.Document(str(export_pack(store, meeting["meeting"], tmp_path / "p.docx"))))
    assert "More people fell on ward 3. We want to stop this." in lines
    assert "This is the plain English version of the paper." in lines
    assert not any("Utilise the MDT" in line for line in lines)


def test_markdown_becomes_word_formatting(store, meeting, tmp_path):
    document = docx.Document(str(export_pack(store, meeting["meeting"], tmp_path / "p.docx")))
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Falls on ward 3"))
    bold = [r.text for r in paragraph.runs if r.bold]
    italic = [r.text for r in paragraph.runs if r.italic]
    assert bold == ["ward 3"] and italic == ["our"]
    assert [link.url for link in paragraph.hyperlinks] == ["https://www.nhs.uk/falls"]
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["Look at the figures"] == "List Number"
    assert styles["Share the leaflet"] == "List Bullet"
    assert styles["What happened"] == "Heading 4" and styles["What next"] == "Heading 5"
    assert ["Ward", "Falls"] in [table_rows(t)[0] for t in document.tables]


def test_words_used_glossary_with_the_trusts_own_terms(store, meeting, tmp_path):
    document = docx.Document(str(export_pack(store, meeting["meeting"], tmp_path / "p.docx")))
    assert "Words used in this pack" in texts(document)
    glossary = table_rows(document.tables[-1])
    assert glossary[0] == ["Word", "What it means"]
    assert ["MDT", "Multidisciplinary team"] in glossary  # from the trust's glossary


GLOSSARY_PAPER = """# Quarterly safety report

The SIF panel reviewed the HSMR. The MSO and MSG met twice. Every incident goes on Datix.
The medication was given late. We will utilise the Patient Safety Incident Response Framework
(PSIRF) going forward.
"""


def test_words_used_gives_meanings_not_writing_advice(store, meeting, tmp_path):
    store.papers.add(meeting["falls"], "Quarterly safety report", GLOSSARY_PAPER)
    document = docx.Document(str(export_pack(store, meeting["meeting"], tmp_path / "p.docx")))
    glossary = dict(table_rows(document.tables[-1])[1:])
    assert not [m for m in glossary.values() if m.lower().startswith("say ")], glossary
    assert glossary["medication"] == "Medicine"
    assert glossary["utilise"] == "Use"
    assert glossary["going forward"] == "From now on, or in future"
    assert glossary["PSIRF"].startswith("Patient Safety Incident Response Framework: the NHS")
    assert glossary["Datix"].startswith("The computer system")
    assert glossary["HSMR"].startswith("Hospital standardised mortality ratio")
    assert glossary["MSO"].startswith("Medication safety officer")
    # Short forms no list explains are still listed, so a partner knows to ask.
    for unexplained in ("SIF", "MSG"):
        assert glossary[unexplained].startswith("A short form the papers do not explain"), \
            unexplained


def test_large_print(store, meeting, tmp_path):
    document = assert_accessible(export_pack(store, meeting["meeting"], tmp_path / "large.docx",
                                             large_print=True))
    body = document.styles["Normal"].font.size
    assert body >= Pt(16)
    sizes = [document.styles[f"Heading {n}"].font.size for n in range(1, 10)]
    assert all(size > body for size in sizes)
    assert sizes == sorted(sizes, reverse=True)


def test_normal_print_is_smaller_than_large_print(store, meeting, tmp_path):
    document = docx.Document(str(export_pack(store, meeting["meeting"], tmp_path / "p.docx")))
    assert Pt(11) <= document.styles["Normal"].font.size < Pt(16)


def test_progress_is_reported_in_order(store, meeting, tmp_path):
    seen: list[float] = []
    export_pack(store, meeting["meeting"], tmp_path / "p.docx",
                progress=lambda fraction, message: seen.append(fraction))
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)


def test_an_empty_meeting_still_makes_a_valid_pack(store, tmp_path):
    committee = store.committees.create("Empty group")
    meeting = store.meetings.create(committee, "First meeting", "2026-01-05")
    document = assert_accessible(export_pack(store, meeting, tmp_path / "empty.docx"))
    assert table_rows(document.tables[0]) == [
        ["Item", "Why it is on the agenda", "Who leads it", "Time"]]


def test_the_review_pack_carries_the_same_glossary_with_meanings(store, meeting, tmp_path):
    import json
    import zipfile

    from meetingkit.review import read_review_pack
    from meetingkit.review.pack_writer import export_review_pack

    store.papers.add(meeting["falls"], "Quarterly safety report", GLOSSARY_PAPER)
    pack = export_review_pack(store, meeting["meeting"], tmp_path / "r.mkreview")
    document = docx.Document(str(export_pack(store, meeting["meeting"], tmp_path / "p.docx")))
    with zipfile.ZipFile(pack) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["words"] == table_rows(document.tables[-1])[1:]
    paper_words = dict(manifest["items"][1]["papers"][2]["words"])
    assert paper_words["medication"] == "Medicine" and "SIF" in paper_words
    read_review_pack(pack)  # still opens in the partner's window
