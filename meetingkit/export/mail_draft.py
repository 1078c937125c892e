"""The e-mail that sends the meeting pack, as a draft the chair checks and sends: a standard
.eml file (RFC 5322, written with Python's email package) that Outlook, Thunderbird, Apple Mail
and the rest open. "X-Unsent: 1" makes Outlook open it as a new message ready to send rather
than as a received one. Addressed to the committee's members that have an e-mail address, with
a short plain covering note, the date to send questions by, and the files attached."""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from email import policy
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

from meetingkit.export.dates import long_date
from meetingkit.export.pack import time_range

_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")
_KINDS = {".docx": ("application",
                    "vnd.openxmlformats-officedocument.wordprocessingml.document"),
          ".mkreview": ("application", "zip")}


@dataclass(frozen=True)
class Recipients:
    addressed: tuple[tuple[str, str], ...]  # (name, e-mail address)
    without_address: tuple[str, ...]  # members MeetingKit has no usable address for


def recipients(members) -> Recipients:
    """The members (Person rows) with a usable e-mail address, and the names of the rest."""
    addressed, without = [], []
    for person in members:
        name = " ".join(person.name.split())
        address = (person.email or "").strip()
        if _ADDRESS.match(address):
            addressed.append((name, address))
        else:
            without.append(name)
    return Recipients(tuple(addressed), tuple(without))


def covering_note(meeting, committee, questions_by: date | None, files: Sequence[Path]) -> str:
    """The message's words, in plain English."""
    when = f"{long_date(meeting.date)}, {time_range(meeting.start_time, meeting.length_minutes)}"
    lines = [f"Dear members of the {committee.name},", "",
             f"The meeting pack for our meeting on {long_date(meeting.date)} is attached.", "",
             f"When: {when}"]
    if meeting.place:
        lines.append(f"Where: {meeting.place}")
    if meeting.call_link:
        lines.append(f"Joining online: {meeting.call_link}")
    lines.append("")
    if questions_by is not None:
        lines.append(f"Please read the papers before the meeting, and send any questions or "
                     f"comments by {long_date(questions_by.isoformat())}.")
    else:
        lines.append("Please read the papers before the meeting, and send any questions or "
                     "comments as soon as you can.")
    lines += ["", "Attached:"]
    for path in files:
        if path.suffix.lower() == ".mkreview":
            lines.append(f"- {path.name}: the papers for partners to read in MeetingKit (File, "
                         "then Open review pack), with the words used explained and a place to "
                         "write questions.")
        else:
            lines.append(f"- {path.name}: the meeting pack in Word, with the agenda, the papers "
                         "and a list of the words used in them.")
    lines += ["", "Thank you."]
    return "\n".join(lines) + "\n"


def mail_draft(meeting, committee, to: Recipients, note: str,
               attachments: Sequence[Path]) -> EmailMessage:
    message = EmailMessage(policy=policy.SMTP)
    if to.addressed:
        message["To"] = ", ".join(formataddr(pair) for pair in to.addressed)
    message["Subject"] = f"Meeting pack: {meeting.title}, {long_date(meeting.date)}"
    message["X-Unsent"] = "1"  # Outlook: open as a draft to send, not as a received message
    message.set_content(note)
    for path in attachments:
        maintype, subtype = _KINDS.get(path.suffix.lower()) or _guess(path)
        message.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype,
                               filename=path.name)
    return message


def _guess(path: Path) -> tuple[str, str]:
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    maintype, _, subtype = kind.partition("/")
    return maintype, subtype
