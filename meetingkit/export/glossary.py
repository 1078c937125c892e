"""'Words used in this pack': every hard word and short form a partner meets in the pack, with
what it means, in plain words. Built from the plain-language engine's public functions
(meetingkit.plain: words_used, check, Glossary) and the trust's own glossary:

- an acronym: what it stands for and, where the lists have one, what that is ("MDT:
  multidisciplinary team: a team of staff from different professions");
- a hard word or phrase: its everyday meaning ("medication: medicine"), never the writing
  advice the checker gives authors ("say 'medicine'");
- a trust's own word: the meaning the trust wrote;
- a name written as a word that the lists know as a short form ("Datix");
- a short form the papers use but nobody explains (not in the lists, not written out in the
  paper): listed, and the partner is told to ask, so no term is silently left out.

The engine is imported only when needed; if it is missing, exports leave the glossary out
rather than fail."""

from __future__ import annotations

import re
from collections.abc import Iterable

from meetingkit.model import GlossaryTerm

UNEXPLAINED = ("A short form the papers do not explain. Ask the chair or the paper's author "
               "what it means.")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")


def words_used_in(texts: Iterable[str], trust_terms: Iterable[GlossaryTerm] = ()
                  ) -> list[tuple[str, str]]:
    """(term, meaning) pairs, alphabetical."""
    from meetingkit.plain import Glossary, check, words_used

    trust_terms = tuple(trust_terms)
    entries = trust_entries(trust_terms)
    markdown = "\n\n".join(t for t in texts if t and t.strip())
    if not markdown:
        return []
    glossary = Glossary.load_default().with_entries(entries or ())
    trust_meanings = {t.term.casefold(): " ".join(t.meaning.split())
                      for t in trust_terms if t.kind == "jargon" and t.meaning.strip()}
    found: dict[str, str] = {}
    for used in words_used(markdown, glossary=entries):
        meaning = _meaning(used, glossary, trust_meanings)
        if meaning:
            found.setdefault(used.term, meaning)
    _named_short_forms(markdown, glossary, found)
    for finding in check(markdown, glossary=entries).findings:
        if finding.category == "acronym" and finding.text not in found \
                and glossary.lookup_acronym(finding.text) is None:
            found[finding.text] = UNEXPLAINED
    return sorted(((term, _sentence_case(meaning)) for term, meaning in found.items()),
                  key=lambda pair: pair[0].casefold())


def _meaning(used, glossary, trust_meanings: dict[str, str]) -> str:
    if used.category == "acronym":
        # "expansion: explanation": a paper that writes a short form out gives only the
        # expansion, so the lists' explanation is added where they have one.
        entry = glossary.lookup_acronym(used.term)
        if entry is not None and entry.explanation and entry.explanation not in used.meaning:
            return f"{used.meaning}: {entry.explanation}" if used.meaning else entry.explanation
        return used.meaning
    trust = trust_meanings.get(used.term.casefold())
    if trust:
        return trust
    looked_up = glossary.lookup_term(used.term)
    if looked_up is None:
        return ""
    entry = looked_up[0]
    plain = [p for p in entry.plain if not p.startswith("(")]
    if plain:
        return ", or ".join(plain)
    return ""  # only advice to the author, no meaning to give a reader


def _named_short_forms(markdown: str, glossary, found: dict[str, str]) -> None:
    """Names such as 'Datix', which the lists hold as a short form written in capitals."""
    for word in set(_CAPITALISED_WORD.findall(markdown)):
        entry = glossary.lookup_acronym(word)
        if entry is None or word in found or entry.term in found:
            continue
        if entry.expansion.casefold() != word.casefold():
            continue  # 'Care' is not CARE: only a name the lists spell out as itself
        if entry.explanation:
            found[word] = entry.explanation


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def trust_entries(terms: Iterable[GlossaryTerm]):
    """The trust's glossary (store rows) as entries the engine understands, or None."""
    from meetingkit.plain.trust import to_entries

    return to_entries(terms) or None
