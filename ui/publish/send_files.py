"""Making the files "Send the meeting pack" sends, in the app: the patient-details check first
(before anything is written), then a folder to save in, then the Word pack, the partners'
review pack and the e-mail draft, written on a worker thread with progress and Stop; then the
draft is opened in the computer's mail program, or, where none is set up, the folder is shown.

choose_folder and open_in_system are module functions so tests can stand in for them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from meetingkit.errors import MeetingKitError
from meetingkit.export.progress import ExportCancelled
from meetingkit.export.send_pack import SentFiles, gather_send, write_send_files
from ui.context import AppContext
from ui.messages import tell
from ui.review import files as file_names
from ui.review.options import confirm_patient_details
from ui.review.worker import run_with_progress


def choose_folder(parent: QWidget | None) -> Path | None:
    name = QFileDialog.getExistingDirectory(
        parent, "Choose a folder to save the meeting pack in",
        str(file_names.documents_folder()))
    return Path(name) if name else None


def open_in_system(path: Path) -> bool:
    """Opens the file (or folder) with the program the computer uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def make_send_files(parent: QWidget, context: AppContext, meeting_id: int) -> SentFiles | None:
    """The files, made; None if the chair stopped or something went wrong (already said)."""
    from meetingkit.export.privacy_check import findings_in, pack_texts

    store = context.store
    meeting = store.meetings.get(meeting_id)
    content = gather_send(store, meeting_id,
                          file_names.safe_file_name(meeting.title, meeting.date))
    findings = findings_in(pack_texts(content.pack), content.pack.staff)
    if findings and not confirm_patient_details(parent, findings):
        return None
    folder = choose_folder(parent)
    if folder is None:
        return None
    try:
        return run_with_progress(parent, "Making the meeting pack",
                                 lambda progress, stop: write_send_files(
                                     content, folder, allow_patient_details=True,
                                     progress=progress, cancel=stop))
    except ExportCancelled:
        context.bus.status.emit("Stopped. Nothing was sent.")
        return None
    except MeetingKitError as problem:
        tell(parent, "The meeting pack was not made", f"{problem}\n\nNothing was sent.")
        return None


def open_draft(files: SentFiles) -> bool:
    """True when the mail program opened the draft; otherwise the folder is shown."""
    if open_in_system(files.draft):
        return True
    open_in_system(files.draft.parent)
    return False


def what_was_made(files: SentFiles, opened: bool) -> str:
    """The words of the message shown when the files are made."""
    people = len(files.to.addressed)
    to = (f"to {people} member{'s' if people != 1 else ''}, with both attached" if people
          else "with both attached, for you to address")
    lines = [f"MeetingKit saved in {files.word.parent}:",
             f"• {files.word.name} (the meeting pack in Word)",
             f"• {files.review.name} (the review pack for partners)",
             f"• {files.draft.name} (an e-mail {to})", ""]
    if opened:
        lines.append("The e-mail is open in your mail program. Check it"
                     + (", add who it goes to," if not people else ",") + " then press Send.")
    else:
        lines.append("No mail program opened it, so the folder is shown instead. Open the "
                     "e-mail file there, or attach the two files to an e-mail yourself.")
    missing = files.to.without_address
    if missing and not people:
        lines += ["", "MeetingKit has no e-mail addresses for the committee's members. Add "
                  "them in File > People on this committee, and the next e-mail is addressed "
                  "for you."]
    elif missing:
        lines += ["", f"MeetingKit has no e-mail address for {', '.join(missing)}. Send them "
                  "the pack another way, or add their address in File > People on this "
                  "committee."]
    return "\n".join(lines)
