"""Changes to the committee's glossary: its own terms, words always allowed, and the meaning
chosen for a short form with more than one."""

from __future__ import annotations

from meetingkit.ops import quoted
from meetingkit.store import Store
from meetingkit.store.history import Outcome


def save_term(store: Store, term: str, **values) -> Outcome:
    with store.history.step(f"save {quoted(term)} in the glossary") as outcome:
        outcome.result = store.glossary.save(term, **values)
    return outcome


def edit_term(store: Store, term_id: int, **values) -> Outcome:
    """A changed term; a new spelling or kind replaces the old row."""
    old = next(t for t in store.glossary.all() if t.id == term_id)
    with store.history.step(f"change {quoted(old.term)} in the glossary") as outcome:
        if (values.get("term", old.term), values.get("kind", old.kind)) != (old.term, old.kind):
            store.glossary.delete(term_id)
        outcome.result = store.glossary.save(**{"term": old.term, "kind": old.kind, **values})
    return outcome


def import_terms(store: Store, rows: list[dict], source: str) -> Outcome:
    """Terms from a CSV file, added or updated all together, one undo step."""
    with store.history.step(f"add the words from {quoted(source)}") as outcome:
        for values in rows:
            store.glossary.save(**values)
        outcome.result = len(rows)
    return outcome


def delete_term(store: Store, term_id: int) -> Outcome:
    term = next((t.term for t in store.glossary.all() if t.id == term_id), "the term")
    with store.history.step(f"delete {quoted(term)} from the glossary") as outcome:
        store.glossary.delete(term_id)
    return outcome


def allow_term(store: Store, term: str) -> Outcome:
    """A word the checker should never mark again, in any paper."""
    with store.history.step(f"allow {quoted(term)} in every paper") as outcome:
        outcome.result = store.glossary.save(term, kind="allow",
                                             note="Allowed from the paper checker.")
    return outcome


def choose_meanings(store: Store, committee_id: int, chosen: dict[str, str]) -> Outcome:
    """What short forms with more than one meaning mean for this committee."""
    names = ", ".join(chosen)
    with store.history.step(f"choose what {names} means") as outcome:
        for acronym, meaning in chosen.items():
            store.acronym_meanings.choose(committee_id, acronym, meaning)
    return outcome
