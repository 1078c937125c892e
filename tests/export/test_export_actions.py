"""The action log alone, in Word and CSV: overdue said in words, spreadsheets kept safe."""

from __future__ import annotations

import csv

import docx
import pytest
from export_helpers import assert_accessible, rich_meeting, table_rows, texts

from meetingkit.export import export_action_log
from meetingkit.export.actions import CSV_HEADERS


@pytest.fixture
def meeting(store):
    return rich_meeting(store)


def _csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def test_word_action_log(store, meeting, tmp_path):
    path = export_action_log(store, meeting["committee"], tmp_path / "log.docx",
                             today=meeting["today"])
    document = assert_accessible(path)
    rows = table_rows(document.tables[0])
    assert rows[0] == ["Action", "Who", "Due", "Status", "Agreed at the meeting on"]
    assert rows[1] == ["Write a leaflet for families", "Maria Lopez", "5 Mar 2026", "Overdue",
                       "3 Mar 2026"]
    assert [r[3] for r in rows[1:]] == ["Overdue", "Open"]  # open actions only by default
    assert "Actions still open: 2 actions, of which 1 is overdue, as at Tuesday 10 March 2026." \
        in texts(document)


def test_including_closed_actions(store, meeting, tmp_path):
    path = export_action_log(store, meeting["committee"], tmp_path / "log.docx",
                             include_closed=True, today=meeting["today"])
    rows = table_rows(docx.Document(str(path)).tables[0])
    assert sorted(r[3] for r in rows[1:]) == ["Done", "Open", "Overdue"]


def test_csv_action_log(store, meeting, tmp_path):
    path = export_action_log(store, meeting["committee"], tmp_path / "log.csv",
                             include_closed=True, today=meeting["today"])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # so Excel reads UTF-8
    rows = _csv(path)
    assert tuple(rows[0]) == CSV_HEADERS
    by_action = {row[1]: row for row in rows[1:]}
    assert by_action["Write a leaflet for families"][2:6] == [
        "Maria Lopez", "2026-03-05", "Overdue", "2026-03-03"]
    assert by_action["Book the room"][4] == "Done" and by_action["Book the room"][6]


def test_csv_cells_never_run_as_formulas(store, meeting, tmp_path):
    store.actions.add(meeting["meeting"], '=HYPERLINK("http://evil","click")', "@owner")
    rows = _csv(export_action_log(store, meeting["committee"], tmp_path / "log.csv"))
    risky = next(row for row in rows if "HYPERLINK" in row[1])
    assert risky[1].startswith("'=") and risky[2] == "'@owner"


def test_an_empty_log_is_said_plainly(store, tmp_path):
    committee = store.committees.create("Quiet group")
    path = export_action_log(store, committee, tmp_path / "log.docx", today="2026-01-01")
    document = docx.Document(str(path))
    assert "Actions still open: 0 actions, as at Thursday 1 January 2026." in texts(document)
    assert not document.tables
    assert _csv(export_action_log(store, committee, tmp_path / "log.csv")) == [list(CSV_HEADERS)]
