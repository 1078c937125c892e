"""What 'Send the meeting pack' makes, without the app: the three files, an e-mail any mail
program opens as a draft, and nothing at all when patient details are found."""

from __future__ import annotations

import email
from datetime import date
from email import policy

import pytest
from export_helpers import rich_meeting

from meetingkit.export.mail_draft import recipients
from meetingkit.export.privacy_check import PatientDetailsFound
from meetingkit.export.send_pack import gather_send, questions_by, record_sent, write_send_files


@pytest.fixture
def meeting(store):
    ids = rich_meeting(store)
    people = ids["people"]
    store.people.update(people["Priya Shah"], email="priya.shah@example.nhs.uk")
    store.people.update(people["Sam Okafor"], email="Sam <sam@example.org>\nBcc: x@evil.example")
    store.people.update(people["Maria Lopez"], email="maria.lopez@example.nhs.uk")
    return ids


def test_the_files_and_the_draft(store, meeting, tmp_path, today_is):
    today_is(date(2026, 2, 20))
    content = gather_send(store, meeting["meeting"], "PSG-2026-03-03")
    files = write_send_files(content, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "PSG-2026-03-03-email.eml", "PSG-2026-03-03-meeting-pack.docx",
        "PSG-2026-03-03-review-pack.mkreview"]
    message = email.message_from_bytes(files.draft.read_bytes(), policy=policy.default)
    # Only usable addresses; a value with a line break in it never becomes a header.
    assert {a.addr_spec for a in message["To"].addresses} == {
        "maria.lopez@example.nhs.uk", "priya.shah@example.nhs.uk"}
    assert message["Bcc"] is None and message["X-Unsent"] == "1"
    assert sorted(files.to.without_address) == ["Jo Williams", "Sam Okafor"]
    body = message.get_body(("plain",)).get_content()
    # Two working days before Tuesday 3 March 2026.
    assert "send any questions or comments by Friday 27 February 2026." in body
    assert "Where: Seminar room 2" in body
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == [files.word.name, files.review.name]
    assert files.draft.read_bytes().count(b"\r\n") > 10  # standard line endings


def test_a_late_pack_asks_for_questions_as_soon_as_possible(store, meeting, today_is):
    today_is(date(2026, 3, 2))
    committee = store.committees.get(meeting["committee"])
    assert questions_by(store.meetings.get(meeting["meeting"]), committee) is None
    content = gather_send(store, meeting["meeting"], "x")
    assert content.questions_by is None


def test_patient_details_stop_it_before_anything_is_written(store, meeting, tmp_path):
    store.agenda.update(meeting["falls"], summary="Mrs Cole, NHS number 943 476 5919.")
    content = gather_send(store, meeting["meeting"], "x")
    with pytest.raises(PatientDetailsFound):
        write_send_files(content, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_record_says_what_was_sent(store, meeting, tmp_path, today_is):
    today_is(date(2026, 2, 20))
    files = write_send_files(gather_send(store, meeting["meeting"], "x"), tmp_path)
    record = record_sent(store, meeting["meeting"], files)
    assert record.published_on_time == 1
    assert record.publish_note == (
        "Files: x-meeting-pack.docx and x-review-pack.mkreview, with an e-mail draft to 2 "
        "members (x-email.eml). No e-mail address for: Jo Williams, Sam Okafor.")


def test_recipients_need_a_real_address(store, meeting):
    members = store.committees.members(meeting["committee"])
    found = recipients(members)
    assert {name for name, _ in found.addressed} == {"Priya Shah", "Maria Lopez"}
