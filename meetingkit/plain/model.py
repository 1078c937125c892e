"""The plain-language engine's data types: glossary entries, findings, reports and changes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import NamedTuple

# Kinds of glossary entry, and the finding category and rule each one produces.
KIND_CATEGORY_RULE: dict[str, tuple[str, str]] = {
    "acronym": ("acronym", "acronym"),
    "jargon": ("jargon", "jargon"),
    "complex": ("jargon", "complex-word"),
    "phrase": ("jargon", "wordy-phrase"),
    "policy": ("jargon", "policy-language"),
    "clinical": ("jargon", "clinical-term"),
    "committee": ("jargon", "committee-language"),
    "person-first": ("person-first", "person-first"),
    "latin": ("latin", "latin"),
}
KINDS = (*KIND_CATEGORY_RULE, "allow", "name")
CATEGORIES = ("acronym", "latin", "jargon", "person-first", "sentence", "structure")


@dataclass(frozen=True)
class GlossaryEntry:
    """One term. `kind` is acronym, jargon, complex, phrase, policy, clinical, committee,
    person-first, latin, allow (never flagged) or name (kept whole, never flagged).

    For an acronym: `expansion` is what it stands for and `plain` (optional) a short plain term
    that can replace it. For other kinds: `plain` holds the alternatives, the first one used when
    rewriting if `rewrite` is true. `explanation` says why or what it means, in plain words."""

    term: str
    kind: str
    plain: tuple[str, ...] = ()
    explanation: str = ""
    expansion: str = ""
    other_meanings: str = ""
    pos: str = ""  # v: verb (matches -s/-ed/-ing), n: noun (matches plural), else as written
    rewrite: bool = True
    source: str = "trust"


class Finding(NamedTuple):
    """One thing a reader may stumble over. A named tuple: a long paper has tens of thousands,
    and check() makes them with tuple.__new__, several times cheaper than a class's __init__.
    Use _replace() for a changed copy."""

    rule: str
    category: str
    text: str
    start: int  # character offsets into the markdown given to check()
    end: int
    line: int  # 1-based
    column: int  # 1-based
    message: str
    suggestions: tuple[str, ...] = ()
    severity: str = "warning"  # info, warning

    def to_dict(self) -> dict:
        return {"rule": self.rule, "category": self.category, "text": self.text,
                "start": self.start, "end": self.end, "line": self.line, "column": self.column,
                "message": self.message, "suggestions": list(self.suggestions),
                "severity": self.severity}


@dataclass
class Stats:
    words: int = 0
    sentences: int = 0
    syllables: int = 0
    paragraphs: int = 0
    reading_minutes: float = 0.0
    flesch_reading_ease: float = 0.0
    flesch_kincaid_grade: float = 0.0
    reading_age: float = 0.0
    target_reading_age: float = 11.0
    meets_target: bool = True
    counts: dict[str, int] = field(default_factory=dict)  # findings per category

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Report:
    stats: Stats
    findings: list[Finding]

    def by_category(self, category: str) -> list[Finding]:
        return [f for f in self.findings if f.category == category]

    def to_dict(self) -> dict:
        return {"stats": self.stats.to_dict(), "findings": [f.to_dict() for f in self.findings]}


@dataclass(frozen=True)
class Change:
    """Replace markdown[start:end] (which must equal `original`) with `replacement`."""

    start: int
    end: int
    original: str
    replacement: str
    rule: str
    category: str
    message: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Rewrite:
    text: str
    changes: list[Change]  # offsets refer to the markdown given to rewrite()


@dataclass(frozen=True)
class UsedTerm:
    """A hard word found in a paper, with its plain meaning: for a 'words used' glossary."""

    term: str
    meaning: str
    category: str
