"""What partners send and claim: feedback, the questions in their replies, and their time and
expenses (with the committee's rates)."""

from __future__ import annotations

from meetingkit.errors import MeetingKitError
from meetingkit.ops import quoted
from meetingkit.store import Store
from meetingkit.store.history import Outcome


def add_feedback(store: Store, meeting_id: int, person_id: int | None = None,
                 comment: str = "", **answers) -> Outcome:
    if not comment.strip() and all(value is None for value in answers.values()):
        raise MeetingKitError("Please answer at least one question or write a comment before "
                              "sending.")
    with store.history.step("add feedback") as outcome:
        outcome.result = store.feedback.add(meeting_id, person_id, comment, **answers)
    return outcome


def record_involvement(store: Store, meeting_id: int, person_id: int, **values) -> Outcome:
    name = store.people.get(person_id).name
    with store.history.step(f"change the time and expenses of {quoted(name)}") as outcome:
        store.involvement.record(meeting_id, person_id, **values)
    return outcome


def remove_involvement(store: Store, meeting_id: int, person_id: int) -> Outcome:
    name = store.people.get(person_id).name
    with store.history.step(f"remove the time and expenses of {quoted(name)}") as outcome:
        store.involvement.remove(meeting_id, person_id)
    return outcome


def set_rates(store: Store, committee_id: int, **rates) -> Outcome:
    name = store.committees.get(committee_id).name
    with store.history.step(f"change the rates for {quoted(name)}") as outcome:
        store.involvement.set_rates(committee_id, **rates)
    return outcome


def import_reply(store: Store, meeting_id: int, reply) -> Outcome:
    """A partner's questions from their reply file, added to the meeting's items."""
    from meetingkit.review import import_reply as add_questions

    with store.history.step(f"add {reply.reviewer}'s questions") as outcome:
        outcome.result = add_questions(store, meeting_id, reply)
    return outcome
