"""Going to what Find in all meetings found: the meeting is chosen (whatever committee it is
in), then the paper opens on the Papers tab, or the agenda item's notes on the Minutes tab, with
the first found words selected so they are easy to see and are read out."""

from __future__ import annotations

from meetingkit.errors import MeetingKitError
from meetingkit.search_results import Found
from ui.context import AppContext
from ui.navigation import NotesTarget, PaperTarget


def go_to_found(context: AppContext, found: Found) -> bool:
    """Shows `found` in the main window. False (and a message) when it is no longer there."""
    try:
        context.store.meetings.get(found.meeting_id)
    except MeetingKitError:
        context.bus.status.emit("That meeting is no longer there. Search again to see what is.")
        return False
    target = (PaperTarget(found.ref, found.words) if found.kind == "paper"
              else NotesTarget(found.item_id, found.words))
    if not context.go_to(target, found.meeting_id):
        context.bus.status.emit("That is no longer there. Search again to see what is.")
        return False
    where = found.spoken.rstrip(".")
    context.bus.status.emit(f"Showing {where[0].lower()}{where[1:]}.")
    return True
