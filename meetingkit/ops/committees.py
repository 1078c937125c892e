"""Committees, their meetings and their people."""

from __future__ import annotations

from meetingkit.ops import quoted
from meetingkit.store import Store
from meetingkit.store.history import Outcome


def create_committee(store: Store, name: str, **settings) -> tuple[int, Outcome]:
    with store.history.step(f"add the committee {quoted(name)}") as outcome:
        committee_id = store.committees.create(name, **settings)
    return committee_id, outcome


def update_committee(store: Store, committee_id: int, **settings) -> Outcome:
    name = store.committees.get(committee_id).name
    with store.history.step(f"change the settings of {quoted(name)}") as outcome:
        store.committees.update(committee_id, **settings)
    return outcome


def delete_committee(store: Store, committee_id: int) -> Outcome:
    name = store.committees.get(committee_id).name
    with store.history.step(f"delete the committee {quoted(name)}") as outcome:
        store.committees.delete(committee_id)
    return outcome


def create_meeting(store: Store, committee_id: int, title: str, date_iso: str,
                   **values) -> tuple[int, Outcome]:
    with store.history.step(f"add the meeting {quoted(title)}") as outcome:
        meeting_id = store.meetings.create(committee_id, title, date_iso, **values)
    return meeting_id, outcome


def update_meeting(store: Store, meeting_id: int, **values) -> Outcome:
    title = store.meetings.get(meeting_id).title
    with store.history.step(f"change the meeting {quoted(title)}") as outcome:
        store.meetings.update(meeting_id, **values)
    return outcome


def delete_meeting(store: Store, meeting_id: int) -> Outcome:
    title = store.meetings.get(meeting_id).title
    with store.history.step(f"delete the meeting {quoted(title)}") as outcome:
        store.meetings.delete(meeting_id)
    return outcome


def add_person(store: Store, committee_id: int | None, name: str,
               **values) -> tuple[int, Outcome]:
    with store.history.step(f"add {quoted(name)}") as outcome:
        person_id = store.people.create(name, **values)
        if committee_id is not None:
            store.committees.add_member(committee_id, person_id)
    return person_id, outcome


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
