"""Changes to papers: adding, typing, plain versions, deleting."""

from __future__ import annotations

from meetingkit.ops import quoted
from meetingkit.store import Store
from meetingkit.store.history import Outcome


def add_paper(store: Store, item_id: int, title: str, body: str = "",
              **values) -> Outcome:
    with store.history.step(f"add the paper {quoted(title or 'Untitled paper')}") as outcome:
        outcome.result = store.papers.add(item_id, title, body, **values)
    return outcome


def save_text(store: Store, paper_id: int, body: str) -> Outcome:
    """Typing in a paper: saves made one after another are one undo step."""
    title = store.papers.get(paper_id).title
    with store.history.step(f"typing in {quoted(title)}",
                            merge_key=("paper", paper_id)) as outcome:
        store.papers.update(paper_id, body=body)
    return outcome


def use_suggestion(store: Store, paper_id: int, body: str, old: str, new: str) -> Outcome:
    """A plain-language suggestion used in a paper: its own undo step, named after the words
    changed (typing before or after it is a step of its own)."""
    title = store.papers.get(paper_id).title
    with store.history.step(f"change {quoted(old)} to {quoted(new)} in {quoted(title)}") \
            as outcome:
        store.papers.update(paper_id, body=body)
    return outcome


def update_details(store: Store, paper_id: int, **values) -> Outcome:
    title = store.papers.get(paper_id).title
    with store.history.step(f"change the details of {quoted(title)}") as outcome:
        store.papers.update(paper_id, **values)
    return outcome


def save_plain_version(store: Store, paper_id: int, body: str, plain: str) -> Outcome:
    """The text it was made from is saved with it, so it is known to be up to date."""
    title = store.papers.get(paper_id).title
    with store.history.step(f"save the plain version of {quoted(title)}") as outcome:
        store.papers.update(paper_id, body=body, plain_body=plain)
    return outcome


def remove_plain_version(store: Store, paper_id: int) -> Outcome:
    title = store.papers.get(paper_id).title
    with store.history.step(f"remove the plain version of {quoted(title)}") as outcome:
        store.papers.update(paper_id, plain_body=None)
    return outcome


def delete_paper(store: Store, paper_id: int) -> Outcome:
    title = store.papers.get(paper_id).title
    with store.history.step(f"delete the paper {quoted(title)}") as outcome:
        store.papers.delete(paper_id)
    return outcome
