"""Publishing the pack: the checks that list what would get in a partner's way, the deadline,
and the record of when the pack went out (late is recorded as late)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from meetingkit import publishing
from meetingkit.errors import MeetingKitError
from meetingkit.publishing import check_pack, deadline_for, publish

HARD_PAPER = ("The Trust's PSIRP was ratified by the ICB following extensive stakeholder "
              "engagement and the operationalisation of the framework necessitated "
              "considerable reconfiguration of governance arrangements across directorates. ") * 8


@pytest.fixture
def meeting(store):
    committee = store.committees.create("Patient Safety Group", pack_working_days=5,
                                        reading_age_target=11)
    return store.meetings.create(committee, "Patient Safety Group", "2026-03-11",
                                 length_minutes=60)


def kinds(check) -> list[tuple[str, int | None]]:
    return [(p.kind, p.item_id) for p in check.problems]


def test_an_empty_agenda_is_the_only_problem(store, meeting):
    check = check_pack(store, meeting, today=date(2026, 3, 2))
    assert [p.kind for p in check.problems] == ["empty"]
    assert not check.ok


def test_items_that_need_papers_and_summaries(store, meeting):
    a = store.agenda
    apologies = a.add(meeting, "Apologies", standing="apologies", purpose="information",
                      minutes=5, summary="Who cannot come.")
    decide = a.add(meeting, "Agree the falls plan", purpose="decision", minutes=10,
                   summary="We are asked to agree the plan.")
    assure = a.add(meeting, "Incident figures", purpose="assurance", minutes=10, summary="")
    talk = a.add(meeting, "Patient story", purpose="discussion", minutes=10,
                 summary="A carer tells us about a fall. What can we learn?")
    bare = a.add(meeting, "Something to talk about", purpose="discussion", minutes=5)
    note = a.add(meeting, "For information", purpose="information", minutes=5,
                 summary="A short update.")
    found = kinds(check_pack(store, meeting, today=date(2026, 3, 2)))
    assert ("no_paper", decide) in found  # asked to decide with nothing to read
    assert ("no_paper", assure) in found and ("no_summary", assure) in found
    assert ("no_paper", bare) in found and ("no_summary", bare) in found
    for fine in (apologies, talk, note):  # standing item; story with a summary; information
        assert not [k for k in found if k[1] == fine], fine


def test_papers_over_the_reading_age_with_acronyms_and_patient_details(store, meeting):
    item = store.agenda.add(meeting, "Learning from incidents", purpose="assurance", minutes=20,
                            summary="How we learn from incidents. Are we doing enough?")
    hard = store.papers.add(item, "PSIRF update", HARD_PAPER)
    details = store.papers.add(item, "Case note",
                               "Mrs Jones (NHS number 943 476 5919) fell on the ward. We said sorry.")
    check = check_pack(store, meeting, today=date(2026, 3, 2))
    by_paper = {(p.kind, p.paper_id): p for p in check.problems}
    reading = by_paper[("reading_age", hard)]
    assert "the committee's target is 11" in reading.text and reading.item_id == item
    acronyms = by_paper[("acronyms", hard)]
    assert "PSIRP" in acronyms.text and "ICB" in acronyms.text
    patient = by_paper[("patient_details", details)]
    assert "an NHS number" in patient.text and "a name" in patient.text
    assert ("reading_age", details) not in by_paper  # too short to judge a reading age


def test_an_explained_acronym_is_not_a_problem(store, meeting):
    item = store.agenda.add(meeting, "Update", purpose="information", summary="An update.")
    store.papers.add(item, "Board", "The integrated care board (ICB) met. The ICB agreed.")
    assert "acronyms" not in [p.kind for p in check_pack(store, meeting).problems]


def test_the_accepted_plain_version_is_what_is_checked_for_reading_age(store, meeting):
    item = store.agenda.add(meeting, "Update", purpose="information", summary="An update.")
    paper = store.papers.add(item, "Update", HARD_PAPER)
    store.papers.update(paper, plain_body="We looked at falls on the wards. We will add "
                        "more staff at night. " * 20)
    assert "reading_age" not in [p.kind for p in check_pack(store, meeting).problems]


def test_summary_acronyms_and_details_in_titles(store, meeting):
    item = store.agenda.add(meeting, "Mr Smith's complaint", purpose="information",
                            summary="The SIRI panel met.")
    found = {p.kind: p for p in check_pack(store, meeting).problems if p.item_id == item}
    assert "SIRI" in found["acronyms"].text
    assert "a name" in found["patient_details"].text


def test_an_agenda_longer_than_the_meeting(store, meeting):
    store.agenda.add(meeting, "Long item", purpose="information", minutes=80, summary="Long.")
    (time,) = [p for p in check_pack(store, meeting).problems if p.kind == "time"]
    assert time.text.startswith("The agenda is 20 minutes longer than the meeting.")


def test_deadline_uses_working_days_and_bank_holidays(store, meeting):
    m = store.meetings.get(meeting)
    # Meeting Monday 6 April 2026 (Easter Monday is a bank holiday, Good Friday 3 April too).
    easter = m.__class__(**{**m.__dict__, "date": "2026-04-07"})
    deadline = deadline_for(easter, 5, "ENG", date(2026, 3, 23))
    assert deadline.deadline == date(2026, 3, 27)  # 31 Mar..2 Apr, 30 Mar, 27 Mar
    assert deadline.days_left == 4 and "Friday 27 March 2026" in deadline.sentence


def test_publish_on_time_records_date_status_and_on_time(store, meeting):
    sent = datetime(2026, 3, 2, 9, 30).astimezone()
    record = publish(store, meeting, now=sent)
    assert record.status == "pack_published"
    assert record.published_at.startswith("2026-03-02T09:30")
    assert record.published_on_time == 1 and record.publish_note == ""


def test_publish_late_is_recorded_as_late(store, meeting):
    record = publish(store, meeting, now=datetime(2026, 3, 9, 17, 0).astimezone())
    assert record.published_on_time == 0 and record.status == "pack_published"


def test_publishing_with_problems_needs_a_reason_which_is_kept(store, meeting):
    with pytest.raises(MeetingKitError, match="say why"):
        publish(store, meeting, reason="   ", open_problems=2)
    assert store.meetings.get(meeting).published_at is None  # nothing recorded
    record = publish(store, meeting, reason="The paper's author is on leave",
                     open_problems=2, now=datetime(2026, 3, 2, 9).astimezone())
    assert record.publish_note == ("Sent with 2 problems still open. Reason: The paper's "
                                   "author is on leave")


def test_sending_again_keeps_the_first_record(store, meeting):
    publish(store, meeting, now=datetime(2026, 3, 2, 9).astimezone())
    store.meetings.update(meeting, status="held")
    record = publish(store, meeting, reason="Corrected figures", open_problems=1,
                     now=datetime(2026, 3, 10, 9).astimezone())
    assert record.published_at.startswith("2026-03-02") and record.published_on_time == 1
    assert record.status == "held"  # never moved backwards
    assert "Sent again on 2026-03-10. Sent with 1 problem still open. Reason: Corrected " \
           "figures" in record.publish_note


def test_publishing_a_meeting_that_is_gone(store, meeting):
    store.meetings.delete(meeting)
    with pytest.raises(MeetingKitError):
        publish(store, meeting)
    assert publishing.NEEDS_A_PAPER == ("decision", "assurance")
