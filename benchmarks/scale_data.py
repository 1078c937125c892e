"""A big, realistic MeetingKit database for benchmarks and scale tests.

At full size: 20 committees x 10 years x 12 meetings (2,400 meetings), 50,000 agenda items,
10,000 papers of a few hundred words, 100,000 actions, notes (minutes) for every item of a
meeting that has happened, and some decisions. `ScaleSpec.scaled(0.05)` makes a small copy with
the same shape for tests.

Rows go in with executemany inside one transaction on `store.conn` (the store's own methods
commit row by row, which would take minutes). Ids are given explicitly so rows can point at each
other without reading anything back; the full-text index fills itself through the store's
triggers. The output depends only on the spec, the seed and `today`.

    from benchmarks.scale_data import ScaleSpec, generate
    counts = generate(store, ScaleSpec.scaled(0.1), today=date(2026, 6, 1))
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from meetingkit import clock

SUBJECTS = ("Patient Safety", "Medicines Safety", "Falls Prevention", "Deteriorating Patient",
            "Infection Prevention", "Maternity Safety", "Mental Health Safety", "Learning from Deaths",
            "Safeguarding", "Tissue Viability")
SITES = ("City Hospital", "Community Services")
FIRST = ("Priya", "Sam", "Lin", "Jo", "David", "Maria", "Aisha", "Tom", "Grace", "Owen", "Fatima",
         "Ravi", "Hannah", "Kwame", "Ellen", "Marek", "Chloe", "Imran", "Ruth", "Dylan")
LAST = ("Shah", "Okafor", "Chen", "Williams", "Evans", "Lopez", "Khan", "Murphy", "Hughes", "Price",
        "Begum", "Patel", "Jones", "Mensah", "Clarke", "Nowak", "Taylor", "Ali", "Morgan", "Reid")
ROLES = ("chair", "partner", "partner", "partner", "staff", "staff", "staff", "staff", "staff",
         "administrator", "staff", "guest")
TOPICS = ("falls", "pressure ulcers", "sepsis", "medication errors", "missed insulin doses",
          "delayed discharge", "hand hygiene", "blood clots", "deteriorating patients",
          "nasogastric tubes", "patient identification", "safeguarding referrals",
          "maternity triage", "self-harm on the wards", "delirium", "oxygen prescribing",
          "handover between teams", "test results not followed up", "allergies", "sharps injuries")
PLACES = ("the emergency department", "ward 7", "the stroke unit", "the children's ward",
          "the surgical wards", "community nursing", "the intensive care unit", "outpatients",
          "the maternity unit", "the mental health wards", "the frailty unit", "theatres")
GROUPS = ("nurses", "doctors in training", "pharmacists", "healthcare assistants", "therapists",
          "ward managers", "patients and carers", "patient safety partners", "the matrons")
VERBS = ("review", "update", "share", "check", "write", "agree", "test", "report on",
         "present", "audit")
THINGS = ("the leaflet for families", "the falls risk checklist", "the training plan",
          "the incident themes", "the handover sheet", "the audit results", "the action plan",
          "the staffing figures", "the patient story", "the safety huddle notes",
          "the learning summary", "the ward dashboard")
SENTENCES = (
    "In {month} we looked again at {topic} in {place}.",
    "There were {n} incidents about {topic} this quarter, compared with {m} last quarter.",
    "Most reports came from {group}, and several came from {place}.",
    "The review found that staff did not always have time to complete the checks.",
    "We spoke with {group} about what gets in the way of safe care.",
    "Families told us they were not always kept informed about {topic}.",
    "A learning response was started after a patient in {place} came to moderate harm.",
    "The team has tried a new checklist for {topic} on {n} shifts so far.",
    "Early results are encouraging, but the numbers are still small.",
    "We have shared the learning with {group} through the safety huddle.",
    "The number of patients affected by {topic} has fallen by {n} per cent since {month}.",
    "Some actions from the last report are late because of staffing pressures.",
    "We would like the committee to note the progress and the risks that remain.",
    "A patient safety partner joined the review and helped us write the family leaflet.",
    "Audit results for {topic} show {n} out of {m} records were complete.",
    "We plan to repeat the audit in {month} and report back to the committee.",
    "Training on {topic} has reached {n} per cent of {group}.",
    "The main theme is communication between teams at handover.",
    "We are working with {place} to make the safer way the easier way.",
    "No patients came to severe harm from {topic} in this period.",
)
NOTE_SENTENCES = (
    "The committee discussed {topic} in {place}.",
    "{person} presented the report and answered questions.",
    "Partners asked how families are told about {topic}.",
    "The committee agreed the actions were on track.",
    "Members noted that {group} need more time for training.",
    "The chair thanked {person} for a clear report.",
    "It was agreed to bring an update back in {month}.",
    "Concerns were raised about staffing in {place}.",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
STANDING = (("Welcome, apologies and declarations of interest", "information", "apologies"),
            ("Minutes of the last meeting", "decision", "minutes"),
            ("Action log", "information", "actions"))
PURPOSES = ("information", "discussion", "decision", "assurance")


@dataclass(frozen=True)
class ScaleSpec:
    committees: int = 20
    years: int = 10
    meetings_per_year: int = 12
    items: int = 50_000
    papers: int = 10_000
    actions: int = 100_000
    people_per_committee: int = 12
    paper_words: tuple[int, int] = (200, 500)

    @classmethod
    def scaled(cls, factor: float) -> ScaleSpec:
        """The full-size shape with committees and row counts multiplied by `factor`."""
        full = cls()
        return cls(committees=max(1, round(full.committees * factor)),
                   items=max(1, round(full.items * factor)),
                   papers=round(full.papers * factor), actions=round(full.actions * factor))

    @property
    def meetings(self) -> int:
        return self.committees * self.years * self.meetings_per_year


@dataclass(frozen=True)
class ScaleCounts:
    committees: int
    meetings: int
    items: int
    papers: int
    actions: int
    notes: int
    decisions: int
    people: int
    paper_words: int


def generate(store, spec: ScaleSpec | None = None, seed: int = 2025,
             today: date | None = None) -> ScaleCounts:
    """Fills `store` (a meetingkit Store, best empty) with a database of `spec`'s size."""
    spec = spec or ScaleSpec()
    if spec.items < spec.meetings or spec.papers > spec.items:
        raise ValueError("need at least one agenda item per meeting and no more papers than items")
    builder = _Builder(store.conn, spec, random.Random(seed), today or clock.today())
    with store.transaction():
        counts = builder.build()
    store.conn.execute("ANALYZE")  # plans for the queries on a database of this size
    return counts


