"""Changes made while taking the minutes: notes, decisions, actions and attendance."""

from __future__ import annotations

from meetingkit.model import AttendanceStatus
from meetingkit.ops import quoted
from meetingkit.store import Store
from meetingkit.store.history import Outcome

STATUS_WORDS = {"done": "mark {} done", "closed": "close {}", "open": "reopen {}"}
ATTENDANCE_WORDS = {"present": "present", "apologies": "sending apologies", "absent": "absent"}


def save_notes(store: Store, item_id: int, text: str) -> Outcome:
    """Typing: saves made one after another for the same item are one undo step."""
    title = store.agenda.get(item_id).title
    with store.history.step(f"typing in the notes for {quoted(title)}",
                            merge_key=("notes", item_id)) as outcome:
        store.notes.save(item_id, text)
    return outcome


def add_decision(store: Store, item_id: int, text: str) -> Outcome:
    with store.history.step(f"add the decision {quoted(text)}") as outcome:
        outcome.result = store.decisions.add(item_id, text)
    return outcome


def update_decision(store: Store, decision_id: int, text: str) -> Outcome:
    with store.history.step(f"change the decision to {quoted(text)}") as outcome:
        store.decisions.update(decision_id, text)
    return outcome


def delete_decision(store: Store, decision_id: int) -> Outcome:
    text = store.decisions.get(decision_id).text
    with store.history.step(f"delete the decision {quoted(text)}") as outcome:
        store.decisions.delete(decision_id)
    return outcome


def add_action(store: Store, meeting_id: int, text: str, owner: str = "",
               due: str | None = None, item_id: int | None = None) -> Outcome:
    with store.history.step(f"add the action {quoted(text)}") as outcome:
        outcome.result = store.actions.add(meeting_id, text, owner, due, item_id)
    return outcome


def update_action(store: Store, action_id: int, **values) -> Outcome:
    text = store.actions.get(action_id).text
    with store.history.step(f"change the action {quoted(text)}") as outcome:
        store.actions.update(action_id, **values)
    return outcome


def set_actions_status(store: Store, action_ids: list[int], status: str) -> Outcome:
    if len(action_ids) == 1:
        what = f"the action {quoted(store.actions.get(action_ids[0]).text)}"
    else:
        what = f"{len(action_ids)} actions"
    with store.history.step(STATUS_WORDS.get(status, "change {}").format(what)) as outcome:
        for action_id in action_ids:
            store.actions.update(action_id, status=status)
    return outcome


def delete_actions(store: Store, action_ids: list[int]) -> Outcome:
    if len(action_ids) == 1:
        what = f"the action {quoted(store.actions.get(action_ids[0]).text)}"
    else:
        what = f"{len(action_ids)} actions"
    with store.history.step(f"delete {what}") as outcome:
        for action_id in action_ids:
            store.actions.delete(action_id)
    return outcome


def set_attendance(store: Store, meeting_id: int, person_id: int, status: str | None = None,
                   declaration: str | None = None) -> Outcome:
    name = store.people.get(person_id).name
    if declaration is not None and status is None:
        what = f"change what {name} declared"
    else:
        what = f"mark {name} as {ATTENDANCE_WORDS[AttendanceStatus(status).value]}"
    with store.history.step(what) as outcome:
        store.attendance.set(meeting_id, person_id, status, declaration)
    return outcome
