"""Going to what Find in all meetings found: the meeting is chosen (whatever committee it is
in), then the paper opens on the Papers tab, the agenda item on the Agenda tab (the keyboard in
the field the words were found in), or the item's notes, decision or action on the Minutes tab.
The first found words are selected so they are easy to see and are read out."""

from __future__ import annotations

from meetingkit.errors import MeetingKitError
from meetingkit.search_results import Found
from ui.context import AppContext
from ui.navigation import (
    ActionTarget,
    DecisionTarget,
    ItemTarget,
    NotesTarget,
    PaperTarget,
    Target,
)


def go_to_found(context: AppContext, found: Found) -> bool:
    """Shows `found` in the main window. False (and a message) when it is no longer there."""
    try:
        context.store.meetings.get(found.meeting_id)
    except MeetingKitError:
        context.bus.status.emit("That meeting is no longer there. Search again to see what is.")
        return False
    if not context.go_to(target_of(found), found.meeting_id):
        context.bus.status.emit("That is no longer there. Search again to see what is.")
        return False
    where = found.spoken.rstrip(".")
    context.bus.status.emit(f"Showing {where[0].lower()}{where[1:]}.")
    return True


def target_of(found: Found) -> Target:
    """Where a result is shown (ui/navigation.py)."""
    if found.kind == "paper":
        return PaperTarget(found.ref, found.words)
    if found.kind == "item":
        return ItemTarget(found.ref, found.field, found.words)
    if found.kind == "decision":
        return DecisionTarget(found.ref, found.item_id)
    if found.kind == "action":
        return ActionTarget(found.ref, found.item_id)
    return NotesTarget(found.ref, found.words)
