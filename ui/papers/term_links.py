"""Glossary explanations for the Plain view: which hard words and short forms a paper uses,
what each means in plain words, and the rendered paper with each one made a link that can be
reached with Tab. Qt-free, so it can be tested alone."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from meetingkit.plain import GlossaryEntry, check, words_used
from meetingkit.plain.definitions import acronym_key
from meetingkit.plain.glossary import Glossary, resolve

TERM_SCHEME = "term:"
_WORD_CATEGORIES = ("jargon", "latin", "person-first")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
_NO_LINKS_INSIDE = {"a", "code", "pre"}


def explanations(markdown: str, glossary: Glossary | Iterable[GlossaryEntry] = ()
                 ) -> dict[str, str]:
    """{words as written in the paper: what they mean, in plain words}. `glossary` is the
    committee's compiled word lists, or a trust's entries to add to the shipped ones."""
    compiled = resolve(glossary if isinstance(glossary, Glossary) else tuple(glossary))
    used = {term.term: term for term in words_used(markdown, compiled)}
    found: dict[str, str] = {}
    for finding in check(markdown, compiled).findings:
        surface = finding.text
        if surface in found or "\n" in surface:
            continue
        if finding.category == "acronym":
            key = acronym_key(surface)
            term = used.get(key)
            if term is not None and term.meaning:
                found[surface] = f"{key} stands for {term.meaning}."
        elif finding.category in _WORD_CATEGORIES:
            match = compiled.lookup_term(surface)
            if match is None:
                continue
            entry = match[0]
            plain = [p for p in finding.suggestions if p and not p.startswith("(")]
            if plain:
                found[surface] = (f"'{surface}' in plain words: "
                                  + " or ".join(f"'{p}'" for p in plain[:3]) + ".")
            elif entry.explanation:
                found[surface] = f"'{surface}': {entry.explanation}"
    return found


def link_terms(page_html: str, meanings: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """The HTML with each explained word made a `term:N` link, and the list of (words,
    explanation) that N counts into. Words inside links, code or tags are left alone."""
    if not meanings:
        return page_html, []
    surfaces = sorted(meanings, key=len, reverse=True)
    escaped = [html.escape(s, quote=False) for s in surfaces]
    alternatives = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in escaped)
    pattern = re.compile(rf"(?<![\w&])(?:{alternatives})(?![\w])")
    index_of = {e: surfaces[i] for i, e in enumerate(escaped)}
    terms: list[tuple[str, str]] = []
    out: list[str] = []
    inside = 0

    def wrap(match: re.Match[str]) -> str:
        words = " ".join(match.group().split())
        surface = index_of.get(words) or index_of.get(match.group())
        if surface is None:
            return match.group()
        terms.append((surface, meanings[surface]))
        return f'<a href="{TERM_SCHEME}{len(terms) - 1}">{match.group()}</a>'

    for piece in _TAG_OR_TEXT.split(page_html):
        if piece.startswith("<"):
            name = piece.strip("</>").split()[0].lower() if piece.strip("</>") else ""
            if name in _NO_LINKS_INSIDE:
                inside += -1 if piece.startswith("</") else 1
            out.append(piece)
        elif inside > 0 or not piece:
            out.append(piece)
        else:
            out.append(pattern.sub(wrap, piece))
    return "".join(out), terms
