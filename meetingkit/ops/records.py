"""The glossary, feedback, and partners' involvement records."""

from __future__ import annotations

from meetingkit.ops import quoted
from meetingkit.store import Store
from meetingkit.store.history import Outcome


def save_term(store: Store, term: str, **values) -> tuple[int, Outcome]:
    with store.history.step(f"save {quoted(term)} in the glossary") as outcome:
        term_id = store.glossary.save(term, **values)
    return term_id, outcome


def delete_term(store: Store, term_id: int) -> Outcome:
    term = next((t.term for t in store.glossary.all() if t.id == term_id), "the term")
    with store.history.step(f"delete {quoted(term)} from the glossary") as outcome:
        store.glossary.delete(term_id)
    return outcome


def add_feedback(store: Store, meeting_id: int, **values) -> Outcome:
    with store.history.step("add feedback") as outcome:
        store.feedback.add(meeting_id, **values)
    return outcome


def record_involvement(store: Store, meeting_id: int, person_id: int, **values) -> Outcome:
    name = store.people.get(person_id).name
    with store.history.step(f"change {quoted(name)}'s time and expenses") as outcome:
        store.involvement.record(meeting_id, person_id, **values)
    return outcome


def remove_involvement(store: Store, meeting_id: int, person_id: int) -> Outcome:
    name = store.people.get(person_id).name
    with store.history.step(f"remove {quoted(name)}'s time and expenses") as outcome:
        store.involvement.remove(meeting_id, person_id)
    return outcome
