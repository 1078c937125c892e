"""'Words used in this pack': the hard words and acronyms in the exported text with their plain
meanings, from the plain-language engine (meetingkit.plain) and the trust's own glossary.

The engine is imported only when needed; if it is missing, exports simply leave the glossary
out rather than fail."""

from __future__ import annotations

from collections.abc import Iterable

from meetingkit.model import GlossaryTerm


def words_used_in(texts: Iterable[str], trust_terms: Iterable[GlossaryTerm] = ()
                  ) -> list[tuple[str, str]] | None:
    """(term, plain meaning) pairs, alphabetical, or None when the engine is not available."""
    try:
        from meetingkit.plain import words_used
    except ImportError:
        return None
    entries = trust_entries(trust_terms)
    markdown = "\n\n".join(t for t in texts if t and t.strip())
    if not markdown:
        return []
    return [(used.term, used.meaning) for used in words_used(markdown, glossary=entries)
            if used.meaning]


def trust_entries(terms: Iterable[GlossaryTerm]):
    """The trust's glossary (store rows) as entries the engine understands, or None."""
    terms = list(terms)
    if not terms:
        return None
    from meetingkit.plain import GlossaryEntry

    entries = []
    for term in terms:
        plain = (term.plain,) if term.plain else ()
        if term.kind == "acronym":
            entries.append(GlossaryEntry(term.term, "acronym", plain=plain, expansion=term.meaning,
                                         explanation=term.note))
        elif term.kind == "allow":
            entries.append(GlossaryEntry(term.term, "allow", explanation=term.note))
        else:
            entries.append(GlossaryEntry(term.term, "jargon", plain=plain,
                                         explanation=term.meaning or term.note))
    return entries
