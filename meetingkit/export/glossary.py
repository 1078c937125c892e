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
    from meetingkit.plain.trust import to_entries

    return to_entries(terms) or None
