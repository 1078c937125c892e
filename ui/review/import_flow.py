"""Opening files that come back by e-mail: a review pack (for a partner to read and answer)
and a partner's reply (for the chair to add the questions to the meeting's items)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from meetingkit.errors import ImportRefused
from meetingkit.export.dates import long_date
from meetingkit.ops import partners
from ui.context import AppContext
from ui.messages import tell
from ui.review import files

MAX_LISTED = 8


def open_review_pack(context: AppContext, parent: QWidget, path=None):
    """Asks for a .mkreview file and opens it in a review window; returns the window."""
    path = path or files.ask_open_path(parent, "Open a review pack", files.PACK_FILTER)
    if path is None:
        return None
    window = open_review_window(path, context.settings, parent)
    if window is not None:
        context.keep_open(window)
    return window


def open_review_window(path, settings: QSettings | None, parent: QWidget | None = None):
    """Opens the pack at `path` in a review window of its own (`parent` is only where to show
    a message); the caller keeps the window open."""
    from meetingkit.review import read_review_pack
    from ui.review.window import ReviewWindow

    try:
        pack = read_review_pack(path)
    except ImportRefused as problem:
        tell(parent, "This review pack could not be opened", str(problem))
        return None
    window = ReviewWindow(pack, settings=settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.agenda.setFocus()
    return window


def import_partner_reply(context: AppContext, parent: QWidget, path=None):
    """Asks for a .mkreply file and adds its questions to the chosen meeting's items."""
    path = path or files.ask_open_path(parent, "Import a partner's reply", files.REPLY_FILTER)
    if path is None:
        return None
    reply = read_reply_kindly(parent, path)
    return None if reply is None else add_reply(context, parent, reply)


def read_reply_kindly(parent: QWidget | None, path):
    """The reply in the file, or None after saying why it could not be read."""
    from meetingkit.review import read_reply

    try:
        return read_reply(path)
    except ImportRefused as problem:
        tell(parent, "This reply could not be imported", str(problem))
        return None


def add_reply(context: AppContext, parent: QWidget, reply):
    """Adds the reply's questions to the chosen meeting's items, or says why not."""
    from meetingkit.review import check_reply_matches

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
    done = context.perform(parent, lambda: partners.import_reply(context.store, meeting_id, reply))
    if done is None:
        return None
    result = done.result
    context.bus.status.emit(result.message())
    listed = [f"• {item.title}: {question}" for item in reply.items
              for question in item.questions][:MAX_LISTED]
    details = ("\n\nThe questions:\n" + "\n".join(listed)) if result.added else ""
    tell(parent, "Reply imported", result.message() + details)
    return result
