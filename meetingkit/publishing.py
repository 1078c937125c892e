"""Sending the meeting pack: the checks first, then the record of when it went out.

`check_pack` lists what would get in a partner's way: items with nothing to read, items with no
plain summary, plain versions saved before their paper last changed, papers above the
committee's reading age, acronyms nobody explains, anything that looks like a patient's details,
and an agenda longer than the meeting. The chair can fix them or
send anyway with a reason; `publish` records the date, whether it was on time and the reason.
A late pack is recorded as late.

The plain-language engine (meetingkit.plain) and the patient details scanner (meetingkit.privacy)
are imported when the check runs, not when this module is: the app starts without loading them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from meetingkit import clock
from meetingkit.counting import counted
from meetingkit.errors import MeetingKitError
from meetingkit.model import AgendaItem, Meeting, MeetingStatus, Paper, Purpose
from meetingkit.pack_budget import count_words, text_sent

if TYPE_CHECKING:
    from meetingkit.store import Store

NEEDS_A_PAPER = (Purpose.DECISION.value, Purpose.ASSURANCE.value)
READING_AGE_MIN_WORDS = 100  # too few words for a fair reading age (the engine's own limit)


@dataclass(frozen=True)
class PackProblem:
    # no_paper, no_summary, plain_out_of_date, reading_age, acronyms, patient_details, time, empty
    kind: str
    text: str  # one plain sentence: what is wrong and what to do
    item_id: int | None = None
    paper_id: int | None = None
    field: str = ""  # the item's field that holds it ("title", "summary"), if one does
    words: tuple[str, ...] = ()  # what was found, for the place to fix it to select


@dataclass(frozen=True)
class Deadline:
    deadline: date
    days_left: int  # working days; 0 = today is the last day; negative = days late
    sentence: str


@dataclass
class PackCheck:
    problems: list[PackProblem]
    deadline: Deadline

    @property
    def ok(self) -> bool:
        return not self.problems


# ----- the deadline ----------------------------------------------------------------------------
def deadline_for(meeting: Meeting, working_days: int, region: str, today: date) -> Deadline:
    from meetingkit.deadlines import describe_deadline, pack_deadline, working_days_left

    meeting_day = date.fromisoformat(meeting.date)
    return Deadline(pack_deadline(meeting_day, working_days, region),
                    working_days_left(today, meeting_day, working_days, region),
                    describe_deadline(today, meeting_day, working_days, region))


def on_time(meeting: Meeting, working_days: int, region: str, sent: date) -> bool:
    return sent <= deadline_for(meeting, working_days, region, sent).deadline


# ----- the checks ------------------------------------------------------------------------------
Checker = Callable[[str, float], object]  # (text, target reading age) -> plain report
Scanner = Callable[[str], list]  # text -> patient detail findings


def check_pack(store: Store, meeting_id: int, today: date | None = None) -> PackCheck:
    meeting = store.meetings.get(meeting_id)
    committee = store.committees.get(meeting.committee_id)
    items = store.agenda.items(meeting_id)
    papers = store.papers.for_meeting(meeting_id)
    checker = _plain_checker(store, committee.plain_packs)
    scanner = _pii_scanner(store, meeting_id)
    problems = find_problems(items, papers, committee.reading_age_target, checker, scanner)
    over = sum(i.minutes for i in items) - meeting.length_minutes
    if items and over > 0:
        problems.append(PackProblem("time", f"The agenda is {over} minute{'s' * (over != 1)} "
                                    "longer than the meeting. Shorten some items or move one "
                                    "to another meeting."))
    deadline = deadline_for(meeting, committee.pack_working_days, committee.region,
                            today or clock.today())
    return PackCheck(problems, deadline)


def find_problems(items: list[AgendaItem], papers: list[Paper], target: float,
                  checker: Checker | None, scanner: Scanner | None) -> list[PackProblem]:
    """Everything in the agenda and papers that would get in a partner's way, in agenda order."""
    if not items:
        return [PackProblem("empty", "The agenda has no items yet. Add them on the Agenda tab.")]
    by_item: dict[int, list[Paper]] = {}
    for paper in papers:
        by_item.setdefault(paper.item_id, []).append(paper)
    problems: list[PackProblem] = []
    for number, item in enumerate(items, start=1):
        where = f"Item {number}, {item.title}"
        item_papers = by_item.get(item.id, [])
        problems.extend(_item_problems(item, where, item_papers, checker, scanner))
        for paper in item_papers:
            problems.extend(_paper_problems(paper, item, target, checker, scanner))
    return problems


def _item_problems(item: AgendaItem, where: str, item_papers: list[Paper],
                   checker: Checker | None, scanner: Scanner | None) -> list[PackProblem]:
    found = []
    summary = item.summary.strip()
    if not item_papers and not item.standing:
        if item.purpose in NEEDS_A_PAPER:
            asked = "decide" if item.purpose == Purpose.DECISION.value else "check"
            found.append(PackProblem("no_paper", f"{where}: partners are asked to {asked} "
                                     "something but there is no paper to read. Add a paper, "
                                     "or change what the item is for.", item.id))
        elif item.purpose == Purpose.DISCUSSION.value and not summary:
            found.append(PackProblem("no_paper", f"{where}: there is no paper and no summary, "
                                     "so partners cannot prepare. Add either.", item.id))
    if not summary:
        found.append(PackProblem("no_summary", f"{where}: no plain summary yet. Add one "
                                 "sentence on what the item is about and what you are asking.",
                                 item.id))
    elif checker is not None:
        acronyms = _undefined_acronyms(checker(summary, 99))
        if acronyms:
            found.append(PackProblem("acronyms", f"{where}: the summary uses "
                                     f"{_list_words(acronyms)} without saying what "
                                     f"{'it means' if len(acronyms) == 1 else 'they mean'}.",
                                     item.id))
    if scanner is not None:
        in_title, in_summary = scanner(item.title), scanner(summary)
        details = _details(scanner, f"{item.title}\n{summary}")
        if details:
            found.append(PackProblem("patient_details", f"{where}: the title or summary may "
                                     f"hold a patient's details ({details}). Check and remove "
                                     "them.", item.id, field="summary" if in_summary else "title",
                                     words=tuple(f.text for f in in_summary or in_title)))
    return found


