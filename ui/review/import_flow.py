"""Opening files that come back by e-mail: a review pack (for a partner to read and answer)
and a partner's reply (for the chair to add the questions to the meeting's items)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from meetingkit.errors import ImportRefused
from meetingkit.export.dates import long_date
from ui.context import AppContext
from ui.messages import tell
from ui.review import files

MAX_LISTED = 8


def open_review_pack(context: AppContext, parent: QWidget, path=None):
    """Asks for a .mkreview file and opens it in a review window; returns the window."""
    from meetingkit.review import read_review_pack
    from ui.review.window import ReviewWindow

    path = path or files.ask_open_path(parent, "Open a review pack", files.PACK_FILTER)
    if path is None:
        return None
    try:
        pack = read_review_pack(path)
    except ImportRefused as problem:
        tell(parent, "This review pack could not be opened", str(problem))
        return None
    window = ReviewWindow(pack, settings=context.settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if not hasattr(parent, "_review_windows"):
        parent._review_windows = []
    open_windows = parent._review_windows
    open_windows.append(window)  # kept while open: it is a window of its own, not a dialog
    window.destroyed.connect(lambda *_: open_windows.remove(window)
                             if window in open_windows else None)
    window.show()
    window.agenda.setFocus()
    return window


def import_partner_reply(context: AppContext, parent: QWidget, path=None):
    """Asks for a .mkreply file and adds its questions to the chosen meeting's items."""
    from meetingkit.review import check_reply_matches, import_reply, read_reply

    path = path or files.ask_open_path(parent, "Import a partner's reply", files.REPLY_FILTER)
    if path is None:
        return None
    try:
        reply = read_reply(path)
    except ImportRefused as problem:
        tell(parent, "This reply could not be imported", str(problem))
        return None
    if context.meeting_id is None:
        tell(parent, "Choose the meeting first",
             f"This reply from {reply.reviewer} is for the meeting '{reply.meeting.title}' on "
             f"{long_date(reply.meeting.date)}. Choose that meeting on the left, then import "
             "the reply again.")
        return None
    try:
        check_reply_matches(context.store, context.meeting_id, reply)
    except ImportRefused as problem:
        tell(parent, "This reply is for another meeting", str(problem))
        return None
    meeting_id = context.meeting_id
    result = context.perform(parent, lambda: import_reply(context.store, meeting_id, reply),
                             {"questions", "agenda"})
    if result is None:
        return None
    context.bus.status.emit(result.message())
    listed = [f"• {item.title}: {question}" for item in reply.items
              for question in item.questions][:MAX_LISTED]
    details = ("\n\nThe questions:\n" + "\n".join(listed)) if result.added else ""
    tell(parent, "Reply imported", result.message() + details)
    return result
