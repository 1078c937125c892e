"""The plain-language engine's data types: glossary entries, findings, reports and changes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
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
CATEGORIES = ("acronym", "code", "latin", "jargon", "person-first", "sentence", "structure")
# Two tiers of word findings. A barrier is something a lay reader may not understand (acronyms,
# codes, jargon, clinical and legal terms, policy language): these come first and count towards
# the paper's score. A simpler word is a formal word most people know (ensure, require): shown
# apart, so they never crowd the barriers out. Sentence and structure advice has no tier.
TIERS = ("barrier", "simpler")
# The tier a kind of entry has unless its row says otherwise.
KIND_TIER = {"acronym": "barrier", "jargon": "barrier", "complex": "simpler", "phrase": "simpler",
             "policy": "barrier", "clinical": "barrier", "committee": "barrier",
             "person-first": "barrier", "latin": "simpler"}


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
    tier: str = ""  # barrier or simpler; empty: the kind's tier (KIND_TIER)
    # Where the first alternative may replace the term without a person checking: "yes"
    # (anywhere), "no" (a suggestion only) or rules (see meetingkit.plain.contexts).
    auto: str = ""
    licence: str = ""
    pack: str = ""  # a domain pack a committee switches on; empty: always used
    senses: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # (meaning, explanation, cues)
    # A name that is also an everyday word ("Prevent", the programme): found only where it is
    # written exactly so, and not at the start of a sentence, where any word has a capital.
    as_written: bool = False

    @property
    def finding_tier(self) -> str:
        return self.tier or KIND_TIER.get(self.kind, "barrier")

    @property
    def ambiguous(self) -> bool:
        """An acronym with more than one NHS meaning: never written out on a guess."""
        return len(self.senses) > 1


_ENTRY_DEFAULTS = {f.name: f.default for f in fields(GlossaryEntry) if f.name not in ("term", "kind")}


def new_entry(term: str, kind: str, **values) -> GlossaryEntry:
    """The same as GlossaryEntry(term=term, kind=kind, **values), about four times faster: a
    frozen dataclass's __init__ sets each of its 17 fields through object.__setattr__, and every
    start of the app makes thousands of entries from the word lists. Only for code that names
    real fields (a misspelt one would not be refused)."""
    entry = object.__new__(GlossaryEntry)
    state = entry.__dict__
    state["term"] = term
    state["kind"] = kind
    state.update(_ENTRY_DEFAULTS)
    if values:
        state.update(values)
    return entry


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
    tier: str = ""  # barrier, simpler, or empty for sentence and structure advice

    def to_dict(self) -> dict:
        return {"rule": self.rule, "category": self.category, "text": self.text,
                "start": self.start, "end": self.end, "line": self.line, "column": self.column,
                "message": self.message, "suggestions": list(self.suggestions),
                "severity": self.severity, "tier": self.tier}


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
    barriers: int = 0  # warnings in the barrier tier: what the paper's score counts
    simpler: int = 0  # findings in the simpler-word tier

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
    # True when the rule proves the change keeps grammar and sense, so rewrite() makes it;
    # False for a suggestion a person accepts or rejects.
    automatic: bool = True

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Rewrite:
    text: str
    changes: list[Change]  # the automatic changes made; offsets refer to the markdown given
    suggestions: list[Change] = field(default_factory=list)  # left for a person to decide


@dataclass(frozen=True)
class UsedTerm:
    """A hard word found in a paper, with its plain meaning: for a 'words used' glossary."""

    term: str
    meaning: str
    category: str
