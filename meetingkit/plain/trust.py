"""A trust's own glossary rows (store.glossary) in the shape the plain-language engine takes,
and back again for CSV import and export. One conversion for the Papers tab, the publishing
checks and the Word exports.

The store keeps three kinds (acronym, jargon, allow) and four text fields; what each field means
depends on the kind:
- acronym: meaning = what it stands for, plain = plain words to use instead (| between them),
  note = what it means, in plain words (shown to readers).
- jargon: meaning = why it is hard or what it means, plain = plainer words (| between them),
  note = a note for the committee's own use (not shown in papers).
- allow: a word the trust does not want flagged; note says why.
"""

from __future__ import annotations

from collections.abc import Iterable

from meetingkit.model import GlossaryTerm
from meetingkit.plain import Finding, GlossaryEntry
from meetingkit.plain.definitions import acronym_key

STORE_KINDS = ("acronym", "jargon", "allow")
WORD_CATEGORIES = ("acronym", "jargon", "latin", "person-first")  # findings about one word
_NOT_A_WORD_RULES = {"acronym-defined-twice", "all-capitals"}
_DEFAULT_JARGON_REASON = "Your committee's glossary lists this as a hard word."


def split_plain(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


def to_entry(term: GlossaryTerm, default_reason: str = _DEFAULT_JARGON_REASON) -> GlossaryEntry:
    plain = split_plain(term.plain)
    if term.kind == "acronym":
        return GlossaryEntry(term=term.term, kind="acronym", plain=plain,
                             expansion=term.meaning, explanation=term.note)
    if term.kind == "allow":
        return GlossaryEntry(term=term.term, kind="allow", explanation=term.note)
    return GlossaryEntry(term=term.term, kind="jargon", plain=plain,
                         explanation=term.meaning or default_reason)


def to_entries(terms: Iterable[GlossaryTerm], for_export: bool = False) -> tuple[GlossaryEntry, ...]:
    """Engine entries for checking, or (for_export) exactly as typed, with no default words."""
    return tuple(to_entry(term, "" if for_export else _DEFAULT_JARGON_REASON) for term in terms)


def store_values(entry: GlossaryEntry) -> dict[str, str]:
    """Keyword arguments for store.glossary.save() from an engine entry (for CSV import).
    Kinds the store does not keep (complex, clinical, latin...) are kept as hard words."""
    plain = "|".join(entry.plain)
    if entry.kind == "acronym":
        return {"term": entry.term, "kind": "acronym", "meaning": entry.expansion,
                "plain": plain, "note": entry.explanation}
    if entry.kind == "allow":
        return {"term": entry.term, "kind": "allow", "meaning": "", "plain": "",
                "note": entry.explanation}
    return {"term": entry.term, "kind": "jargon", "meaning": entry.explanation,
            "plain": plain, "note": ""}


def can_allow(finding: Finding) -> bool:
    """Whether 'always allow' makes sense: the finding is about one word or phrase."""
    return finding.category in WORD_CATEGORIES and finding.rule not in _NOT_A_WORD_RULES


def allow_term(finding: Finding) -> str:
    """The word to add to the allow-list so this finding (and others like it) go away."""
    if finding.category == "acronym":
        return acronym_key(finding.text.strip())
    return " ".join(finding.text.split()).lower()


def meaning_entries(choices: dict[str, str]) -> tuple[GlossaryEntry, ...]:
    """The meanings a committee chose for acronyms with more than one ("PAS: which meaning?"),
    as entries that settle each one (they carry no other meanings, so they are used)."""
    return tuple(GlossaryEntry(term=acronym, kind="acronym", expansion=meaning,
                               explanation="", source="committee")
                 for acronym, meaning in choices.items())
