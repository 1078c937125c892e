"""What a change touched, worked out by the store from the rows it wrote (never declared by the
caller), so each screen can decide whether it has anything to redraw."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum


class Kind(str, Enum):
    COMMITTEES = "committees"
    PEOPLE = "people"
    MEETINGS = "meetings"
    AGENDA = "agenda"
    PAPERS = "papers"
    NOTES = "notes"
    DECISIONS = "decisions"
    ACTIONS = "actions"
    ATTENDANCE = "attendance"
    TURNS = "turns"
    FEEDBACK = "feedback"
    QUESTIONS = "questions"
    GLOSSARY = "glossary"
    INVOLVEMENT = "involvement"


# Which kind of thing each table holds. A table missing here is a mistake caught by
# tests/test_store_history.py, which checks every table in the schema has a kind.
TABLE_KINDS: Mapping[str, Kind] = {
    "committees": Kind.COMMITTEES,
    "people": Kind.PEOPLE,
    "memberships": Kind.PEOPLE,
    "meetings": Kind.MEETINGS,
    "agenda_items": Kind.AGENDA,
    "papers": Kind.PAPERS,
    "item_notes": Kind.NOTES,
    "decisions": Kind.DECISIONS,
    "actions": Kind.ACTIONS,
    "attendance": Kind.ATTENDANCE,
    "speaking_turns": Kind.TURNS,
    "feedback": Kind.FEEDBACK,
    "questions": Kind.QUESTIONS,
    "glossary_terms": Kind.GLOSSARY,
    "acronym_meanings": Kind.GLOSSARY,  # the meaning a committee chose for an acronym
    "involvement_rates": Kind.INVOLVEMENT,
    "involvement": Kind.INVOLVEMENT,
}


@dataclass(frozen=True)
class Changes:
    """The kinds of thing a change touched, and which rows of each (by id; for tables keyed by
    two ids, such as attendance, only the kind is meaningful)."""

    rows: Mapping[Kind, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def of_kinds(cls, *kinds: Kind) -> Changes:
        """These kinds changed, rows not known (a bulk change, or a test standing in for one)."""
        return cls({kind: frozenset() for kind in kinds})

    @classmethod
    def everything(cls) -> Changes:
        """Every kind, as after restoring a backup: every screen draws itself again."""
        return cls.of_kinds(*Kind)

    @classmethod
    def of(cls, touched: Iterable[tuple[str, int]]) -> Changes:
        collected: dict[Kind, set[int]] = {}
        for table, row in touched:
            collected.setdefault(TABLE_KINDS[table], set()).add(row)
        return cls({kind: frozenset(ids) for kind, ids in collected.items()})

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(self.rows)

    def touches(self, *kinds: Kind) -> bool:
        return any(kind in self.rows for kind in kinds)

    def touches_row(self, kind: Kind, row: int) -> bool:
        """Whether this row may have changed: a kind whose rows are not known (of_kinds,
        everything: a restored backup) counts as all of its rows."""
        ids = self.rows.get(kind)
        return ids is not None and (not ids or row in ids)

    def ids(self, kind: Kind) -> frozenset[int]:
        return self.rows.get(kind, frozenset())

    def __bool__(self) -> bool:
        return bool(self.rows)

    def __or__(self, other: Changes) -> Changes:
        merged = dict(self.rows)
        for kind, ids in other.rows.items():
            merged[kind] = merged.get(kind, frozenset()) | ids
        return Changes(merged)


NOTHING = Changes()
