"""Patient details in what an export would contain, found before it leaves the laptop, so the
app can warn first. Scans exactly the text the exporters write: the meeting's title and place,
item titles and summaries, papers (the accepted plain version where there is one), and for the
minutes the notes, decisions and actions. Names of committee members (presenters, owners,
attendance) are left out: they are there by design, and would all look like 'names'."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from meetingkit.export.content import gather_pack


@dataclass(frozen=True)
class ExportFinding:
    where: str  # e.g. "Item 3, paper 'Falls review'"
    kind: str  # nhs_number, date_of_birth, postcode, phone, email, name_after_title
    text: str  # what was found
    message: str  # what to do, in plain words

    def describe(self) -> str:
        return f"{self.where}: '{self.text}'. {self.message}"


def pii_findings_for_meeting(store, meeting_id: int, include_minutes: bool = True
                             ) -> list[ExportFinding]:
    """Everything that looks like a patient's details in this meeting's exports. Empty if the
    privacy scanner (meetingkit.privacy) is not available."""
    try:
        from meetingkit.privacy import known_staff_from_store, scan
    except ImportError:
        return []
    staff = known_staff_from_store(store, meeting_id)  # members, presenters, authors: not patients
    findings = []
    for where, text in exported_texts(store, meeting_id, include_minutes):
        for finding in scan(text, known_staff=staff):
            findings.append(ExportFinding(where, finding.kind, finding.text, finding.message))
    return findings


def exported_texts(store, meeting_id: int, include_minutes: bool = True
                   ) -> Iterator[tuple[str, str]]:
    content = gather_pack(store, meeting_id)
    yield "The meeting's title and place", f"{content.meeting.title}\n{content.meeting.place}"
    for pack_item in content.items:
        item = pack_item.item
        label = f"Item {pack_item.number}"
        yield f"{label}, title and summary", f"{item.title}\n{item.summary}"
        for paper in pack_item.papers:
            yield f"{label}, paper '{paper.title}'", f"{paper.title}\n{paper.markdown}"
        if include_minutes:
            yield f"{label}, notes", store.notes.get(item.id)
            decisions = "\n".join(d.text for d in store.decisions.for_item(item.id))
            yield f"{label}, decisions", decisions
            actions = "\n".join(a.text for a in store.actions.for_item(item.id))
            yield f"{label}, actions", actions
