"""The Overview's meeting pack section: due date before sending, on time or late after it (a
late pack says how late), no invented record for old meetings, and the pack budget."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from meetingkit.publishing import publish
from ui.publish.pack_section import pack_section_html, sent_sentence


@pytest.fixture
def meeting(store):
    committee = store.committees.create("Group", pack_working_days=5, pack_word_limit=100)
    meeting_id = store.meetings.create(committee, "Group", "2026-03-11")
    item = store.agenda.add(meeting_id, "Falls", summary="Falls.")
    store.papers.add(item, "Falls report", "word " * 150)
    return meeting_id


def section(store, meeting_id, today):
    meeting = store.meetings.get(meeting_id)
    return pack_section_html(store, meeting, store.committees.get(meeting.committee_id), today)


def test_before_sending_the_deadline_and_the_budget(store, meeting):
    html = section(store, meeting, date(2026, 3, 2))
    assert "Not sent yet." in html
    assert "Send the pack by Wednesday 4 March 2026 (2 working days from today)." in html
    assert "<b>That is 50 words over the committee's limit of 100 words." in html


def test_sent_on_time(store, meeting):
    publish(store, meeting, now=datetime(2026, 3, 3, 9).astimezone())
    html = section(store, meeting, date(2026, 3, 5))
    assert "<b>Sent on Tuesday 3 March 2026, on time.</b>" in html
    assert "Not sent yet" not in html


def test_sent_late_says_how_late_with_the_reason(store, meeting):
    publish(store, meeting, "Waiting for the & figures", open_problems=1,
            now=datetime(2026, 3, 6, 9).astimezone())
    html = section(store, meeting, date(2026, 3, 6))
    assert ("<b>Sent on Friday 6 March 2026, 2 working days late</b> (it was due by Wednesday "
            "4 March 2026).") in html
    assert "Reason: Waiting for the &amp; figures" in html  # the note, escaped


def test_an_old_meeting_without_a_record_says_so(store, meeting):
    html = section(store, meeting, date(2026, 4, 1))
    assert "no record of when this meeting's pack was sent" in html
    assert "Not sent yet" not in html


def test_sent_sentence_is_empty_before_sending(store, meeting):
    m = store.meetings.get(meeting)
    assert sent_sentence(m, store.committees.get(m.committee_id)) == ""
