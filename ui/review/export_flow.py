"""The chair's and administrator's exports from the File menu: the meeting pack (Word), the
review pack for partners, the minutes (Word) and the action log (Word or CSV).

Each: checks a meeting is chosen, warns about anything that looks like a patient's details (the
same check every exporter runs: meetingkit/export/privacy_check.py, on the very content it will
write; "Export anyway" is passed on as allow_patient_details), asks the few options that matter,
asks where to save, then writes the file on a worker thread with a progress window and a Stop
button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from meetingkit.errors import MeetingKitError
from meetingkit.export.progress import ExportCancelled
from meetingkit.leftovers import note_target
from ui.announce import announce
from ui.context import AppContext
from ui.messages import tell
from ui.review import files
from ui.review.options import ask_options, confirm_patient_details
from ui.review.worker import run_with_progress


class Exports:
    def __init__(self, context: AppContext, parent: QWidget):
        self.context = context
        self.parent = parent

    # ----- the four exports ---------------------------------------------------------------------
    def meeting_pack(self) -> Path | None:
        from meetingkit.export.content import gather_pack
        from meetingkit.export.pack import render_pack
        from meetingkit.export.privacy_check import pack_texts

        meeting = self._meeting("save its meeting pack")
        if meeting is None:
            return None
        content = gather_pack(self.context.store, meeting.id)
        if not self._privacy_ok(pack_texts(content), content.staff):
            return None
        options = ask_options(self.parent, "Export the meeting pack",
                              "The meeting pack as a Word document, with the agenda, a plain "
                              "summary of each item, the papers and the words used.",
                              [("large_print", "&Large print (16 point text)", False)])
        if options is None:
            return None
        path = self._where("Save the meeting pack", f"{_name(meeting)}-meeting-pack.docx",
                           files.WORD_FILTER)
        if path is None:
            return None
        return self._run("Saving the meeting pack", "The meeting pack", path,
                         lambda progress, stop: render_pack(
                             content, path, large_print=options["large_print"],
                             progress=progress, cancel=stop, allow_patient_details=True))

    def review_pack(self) -> Path | None:
        from meetingkit.export.content import gather_pack
        from meetingkit.export.privacy_check import pack_texts
        from meetingkit.review.pack_writer import render_review_pack

        meeting = self._meeting("save a review pack for partners")
        if meeting is None:
            return None
        content = gather_pack(self.context.store, meeting.id)
        if not self._privacy_ok(pack_texts(content), content.staff):
            return None
        path = self._where("Save the review pack for partners",
                           f"{_name(meeting)}-review-pack.mkreview", files.PACK_FILTER)
        if path is None:
            return None
        return self._run("Saving the review pack", "The review pack", path,
                         lambda progress, stop: render_review_pack(
                             content, path, progress=progress, cancel=stop,
                             allow_patient_details=True),
                         after=" E-mail it to the partners. They open it in MeetingKit with "
                               "File > Open review pack.")

    def minutes(self) -> Path | None:
        from meetingkit.export.content import gather_minutes
        from meetingkit.export.minutes import render_minutes
        from meetingkit.export.privacy_check import minutes_texts

        meeting = self._meeting("save its minutes")
        if meeting is None:
            return None
        minutes = gather_minutes(self.context.store, meeting.id)
        if not self._privacy_ok(minutes_texts(minutes), minutes.staff):
            return None
        options = ask_options(self.parent, "Export the minutes",
                              "The minutes as a Word document. They are marked DRAFT until the "
                              "meeting's status is 'Minutes approved'.",
                              [("who_was_heard", "Add '&who was heard' (speaking time)", False),
                               ("large_print", "&Large print (16 point text)", False)])
        if options is None:
            return None
        path = self._where("Save the minutes", f"{_name(meeting)}-minutes.docx",
                           files.WORD_FILTER)
        if path is None:
            return None
        content = gather_minutes(self.context.store, meeting.id,
                                 with_turns=options["who_was_heard"])
        return self._run("Saving the minutes", "The minutes", path,
                         lambda progress, stop: render_minutes(
                             content, path, who_was_heard=options["who_was_heard"],
                             large_print=options["large_print"], progress=progress,
                             cancel=stop, allow_patient_details=True))

    def action_log(self) -> Path | None:
        meeting = self._meeting("save its committee's action log")
        if meeting is None:
            return None
        options = ask_options(self.parent, "Export the action log",
                              "The committee's action log, as a Word document or a spreadsheet "
                              "file (CSV). Overdue actions say 'Overdue'.",
                              [("include_closed", "Include actions that are &done or closed",
                                False)])
        if options is None:
            return None
        from meetingkit.export.actions import (
            render_action_log_csv,
            render_action_log_docx,
        )
        from meetingkit.export.content import gather_action_log
        from meetingkit.export.privacy_check import action_log_texts

        committee = self.context.store.committees.get(meeting.committee_id)
        content = gather_action_log(self.context.store, committee.id,
                                    include_closed=options["include_closed"])
        if not self._privacy_ok(action_log_texts(content), content.staff):
            return None
        path = self._where("Save the action log",
                           files.safe_file_name(committee.name, "action-log") + ".docx",
                           f"{files.WORD_FILTER};;{files.CSV_FILTER}")
        if path is None:
            return None
        if path.suffix.lower() == ".csv":
            return self._run("Saving the action log", "The action log", path,
                             lambda progress, stop: render_action_log_csv(
                                 content, path, allow_patient_details=True))
        return self._run("Saving the action log", "The action log", path,
                         lambda progress, stop: render_action_log_docx(
                             content, path, progress=progress, cancel=stop,
                             allow_patient_details=True))

    # ----- shared steps -------------------------------------------------------------------------
    def _meeting(self, purpose: str):
        meeting_id = self.context.meeting_id
        if meeting_id is None:
            tell(self.parent, "Choose a meeting first",
                 f"Choose a meeting on the left to {purpose}.")
            return None
        try:
            return self.context.store.meetings.get(meeting_id)
        except MeetingKitError as problem:
            tell(self.parent, "That could not be done", str(problem))
            return None

    def _privacy_ok(self, texts, staff) -> bool:
        """True when nothing looks like a patient's details, or the person chose to go on."""
        from meetingkit.export.privacy_check import findings_in

        findings = findings_in(texts, staff)
        return not findings or confirm_patient_details(self.parent, findings)

    def _where(self, title: str, suggested: str, file_filter: str) -> Path | None:
        return files.ask_save_path(self.parent, title, suggested, file_filter)

    def _run(self, title: str, what: str, path: Path, job: Callable, after: str = ""
             ) -> Path | None:
        note_target(self.context.store.path, path)  # a killed export's working file is tidied
        try:
            saved = run_with_progress(self.parent, title, job)
        except ExportCancelled:
            self.context.bus.status.emit("Stopped. No file was saved.")
            return None
        except MeetingKitError as problem:
            tell(self.parent, "The file was not saved", str(problem))
            return None
        message = f"{what} is saved as {saved.name}."
        self.context.bus.status.emit(message)
        announce(self.parent, message)
        tell(self.parent, "Saved", f"{message}{after}\n\nIt is in the folder {saved.parent}.")
        return saved


def _name(meeting) -> str:
    return files.safe_file_name(meeting.title, meeting.date)
