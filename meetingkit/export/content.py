"""What an export contains, read from the store into plain frozen data in one go.

Reading is quick (a few queries); writing Word is the slow part. Keeping the two apart lets the
app read on the main thread and write on a worker thread without sharing the database
connection, and lets the privacy scan see exactly the text that would be exported."""

from __future__ import annotations

from dataclasses import dataclass, field

from meetingkit.model import Action, AgendaItem, Committee, GlossaryTerm, Meeting, MeetingStatus
from meetingkit.privacy import KnownStaff, known_staff_from_store


@dataclass(frozen=True)
class PaperContent:
    title: str
    author: str
    markdown: str  # the accepted plain version where there is one, else the paper as written
    is_plain: bool


@dataclass(frozen=True)
class PackItem:
    number: int  # 1-based, as shown on the agenda
    item: AgendaItem
    papers: tuple[PaperContent, ...]


@dataclass(frozen=True)
class PackContent:
    meeting: Meeting
    committee: Committee
    items: tuple[PackItem, ...]
    trust_terms: tuple[GlossaryTerm, ...] = ()
    staff: KnownStaff | None = None  # people the app knows: not patients, for the privacy check


@dataclass(frozen=True)
class MinutesItem:
    number: int
    item: AgendaItem
    notes: str
    decisions: tuple[str, ...]
    actions: tuple[Action, ...]


@dataclass(frozen=True)
class MinutesContent:
    meeting: Meeting
    committee: Committee
    attendance: tuple[dict, ...]  # person_id, name, role, status, declaration
    items: tuple[MinutesItem, ...]
    action_log: tuple[Action, ...]  # this meeting's actions, then those carried forward
    next_meeting: Meeting | None
    turns: tuple[dict, ...] = ()  # speaking turns, for the optional "who was heard" part
    meeting_dates: dict[int, str] = field(default_factory=dict)  # meeting id -> date
    staff: KnownStaff | None = None

    @property
    def approved(self) -> bool:
        return self.meeting.status == MeetingStatus.MINUTES_APPROVED.value


@dataclass(frozen=True)
class ActionLogContent:
    committee: Committee
    actions: tuple[Action, ...]
    meeting_dates: dict[int, str]
    include_closed: bool
    staff: KnownStaff | None = None


def paper_content(paper) -> PaperContent:
    plain = paper.plain_body if paper.plain_body and paper.plain_body.strip() else None
    return PaperContent(paper.title, paper.author, plain if plain is not None else paper.body,
                        plain is not None)


def gather_pack(store, meeting_id: int) -> PackContent:
    meeting = store.meetings.get(meeting_id)
    committee = store.committees.get(meeting.committee_id)
    papers: dict[int, list[PaperContent]] = {}
    for paper in store.papers.for_meeting(meeting_id):
        papers.setdefault(paper.item_id, []).append(paper_content(paper))
    items = tuple(PackItem(number, item, tuple(papers.get(item.id, ())))
                  for number, item in enumerate(store.agenda.items(meeting_id), start=1))
    return PackContent(meeting, committee, items, tuple(store.glossary.all()),
                       known_staff_from_store(store, meeting_id))


def gather_minutes(store, meeting_id: int, with_turns: bool = False) -> MinutesContent:
    meeting = store.meetings.get(meeting_id)
    committee = store.committees.get(meeting.committee_id)
    items = []
    for number, item in enumerate(store.agenda.items(meeting_id), start=1):
        items.append(MinutesItem(
            number, item, store.notes.get(item.id),
            tuple(d.text for d in store.decisions.for_item(item.id)),
            tuple(store.actions.for_item(item.id)),
        ))
    own = store.actions.for_meeting(meeting_id)
    earlier = [a for a in store.actions.carried_forward(meeting_id) if a.meeting_id != meeting_id]
    meetings = store.meetings.for_committee(committee.id)
    return MinutesContent(
        meeting=meeting,
        committee=committee,
        attendance=tuple(store.attendance.for_meeting(meeting_id)),
        items=tuple(items),
        action_log=tuple(own + earlier),
        next_meeting=next_meeting(meetings, meeting),
        turns=tuple(store.turns.for_meeting(meeting_id)) if with_turns else (),
        meeting_dates={m.id: m.date for m in meetings},
        staff=known_staff_from_store(store, meeting_id),
    )


def gather_action_log(store, committee_id: int, include_closed: bool = False) -> ActionLogContent:
    committee = store.committees.get(committee_id)
    actions = store.actions.log(committee_id, include_closed=include_closed)
    dates = {m.id: m.date for m in store.meetings.for_committee(committee_id)}
    return ActionLogContent(committee, tuple(actions), dates, include_closed,
                            known_staff_from_store(store))


def next_meeting(meetings: list[Meeting], meeting: Meeting) -> Meeting | None:
    """The committee's first meeting after this one, if one has been set up."""
    later = [m for m in meetings if (m.date, m.id) > (meeting.date, meeting.id)]
    return min(later, key=lambda m: (m.date, m.id)) if later else None
