"""Making what "Send the meeting pack" sends: the Word pack, the partners' review pack and an
e-mail draft with both attached, saved together in one folder. The patient-details check runs
first (the same one as every export); nothing is written if it finds something, unless the
person chose to go on. Safe to run on a worker thread once the content is gathered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from meetingkit import clock
from meetingkit.deadlines import pack_deadline
from meetingkit.export.atomic import write_atomically
from meetingkit.export.content import PackContent, gather_pack
from meetingkit.export.mail_draft import Recipients, covering_note, mail_draft, recipients
from meetingkit.export.privacy_check import pack_texts, refuse_patient_details
from meetingkit.export.progress import CancelFlag, Progress, ProgressCallback

QUESTIONS_WORKING_DAYS = 2  # questions are asked for this many working days before the meeting


@dataclass(frozen=True)
class SendContent:
    pack: PackContent
    to: Recipients
    questions_by: date | None
    stem: str  # the start of each file's name, e.g. "Patient-Safety-Group-2026-03-03"


@dataclass(frozen=True)
class SentFiles:
    word: Path
    review: Path
    draft: Path
    to: Recipients

    def record_line(self) -> str:
        """What was sent, for the meeting's record."""
        people = len(self.to.addressed)
        line = (f"Files: {self.word.name} and {self.review.name}, with an e-mail draft to "
                f"{people} member{'s' if people != 1 else ''} ({self.draft.name}).")
        if self.to.without_address:
            line += f" No e-mail address for: {', '.join(self.to.without_address)}."
        return line


def gather_send(store, meeting_id: int, stem: str) -> SendContent:
    """Everything the files need, read from the store (on the thread that owns it)."""
    pack = gather_pack(store, meeting_id)
    to = recipients(store.committees.members(pack.committee.id))
    return SendContent(pack, to, questions_by(pack.meeting, pack.committee), stem)


def questions_by(meeting, committee, today: date | None = None) -> date | None:
    """QUESTIONS_WORKING_DAYS working days before the meeting (bank holidays counted), or None
    when that day has already gone."""
    today = today or clock.today()
    meeting_day = date.fromisoformat(meeting.date)
    day = pack_deadline(meeting_day, QUESTIONS_WORKING_DAYS, committee.region)
    return day if day >= today else None


def write_send_files(content: SendContent, folder: Path | str, *,
                     allow_patient_details: bool = False,
                     progress: ProgressCallback | None = None, cancel: CancelFlag = None
                     ) -> SentFiles:
    from meetingkit.export.pack import render_pack
    from meetingkit.review.pack_writer import render_review_pack

    refuse_patient_details(pack_texts(content.pack), allow_patient_details,
                           content.pack.staff)
    folder = Path(folder)
    word = folder / f"{content.stem}-meeting-pack.docx"
    review = folder / f"{content.stem}-review-pack.mkreview"
    draft = folder / f"{content.stem}-email.eml"
    steps = Progress(progress, cancel)

    def part(start: float, share: float) -> ProgressCallback:
        return lambda fraction, message: steps.step(start + share * fraction, message)

    render_pack(content.pack, word, allow_patient_details=True, progress=part(0.0, 0.6),
                cancel=cancel)
    render_review_pack(content.pack, review, allow_patient_details=True,
                       progress=part(0.6, 0.3), cancel=cancel)
    steps.step(0.92, "Writing the e-mail")
    note = covering_note(content.pack.meeting, content.pack.committee, content.questions_by,
                         [word, review])
    message = mail_draft(content.pack.meeting, content.pack.committee, content.to, note,
                         [word, review])
    data = message.as_bytes()
    write_atomically(draft, lambda file: file.write(data))
    steps.step(1.0, "Done")
    return SentFiles(word, review, draft, content.to)


def record_sent(store, meeting_id: int, files: SentFiles, reason: str = "",
                open_problems: int = 0):
    """Records the sending as before (meetingkit.publishing.publish: the day, on time or late,
    the reason) and adds what was sent to the meeting's record. Returns the meeting."""
    from meetingkit.publishing import publish

    with store.transaction():
        meeting = publish(store, meeting_id, reason, open_problems)
        note = "\n".join(filter(None, [meeting.publish_note, files.record_line()]))
        store.meetings.update(meeting_id, publish_note=note)
    return store.meetings.get(meeting_id)
