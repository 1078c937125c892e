"""The hard words used in a paper with their plain meanings: a glossary to append to exports."""

from __future__ import annotations

from collections.abc import Iterable

from meetingkit.plain.glossary import Glossary, resolve
from meetingkit.plain.mask import mask
from meetingkit.plain.model import KIND_CATEGORY_RULE, GlossaryEntry, UsedTerm
from meetingkit.plain.scan import scan


def words_used(
    markdown: str, glossary: Glossary | Iterable[GlossaryEntry] | None = None
) -> list[UsedTerm]:
    """Acronyms (from the paper's own explanations or the glossary) and jargon found in the
    paper, each once, sorted alphabetically."""
    compiled = resolve(glossary)
    masked, _ = mask(markdown)
    result = scan(markdown, compiled, masked)
    found: dict[str, UsedTerm] = {}
    for definition in result.definitions:
        found.setdefault(definition.key, UsedTerm(definition.key, definition.long, "acronym"))
    for hit in result.acronyms:
        if hit.key in found or hit.entry is None:
            continue
        meaning = hit.entry.expansion
        if hit.entry.explanation:
            meaning = f"{meaning}: {hit.entry.explanation}" if meaning else hit.entry.explanation
        found[hit.key] = UsedTerm(hit.key, meaning, "acronym")
    long_forms = [(d.long_start, d.long_end) for d in result.definitions]
    for hit in result.terms:
        term = hit.entry.term
        if term in found or any(s <= hit.start < e for s, e in long_forms):
            continue  # part of an acronym's long form: the acronym's entry explains it
        category = KIND_CATEGORY_RULE.get(hit.entry.kind, ("jargon", ""))[0]
        plain = [p for p in hit.entry.plain if not p.startswith("(")]
        meaning = " or ".join(f"'{p}'" for p in plain[:2])
        found[term] = UsedTerm(term, f"say {meaning}" if meaning else hit.entry.explanation, category)
    return sorted(found.values(), key=lambda t: t.term.lower())
