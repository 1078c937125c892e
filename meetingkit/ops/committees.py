"""Committees, their meetings and their people."""

from __future__ import annotations

import re

from meetingkit.model import Meeting, MeetingStatus
from meetingkit.ops import quoted
from meetingkit.store import Store
from meetingkit.store.history import Outcome


def create_committee(store: Store, name: str, **settings) -> Outcome:
    with store.history.step(f"add the committee {quoted(name)}") as outcome:
        outcome.result = store.committees.create(name, **settings)
    return outcome


def update_committee(store: Store, committee_id: int, **settings) -> Outcome:
    """A new name is taken up by the meetings still being prepared that were called by the
    committee's name (in the same undo step). A meeting whose pack has gone out, or that has
    been held, keeps the name it went out under, as does one with a name of its own."""
    old = store.committees.get(committee_id).name
    with store.history.step(f"change the settings of {quoted(old)}") as outcome:
        store.committees.update(committee_id, **settings)
        new = store.committees.get(committee_id).name
        if new != old:
            for meeting in store.meetings.for_committee(committee_id):
                if follows_committee_name(meeting, old):
                    store.meetings.update(meeting.id, title=new)
    return outcome


def follows_committee_name(meeting: Meeting, committee_name: str) -> bool:
    """A draft meeting, its pack not sent, called by its committee's name, or by that name
    without a note in brackets at its end ("Patient Safety Group" for "Patient Safety Group
    (example)"). A title that is only part of the name ("Safety") is a name of its own."""
    title = meeting.title.strip().casefold()
    name = committee_name.strip().casefold()
    return (meeting.status == MeetingStatus.DRAFT.value and meeting.published_at is None
            and title in ("", name, re.sub(r"\s*\([^()]*\)$", "", name)))


def delete_committee(store: Store, committee_id: int) -> Outcome:
    name = store.committees.get(committee_id).name
    with store.history.step(f"delete the committee {quoted(name)}") as outcome:
        store.committees.delete(committee_id)
    return outcome


def create_meeting(store: Store, committee_id: int, title: str, date_iso: str,
                   **values) -> Outcome:
    with store.history.step(f"add the meeting {quoted(title)}") as outcome:
        outcome.result = store.meetings.create(committee_id, title, date_iso, **values)
    return outcome


def update_meeting(store: Store, meeting_id: int, **values) -> Outcome:
    title = store.meetings.get(meeting_id).title
    with store.history.step(f"change the meeting {quoted(title)}") as outcome:
        store.meetings.update(meeting_id, **values)
    return outcome


def approve_minutes(store: Store, meeting_id: int) -> Outcome:
    meeting = store.meetings.get(meeting_id)
    with store.history.step(f"approve the minutes of {quoted(meeting.title)} on "
                            f"{meeting.date}") as outcome:
        store.meetings.update(meeting_id, status=MeetingStatus.MINUTES_APPROVED.value)
    return outcome


def record_pack_sent(store: Store, meeting_id: int, files, reason: str = "",
                     open_problems: int = 0) -> Outcome:
    """The meeting pack went out: the day, on time or late, the reason, and what was sent."""
    from meetingkit.export.send_pack import record_sent

    title = store.meetings.get(meeting_id).title
    with store.history.step(f"record the pack for {quoted(title)} as sent") as outcome:
        outcome.result = record_sent(store, meeting_id, files, reason, open_problems)
    return outcome


def delete_meeting(store: Store, meeting_id: int) -> Outcome:
    title = store.meetings.get(meeting_id).title
    with store.history.step(f"delete the meeting {quoted(title)}") as outcome:
        store.meetings.delete(meeting_id)
    return outcome


def add_person(store: Store, committee_id: int | None, name: str,
               **values) -> Outcome:
    with store.history.step(f"add {quoted(name)}") as outcome:
        outcome.result = store.people.create(name, **values)
        if committee_id is not None:
            store.committees.add_member(committee_id, outcome.result)
    return outcome


def update_person(store: Store, person_id: int, **values) -> Outcome:
    name = store.people.get(person_id).name
    with store.history.step(f"change the details of {quoted(name)}") as outcome:
        store.people.update(person_id, **values)
    return outcome


def remove_member(store: Store, committee_id: int, person_id: int) -> Outcome:
    name = store.people.get(person_id).name
    with store.history.step(f"remove {quoted(name)} from the committee") as outcome:
        store.committees.remove_member(committee_id, person_id)
    return outcome