def _spread(total: int, buckets: int, rng: random.Random) -> list[int]:
    """`total` split over `buckets` as evenly as possible, the extras in random places."""
    base, extra = divmod(total, buckets)
    sizes = [base] * buckets
    for index in rng.sample(range(buckets), extra):
        sizes[index] += 1
    return sizes


def _first_id(conn, table: str, column: str = "id") -> int:
    return conn.execute(f"SELECT coalesce(max({column}), 0) + 1 FROM {table}").fetchone()[0]


class _Builder:
    def __init__(self, conn, spec: ScaleSpec, rng: random.Random, today: date):
        self.conn, self.spec, self.rng, self.today = conn, spec, rng, today
        self.paper_words = self.notes = self.decisions = 0

    def _fill(self, template: str, people: list[str] | None = None) -> str:
        return _fill(self.rng, template, people)

    def build(self) -> ScaleCounts:
        conn, spec = self.conn, self.spec
        committee_ids, people = self._committees_and_people()
        meetings = self._meetings(committee_ids)
        items = self._items(meetings, people)
        paper_items = self.rng.sample(items, spec.papers)
        paper_items.sort()
        conn.executemany(
            "INSERT INTO papers (id, item_id, title, author, body, source_name, updated_at) "
            "VALUES (?,?,?,?,?,?,?)", self._papers(paper_items, people))
        conn.executemany("INSERT INTO item_notes (item_id, body, updated_at) VALUES (?,?,?)",
                         self._notes(items, meetings, people))
        conn.executemany("INSERT INTO decisions (item_id, text) VALUES (?,?)",
                         self._decisions(items, meetings))
        conn.executemany(
            "INSERT INTO actions (meeting_id, item_id, text, owner, due, status, closed_at) "
            "VALUES (?,?,?,?,?,?,?)", self._actions(meetings, items, people))
        return ScaleCounts(len(committee_ids), len(meetings), len(items), spec.papers,
                           spec.actions, self.notes, self.decisions,
                           sum(len(p) for p in people.values()), self.paper_words)

    def _committees_and_people(self) -> tuple[list[int], dict[int, list[str]]]:
        conn, spec = self.conn, self.spec
        first_committee, first_person = _first_id(conn, "committees"), _first_id(conn, "people")
        committee_ids, rows, people_rows, members = [], [], [], []
        people: dict[int, list[str]] = {}
        for index in range(spec.committees):
            committee_id = first_committee + index
            subject = SUBJECTS[index % len(SUBJECTS)]
            site = SITES[(index // len(SUBJECTS)) % len(SITES)]
            suffix = f" {index // (len(SUBJECTS) * len(SITES)) + 1}" if index >= 20 else ""
            rows.append((committee_id, f"{subject} Committee, {site}{suffix}"))
            committee_ids.append(committee_id)
            names = []
            for seat in range(spec.people_per_committee):
                person_id = first_person + index * spec.people_per_committee + seat
                name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
                names.append(name)
                people_rows.append((person_id, name, ROLES[seat % len(ROLES)]))
                members.append((committee_id, person_id))
            people[committee_id] = names
        conn.executemany("INSERT INTO committees (id, name, quorum) VALUES (?,?,4)", rows)
        conn.executemany("INSERT INTO people (id, name, role) VALUES (?,?,?)", people_rows)
        conn.executemany("INSERT INTO memberships (committee_id, person_id) VALUES (?,?)", members)
        return committee_ids, people

    def _meetings(self, committee_ids: list[int]) -> list[tuple[int, int, str]]:
        """(meeting id, committee id, ISO date): monthly, the last year the one that has today."""
        spec, today = self.spec, self.today
        first_id = _first_id(self.conn, "meetings")
        meetings, rows = [], []
        first_year = today.year - spec.years + 1
        for index, committee_id in enumerate(committee_ids):
            for year in range(first_year, first_year + spec.years):
                for month in range(spec.meetings_per_year):
                    day = date(year, month % 12 + 1, 3 + index % 20)
                    day += timedelta(days=(1 - day.weekday()) % 7)  # a Tuesday
                    meeting_id = first_id + len(meetings)
                    status = _meeting_status(day, today)
                    meetings.append((meeting_id, committee_id, day.isoformat()))
                    name = SUBJECTS[index % len(SUBJECTS)] + " Committee"
                    rows.append((meeting_id, committee_id, name, day.isoformat(), status,
                                 "Seminar room 2, Education Centre"))
        self.conn.executemany("INSERT INTO meetings (id, committee_id, title, date, status, place) "
                              "VALUES (?,?,?,?,?,?)", rows)
        return meetings

    def _items(self, meetings, people) -> list[tuple[int, int]]:
        """(item id, meeting index) for every agenda item, in meeting order."""
        rng, first_id = self.rng, _first_id(self.conn, "agenda_items")
        items, rows = [], []
        for meeting_index, size in enumerate(_spread(self.spec.items, len(meetings), rng)):
            meeting_id, committee_id, _day = meetings[meeting_index]
            for position in range(size):
                item_id = first_id + len(items)
                presenter = rng.choice(people[committee_id])
                if position < len(STANDING) and size > len(STANDING) + 1:
                    title, purpose, standing = STANDING[position]
                else:
                    title = f"{rng.choice(TOPICS).capitalize()}: report from {rng.choice(PLACES)}"
                    purpose, standing = rng.choice(PURPOSES), ""
                summary = self._fill(rng.choice(SENTENCES))
                rows.append((item_id, meeting_id, position, title, purpose, presenter,
                             rng.choice((5, 10, 15, 20, 30)), summary, standing))
                items.append((item_id, meeting_index))
        self.conn.executemany(
            "INSERT INTO agenda_items (id, meeting_id, position, title, purpose, presenter, "
            "minutes, summary, standing) VALUES (?,?,?,?,?,?,?,?,?)", rows)
        return items

    def _papers(self, paper_items, people) -> Iterator[tuple]:
        rng, low_high = self.rng, self.spec.paper_words
        first_id = _first_id(self.conn, "papers")
        for offset, (item_id, _meeting_index) in enumerate(paper_items):
            title = f"{rng.choice(TOPICS).capitalize()} in {rng.choice(PLACES)}: quarterly report"
            author = rng.choice(rng.choice(list(people.values())))
            body = paper_markdown(title, rng.randint(*low_high), rng)
            self.paper_words += len(body.split())
            yield (first_id + offset, item_id, title, author, body, "report.docx",
                   "2025-01-01T09:00:00+00:00")

    def _held(self, meetings, meeting_index: int) -> bool:
        return meetings[meeting_index][2] < self.today.isoformat()

    def _notes(self, items, meetings, people) -> Iterator[tuple]:
        rng = self.rng
        for item_id, meeting_index in items:
            if self._held(meetings, meeting_index):
                names = people[meetings[meeting_index][1]]
                sentences = [self._fill(rng.choice(NOTE_SENTENCES), names)
                             for _ in range(rng.randint(2, 5))]
                self.notes += 1
                yield item_id, " ".join(sentences), meetings[meeting_index][2] + "T12:00:00"

    def _decisions(self, items, meetings) -> Iterator[tuple]:
        for item_id, meeting_index in items:
            if self._held(meetings, meeting_index) and self.rng.random() < 0.15:
                self.decisions += 1
                yield item_id, self._fill("The committee agreed the plan for {topic} in {place}.")

    def _actions(self, meetings, items, people) -> Iterator[tuple]:
        rng, today = self.rng, self.today.isoformat()
        by_meeting: dict[int, list[int]] = {}
        for item_id, meeting_index in items:
            by_meeting.setdefault(meeting_index, []).append(item_id)
        for meeting_index, size in enumerate(_spread(self.spec.actions, len(meetings), rng)):
            meeting_id, committee_id, day = meetings[meeting_index]
            for _ in range(size):
                owner = rng.choice(people[committee_id])
                text = (f"{rng.choice(VERBS).capitalize()} {rng.choice(THINGS)} for "
                        f"{rng.choice(TOPICS)} in {rng.choice(PLACES)}")
                due = (date.fromisoformat(day) + timedelta(days=rng.choice((14, 28, 42, 90))))
                status, closed_at = "open", None
                if day < today and rng.random() < (0.95 if due.isoformat() < today else 0.3):
                    status = rng.choice(("done", "closed", "closed"))
                    closed_at = min(due + timedelta(days=rng.randint(-10, 20)),
                                    self.today).isoformat()
                item_id = rng.choice(by_meeting[meeting_index]) if rng.random() < 0.9 else None
                yield meeting_id, item_id, text, owner, due.isoformat(), status, closed_at


def paper_markdown(title: str, words: int, rng: random.Random | None = None) -> str:
    """A committee paper in markdown of about `words` words (within a sentence): a title, a
    summary, findings in paragraphs under a few headings, and a short list of next steps."""
    rng = rng or random.Random(words)
    steps = "\n".join(f"- {rng.choice(VERBS).capitalize()} {rng.choice(THINGS)}." for _ in range(3))
    parts = [f"# {title}", "## Summary"]
    count = len(title.split()) + 1 + len(steps.split())
    headings = ("What we found", "What we are doing", "What happens next")
    paragraph: list[str] = []
    paragraphs = 0
    while count < words:
        sentence = _fill(rng, rng.choice(SENTENCES))
        paragraph.append(sentence)
        count += len(sentence.split())
        if len(paragraph) == 4 or count >= words:
            parts.append(" ".join(paragraph))
            paragraph, paragraphs = [], paragraphs + 1
            if paragraphs % 3 == 0 and count < words:  # a heading every three paragraphs
                section = paragraphs // 3 - 1
                heading = f"## {headings[section % 3]}"
                if words > 1000:
                    heading += f" (part {section // 3 + 1})"
                parts.append(heading)
                count += len(heading.split()) - 1
    parts.append(steps)
    return "\n\n".join(parts)


def _fill(rng: random.Random, template: str, people: list[str] | None = None) -> str:
    n = rng.randint(2, 60)
    return template.format(topic=rng.choice(TOPICS), place=rng.choice(PLACES),
                           group=rng.choice(GROUPS), month=rng.choice(MONTHS), n=n,
                           m=n + rng.randint(-2, 30),
                           person=rng.choice(people) if people else "The lead")


def _meeting_status(day: date, today: date) -> str:
    if day >= today:
        return "pack_published" if (day - today).days < 10 else "draft"
    return "minutes_approved" if (today - day).days > 45 else "minutes_drafted"
