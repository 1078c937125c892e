"""Changes to a meeting's agenda."""

from __future__ import annotations

from meetingkit.ops import quoted
from meetingkit.store import Store
from meetingkit.store.history import Outcome
from meetingkit.templates import AgendaTemplate, apply_template

FIELD_NAMES = {"title": "title", "purpose": "purpose", "presenter": "presenter",
               "minutes": "minutes", "summary": "plain summary", "standing": "standing item"}


def add_item(store: Store, meeting_id: int, title: str, position: int | None = None,
             **values) -> Outcome:
    with store.history.step(f"add the item {quoted(title)}") as outcome:
        outcome.result = store.agenda.add(meeting_id, title, position, **values)
    return outcome


def update_item(store: Store, item_id: int, **values) -> Outcome:
    item = store.agenda.get(item_id)
    changed = {k: v for k, v in values.items() if getattr(item, k, None) != v}
    words = " and ".join(FIELD_NAMES.get(k, k) for k in changed) or "details"
    with store.history.step(f"change the {words} of {quoted(item.title)}") as outcome:
        if changed:
            store.agenda.update(item_id, **changed)
    return outcome


def delete_item(store: Store, item_id: int) -> Outcome:
    item = store.agenda.get(item_id)
    with store.history.step(f"delete the item {quoted(item.title)}") as outcome:
        store.agenda.delete(item_id)
    return outcome


def reorder(store: Store, meeting_id: int, ordered_ids: list[int],
            moved_id: int | None = None) -> Outcome:
    what = f"move {quoted(store.agenda.get(moved_id).title)}" if moved_id else "reorder the agenda"
    with store.history.step(what) as outcome:
        store.agenda.set_order(meeting_id, ordered_ids)
    return outcome


def use_agenda(store: Store, meeting_id: int, template: AgendaTemplate, replace: bool,
               description: str) -> Outcome:
    """A template, or the last meeting's agenda, added to or in place of the items there."""
    with store.history.step(description) as outcome:
        outcome.result = apply_template(store, meeting_id, template, replace)
    return outcome
