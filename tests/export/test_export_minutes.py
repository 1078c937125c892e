"""The minutes in Word: the committee shape, DRAFT until approved, overdue in words."""

from __future__ import annotations

import docx
import pytest
from export_helpers import assert_accessible, rich_meeting, table_rows, texts

from meetingkit.export import export_minutes
from meetingkit.export.minutes import DRAFT_MARK


@pytest.fixture
def meeting(store):
    return rich_meeting(store)


def _minutes(store, meeting, tmp_path, **options):
    path = export_minutes(store, meeting["meeting"], tmp_path / "minutes.docx",
                          today=meeting["today"], **options)
    return assert_accessible(path)


def test_minutes_are_draft_until_approved(store, meeting, tmp_path):
    draft = _minutes(store, meeting, tmp_path)
    assert draft.core_properties.title.startswith("DRAFT minutes:")
    assert draft.paragraphs[0].text.startswith("DRAFT minutes:")
    assert draft.sections[0].header.paragraphs[0].text == DRAFT_MARK
    assert any("These minutes are a draft" in line for line in texts(draft))

    store.meetings.update(meeting["meeting"], status="minutes_approved")
    approved = _minutes(store, meeting, tmp_path)
    assert approved.core_properties.title == "Minutes: Patient Safety Group, Tuesday 3 March 2026"
    assert not any("DRAFT" in line or "draft" in line for line in texts(approved))
    assert "DRAFT" not in approved.sections[0].header.paragraphs[0].text


def test_the_standard_committee_shape(store, meeting, tmp_path):
    lines = texts(_minutes(store, meeting, tmp_path))
    order = ["Who came", "Present", "Apologies", "Declarations of interest", "Item 1: Welcome",
             "Item 2: Falls on the wards", "Decisions", "Actions", "Action log",
             "Date of the next meeting"]
    position = 0
    for heading in order:  # each heading appears after the one before
        position = lines.index(heading, position) + 1
    assert "Sam Okafor, Patient safety partner" in lines[lines.index("Apologies"):]
    assert "Maria Lopez: Trustee of a falls charity" in lines
    assert "Maria showed the figures." in lines and "Sam asked about families" in lines
    assert "Add falls to the safety huddle." in lines
    assert "Tuesday 5 May 2026, 10:00, Board room." in lines
    assert "Led by: Maria Lopez" in lines


def test_the_action_log_says_overdue_in_words(store, meeting, tmp_path):
    document = _minutes(store, meeting, tmp_path)
    log = table_rows(document.tables[0])
    assert log[0] == ["Action", "Who", "Due", "Status"]
    statuses = {row[0]: row[3] for row in log[1:]}
    assert statuses == {"Write a leaflet for families": "Overdue", "Share the figures": "Open",
                        "Book the room": "Done"}
    overdue_cell = document.tables[0].rows[1].cells[3]
    assert overdue_cell.text == "Overdue" and overdue_cell.paragraphs[0].runs[0].bold
    assert "3 actions, of which 1 is overdue, as at Tuesday 10 March 2026." in texts(document)
    assert any(line.startswith("Write a leaflet for families (who: Maria Lopez, by 5 Mar 2026, "
                               "overdue)") for line in texts(document))


def test_actions_carried_forward_from_earlier_meetings_are_in_the_log(store, meeting, tmp_path):
    far = store.meetings.create(meeting["committee"], "Patient Safety Group", "2099-01-05")
    path = export_minutes(store, far, tmp_path / "far.docx", today="2099-01-05")
    log = {row[0]: row[3] for row in table_rows(docx.Document(str(path)).tables[0])[1:]}
    # Open ones carry forward (now overdue); the one done before that meeting does not.
    assert log == {"Write a leaflet for families": "Overdue", "Share the figures": "Overdue"}


def test_no_next_meeting_is_said_plainly(store, meeting, tmp_path):
    path = export_minutes(store, meeting["later"], tmp_path / "later.docx")
    assert "The date of the next meeting has not been set yet." in texts(docx.Document(str(path)))


def test_who_was_heard_only_when_asked(store, meeting, tmp_path):
    people = meeting["people"]
    store.turns.record(meeting["meeting"], people["Priya Shah"], "2026-03-03T10:00:00", 90)
    store.turns.record(meeting["meeting"], people["Maria Lopez"], "2026-03-03T10:02:00", 30)
    store.turns.record(meeting["meeting"], people["Jo Williams"], "2026-03-03T10:03:00", 0,
                       passed=True)
    store.turns.record(meeting["meeting"], people["Jo Williams"], "2026-03-03T10:04:00", 0,
                       skipped=True)  # the chair moved on: not a pass, not speaking
    plain = _minutes(store, meeting, tmp_path)
    assert "Who was heard" not in texts(plain)
    heard = _minutes(store, meeting, tmp_path, who_was_heard=True)
    lines = texts(heard)
    assert "Who was heard" in lines
    assert "Speaking time recorded with the Time to think timer: 2 minutes in all." in lines
    groups = {row[0]: row for row in table_rows(heard.tables[1])[1:]}
    assert groups["Chair"][2:4] == ["1 minute 30 seconds", "75%"]
    assert groups["Staff"][2:4] == ["30 seconds", "25%"]
    people_rows = {row[0]: row for row in table_rows(heard.tables[2])[1:]}
    assert people_rows["Jo Williams"][2:] == ["0", "0 seconds", "1"]  # passed once only
    assert "Did not speak during timed turns: Jo Williams" in lines


def test_who_was_heard_counts_only_people_present(store, meeting, tmp_path):
    people = meeting["people"]
    store.turns.record(meeting["meeting"], people["Priya Shah"], "2026-03-03T10:00:00", 60)
    # Sam Okafor sent apologies; the round still offered a turn, which the chair skipped.
    store.turns.record(meeting["meeting"], people["Sam Okafor"], "2026-03-03T10:01:00", 0,
                       skipped=True)
    heard = _minutes(store, meeting, tmp_path, who_was_heard=True)
    lines = texts(heard)
    not_heard = next(line for line in lines if line.startswith("Did not speak"))
    assert "Sam Okafor" not in not_heard
    assert "Jo Williams" in not_heard and "Maria Lopez" in not_heard
    people_rows = {row[0] for row in table_rows(heard.tables[2])[1:]}
    assert "Sam Okafor" not in people_rows
    groups = {row[0]: row for row in table_rows(heard.tables[1])[1:]}
    assert "Partners" not in groups  # the only partner was not there
    assert groups["Chair"][1] == "1"


def test_who_was_heard_without_turns(store, meeting, tmp_path):
    lines = texts(_minutes(store, meeting, tmp_path, who_was_heard=True))
    assert any(line.startswith("No speaking turns were recorded") for line in lines)


def test_notes_with_headings_stay_under_their_item(store, meeting, tmp_path):
    store.notes.save(meeting["welcome"], "# Housekeeping\n\nFire exits.\n\n### Detail\n\nNone.")
    document = _minutes(store, meeting, tmp_path)
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["Item 1: Welcome"] == "Heading 2"
    assert styles["Housekeeping"] == "Heading 3" and styles["Detail"] == "Heading 4"