def _paper_problems(paper: Paper, item: AgendaItem, target: float, checker: Checker | None,
                    scanner: Scanner | None) -> list[PackProblem]:
    found = []
    where = f"Paper '{paper.title}' (item: {item.title})"
    text = text_sent(paper)
    if paper.plain_is_out_of_date:  # first: making it again may settle the checks below too
        found.append(PackProblem("plain_out_of_date", f"{where} has changed since its plain "
                                 "version was saved. Make the plain version again on the Papers "
                                 "tab, or remove it so partners get the paper as written.",
                                 item.id, paper.id))
    if not text.strip():
        found.append(PackProblem("no_paper", f"{where} is empty. Add its text or delete it.",
                                 item.id, paper.id))
    if checker is not None and text.strip():
        report = checker(text, target)
        stats = report.stats
        if count_words(text) >= READING_AGE_MIN_WORDS and not stats.meets_target:
            found.append(PackProblem("reading_age", f"{where} needs a reading age of about "
                                     f"{stats.reading_age:.0f}; the committee's target is "
                                     f"{target:g}. Shorter sentences and everyday words help.",
                                     item.id, paper.id))
        acronyms = _undefined_acronyms(report)
        if acronyms:
            found.append(PackProblem("acronyms", f"{where} uses {counted(len(acronyms), 'acronym')}"
                                     f" without explaining {'it' if len(acronyms) == 1 else 'them'}"
                                     f": {_list_words(acronyms)}.", item.id, paper.id,
                                     words=tuple(acronyms)))  # the earliest in the text is gone to
    if scanner is not None:
        # The original goes in the pack as well as any plain version, so both are scanned.
        scanned = "\n\n".join(filter(None, {paper.body, paper.plain_body or ""}))
        details = _details(scanner, scanned)
        if details:
            found.append(PackProblem("patient_details", f"{where} may hold a patient's details "
                                     f"({details}). Check and remove them before sending.",
                                     item.id, paper.id,
                                     words=tuple(f.text for f in scanner(paper.body))))
    return found


def _undefined_acronyms(report: object) -> list[str]:
    words = [f.text.strip() for f in getattr(report, "findings", [])
             if f.category == "acronym" and getattr(f, "severity", "warning") == "warning"]
    return list(dict.fromkeys(words))


def _details(scanner: Scanner, text: str) -> str:
    findings = scanner(text)
    kinds = list(dict.fromkeys(getattr(f, "label", "") or _DETAIL_WORDS.get(f.kind, "personal details")
                               for f in findings))
    return ", ".join(kinds)


_DETAIL_WORDS = {
    "nhs_number": "an NHS number", "date_of_birth": "a date of birth", "postcode": "a postcode",
    "phone": "a phone number", "email": "an e-mail address", "name_after_title": "a name",
}


def _list_words(words: list[str], shown: int = 5) -> str:
    listed = ", ".join(words[:shown])
    return listed + (f" and {len(words) - shown} more" if len(words) > shown else "")


def _plain_checker(store: Store, packs: frozenset[str] | None = None) -> Checker:
    """The committee's checker: its domain word lists (None: all) and the trust's glossary."""
    from meetingkit.plain import Glossary, check
    from meetingkit.plain.trust import to_entries

    glossary = Glossary.load_default(packs).with_entries(to_entries(store.glossary.all()))
    return lambda text, target: check(text, glossary, target)


def _pii_scanner(store: Store, meeting_id: int) -> Scanner:
    from meetingkit.privacy import known_staff_from_store, scan

    staff = known_staff_from_store(store, meeting_id)  # members, presenters, authors: not patients
    return lambda text: scan(text, known_staff=staff)


# ----- sending ---------------------------------------------------------------------------------
def publish(store: Store, meeting_id: int, reason: str = "", open_problems: int = 0,
            now: datetime | None = None) -> Meeting:
    """Records that the pack went out now. With problems still open a reason is needed. Sending
    again keeps the first date and its on-time record and adds a line to the note."""
    reason = " ".join(reason.split())
    if open_problems and not reason:
        raise MeetingKitError("Please say why the pack is going out with problems still open.")
    now = now or clock.now()
    meeting = store.meetings.get(meeting_id)
    committee = store.committees.get(meeting.committee_id)
    line = reason
    if open_problems:
        line = f"Sent with {counted(open_problems, 'problem')} still open. Reason: {reason}"
    with store.transaction():
        if meeting.published_at:
            again = f"Sent again on {now.date().isoformat()}." + (f" {line}" if line else "")
            note = "\n".join(filter(None, [meeting.publish_note, again]))
            store.meetings.update(meeting_id, publish_note=note)
        else:
            sent_on_time = on_time(meeting, committee.pack_working_days, committee.region,
                                   now.date())
            status = (MeetingStatus.PACK_PUBLISHED.value
                      if meeting.status == MeetingStatus.DRAFT.value else meeting.status)
            store.meetings.update(meeting_id, status=status,
                                  published_at=now.isoformat(timespec="seconds"),
                                  published_on_time=int(sent_on_time), publish_note=line)
    return store.meetings.get(meeting_id)
