"""The one patient-details check every export goes through before anything is written.

Each kind of export names the text it would write (`*_texts` below, from the same gathered
content the writer uses), and `refuse_patient_details` runs meetingkit.privacy's scanner over
it. Every writer calls it first and raises PatientDetailsFound unless the caller says the person
saw the findings and chose to go on (`allow_patient_details=True`): the app asks first and
passes that on, the command line has --allow-patient-details. So an export that forgets to ask
refuses, rather than letting details leave the laptop.

Names of committee members (presenters, action owners, attendance, the partner on a claim) are
left out: they are there by design, and would all look like 'names'."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from meetingkit.errors import MeetingKitError
from meetingkit.privacy import KnownStaff, scan

Texts = Iterable[tuple[str, str]]  # (where, text)
MAX_NAMED = 3  # findings named in the refusal's message; the rest are counted


@dataclass(frozen=True)
class ExportFinding:
    where: str  # e.g. "Item 3, paper 'Falls review'"
    kind: str  # nhs_number, date_of_birth, postcode, phone, email, name_after_title
    text: str  # what was found
    message: str  # what to do, in plain words

    def describe(self) -> str:
        return f"{self.where}: '{self.text}'. {self.message}"


class PatientDetailsFound(MeetingKitError):
    """An export stopped before writing because something looks like a patient's details."""

    def __init__(self, findings: list[ExportFinding]):
        self.findings = findings
        count = len(findings)
        named = "; ".join(f"{f.where}: '{f.text}'" for f in findings[:MAX_NAMED])
        more = f"; and {count - MAX_NAMED} more" if count > MAX_NAMED else ""
        super().__init__(
            f"{count} thing{'s' if count != 1 else ''} in this export look"
            f"{'' if count != 1 else 's'} like a patient's details ({named}{more}), so nothing "
            "was saved. Remove them before the file leaves this laptop.")


def findings_in(texts: Texts, staff: KnownStaff | None = None) -> list[ExportFinding]:
    """What looks like a patient's details in these texts. `staff` are the people the app knows
    (members, presenters, authors, action owners): their names are not a patient's."""
    return [ExportFinding(where, found.kind, found.text, found.message)
            for where, text in texts if text for found in scan(text, known_staff=staff)]


def refuse_patient_details(texts: Texts, allow: bool, staff: KnownStaff | None = None) -> None:
    """Raises PatientDetailsFound when the texts hold patient details, unless `allow`."""
    if allow:
        return
    findings = findings_in(texts, staff)
    if findings:
        raise PatientDetailsFound(findings)


# ----- what each kind of export writes --------------------------------------------------------
def pack_texts(content) -> Iterator[tuple[str, str]]:
    """A meeting pack or review pack (PackContent)."""
    meeting = content.meeting
    yield "The meeting's title and place", f"{meeting.title}\n{meeting.place}"
    for pack_item in content.items:
        item = pack_item.item
        label = f"Item {pack_item.number}"
        yield f"{label}, title and summary", f"{item.title}\n{item.summary}"
        for paper in pack_item.papers:
            yield f"{label}, paper '{paper.title}'", f"{paper.title}\n{paper.markdown}"


def minutes_texts(content) -> Iterator[tuple[str, str]]:
    """The minutes (MinutesContent): notes, decisions, actions, declarations."""
    meeting = content.meeting
    yield "The meeting's title and place", f"{meeting.title}\n{meeting.place}"
    declarations = "\n".join(row["declaration"] for row in content.attendance
                             if row["declaration"].strip())
    yield "Declarations of interest", declarations
    for minutes_item in content.items:
        label = f"Item {minutes_item.number}"
        yield f"{label}, title", minutes_item.item.title
        yield f"{label}, notes", minutes_item.notes
        yield f"{label}, decisions", "\n".join(minutes_item.decisions)
        yield f"{label}, actions", "\n".join(a.text for a in minutes_item.actions)
    yield "The action log", "\n".join(a.text for a in content.action_log)
    if content.next_meeting is not None:
        yield "The next meeting's place", content.next_meeting.place


def action_log_texts(content) -> Iterator[tuple[str, str]]:
    """The action log (ActionLogContent), as Word or CSV."""
    for action in content.actions:
        yield f"Action {action.id}", action.text


def claim_texts(claim) -> Iterator[tuple[str, str]]:
    """An involvement claim (InvolvementClaim)."""
    yield "The claim's period and reference", f"{claim.period}\n{claim.reference}"
    for row in claim.rows:
        yield f"The activity on {row.day}", f"{row.activity}\n{row.expenses_note}"
    yield "The notes on the claim", "\n".join(claim.notes)


def document_texts(title: str, markdown: str) -> Iterator[tuple[str, str]]:
    """A single document, such as a plain version of a paper."""
    yield f"'{title}'" if title else "The document", f"{title}\n{markdown}"


def glossary_texts(entries) -> Iterator[tuple[str, str]]:
    """A glossary export (GlossaryEntry rows)."""
    for entry in entries:
        words = (entry.term, entry.expansion, " | ".join(entry.plain), entry.explanation,
                 entry.other_meanings)
        yield f"The glossary word '{entry.term}'", "\n".join(w for w in words if w)


# ----- the store-level check the app and command line have always used -----------------------
def pii_findings_for_meeting(store, meeting_id: int, include_minutes: bool = True
                             ) -> list[ExportFinding]:
    """Everything that looks like a patient's details in this meeting's pack, and its minutes
    too when `include_minutes`."""
    from meetingkit.export.content import gather_minutes, gather_pack

    pack = gather_pack(store, meeting_id)
    texts = list(pack_texts(pack))
    if include_minutes:
        seen = set(texts)
        texts += [t for t in minutes_texts(gather_minutes(store, meeting_id)) if t not in seen]
    return findings_in(texts, pack.staff)

