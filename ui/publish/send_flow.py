"""Send the meeting pack…: check it, show what was found, then go and fix one problem, or make
the files (the Word pack, the partners' review pack and an e-mail draft with both attached,
send_files.py), open the draft in the mail program and record the pack as sent (with the
reason, when problems are still open, and what was sent)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from meetingkit.errors import MeetingKitError
from meetingkit.ops import committees
from meetingkit.publishing import check_pack
from ui.announce import announce
from ui.context import AppContext
from ui.messages import tell
from ui.publish.navigate import problem_target
from ui.publish.publish_dialog import PublishDialog


def send_pack(parent: QWidget, context: AppContext, meeting_id: int | None) -> bool:
    """Runs the whole flow. True when the pack was recorded as sent."""
    from ui.publish import send_files  # the Word writers: loaded when a pack is sent, not at start

    if meeting_id is None:
        return False
    store = context.store
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # reading every paper
    try:
        check = check_pack(store, meeting_id)
        meeting = store.meetings.get(meeting_id)
    except MeetingKitError as error:
        tell(parent, "The pack could not be checked", str(error))
        return False
    finally:
        QApplication.restoreOverrideCursor()
    first_sent = ""
    if meeting.published_at:
        day = datetime.fromisoformat(meeting.published_at).date()
        first_sent = f"{day:%A} {day.day} {day:%B %Y}"
    dialog = PublishDialog(parent, check, first_sent)
    answer = dialog.exec()
    if dialog.chosen_problem is not None:
        context.go_to(problem_target(dialog.chosen_problem))
        return False
    if answer != QDialog.DialogCode.Accepted:
        return False
    files = send_files.make_send_files(parent, context, meeting_id)
    if files is None:
        return False
    open_problems = len(check.problems)
    sent = context.perform(
        parent, lambda: committees.record_pack_sent(store, meeting_id, files,
                                                    dialog.reason_text(), open_problems))
    if sent is None:
        return False
    record = sent.result
    opened = send_files.open_draft(files)
    message = ("The meeting pack is made and recorded as sent, on time."
               if record.published_on_time else
               "The meeting pack is made and recorded as sent, late.")
    if first_sent:
        message = "The meeting pack is made again, and a note is kept with the meeting."
    context.bus.status.emit(message)
    announce(parent, message)
    tell(parent, "The meeting pack is ready to send", send_files.what_was_made(files, opened))
    return True
