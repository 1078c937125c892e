"""rewrite(): a plainer version of a paper and the list of changes that made it.

Only words are changed: jargon becomes its plain alternative (keeping case and inflection) and
acronyms are written out. Sentence-level findings are left to the author. Each change carries
its span in the original, so a person can accept or reject it (apply_changes)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from meetingkit.plain.collector import collector_paused
from meetingkit.plain.glossary import Glossary, resolve
from meetingkit.plain.mask import mask
from meetingkit.plain.messages import suggestions_for
from meetingkit.plain.model import KIND_CATEGORY_RULE, Change, GlossaryEntry, Rewrite
from meetingkit.plain.morph import plural_phrase
from meetingkit.plain.scan import AcronymHit, Scan, at_sentence_start, scan

_ARTICLE_BEFORE = re.compile(r"(?<![^\W_])([Aa]n?)([ \t]+)$")
_FIRST_WORD = re.compile(r"[\w&'’]+")
_NEXT_WORD = re.compile(r"[ \t]+([\w'’]+)")
_PREVIOUS_WORD = re.compile(r"([\w'’]+)[ \t]+$")
_AN_LETTERS = set("AEFHILMNORSX")  # letter names that start with a vowel sound
_A_BEFORE_VOWEL = ("uni", "use", "usu", "uti", "eu", "ewe", "one", "once", "ure", "ufo")
_AN_BEFORE_H = ("hour", "honest", "honour", "honor", "heir")


def wants_an(phrase: str) -> bool:
    """Whether 'an' (not 'a') goes before this phrase."""
    found = _FIRST_WORD.search(phrase)
    if not found:
        return False
    word = found.group()
    letters = [c for c in word if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return word[0] in _AN_LETTERS  # said as letters: an MDT, a CQC
    lower = word.lower()
    if lower.startswith(_AN_BEFORE_H):
        return True
    return lower[0] in "aeiou" and not lower.startswith(_A_BEFORE_VOWEL)


def _acronym_replacement(hit: AcronymHit, text: str) -> str | None:
    entry = hit.entry
    plural = hit.text != hit.key and not hit.text.endswith(("'s", "’s"))
    possessive = hit.text.endswith(("'s", "’s"))
    if entry is not None and entry.plain and hit.status in ("glossary-first", "glossary"):
        replacement = entry.plain[0]
        replacement = plural_phrase(replacement) if plural else replacement
        if possessive:
            replacement += hit.text[-2:]
    elif hit.status == "glossary-first" and entry is not None and entry.expansion:
        expansion = plural_phrase(entry.expansion) if plural else entry.expansion
        replacement = f"{expansion} ({hit.text})"
    elif hit.status == "before-definition" and hit.definition is not None:
        replacement = f"{hit.definition.long} ({hit.text})"
    else:
        return None
    if at_sentence_start(text, hit.start):
        replacement = replacement[0].upper() + replacement[1:]
    return replacement


def _raw_changes(scan_result: Scan) -> list[Change]:
    text = scan_result.text
    changes: list[Change] = []
    for hit in scan_result.terms:
        entry = hit.entry
        if not entry.rewrite or not entry.plain or entry.plain[0].startswith("("):
            continue
        replacement = suggestions_for(hit, text)[0]
        if replacement == hit.text:
            continue
        category, rule = KIND_CATEGORY_RULE.get(entry.kind, ("jargon", "jargon"))
        changes.append(Change(hit.start, hit.end, hit.text, replacement, rule, category,
                              entry.explanation))
    first_before_definition: set[str] = set()
    for hit in scan_result.acronyms:
        if hit.status == "before-definition":
            if hit.key in first_before_definition:
                continue
            first_before_definition.add(hit.key)
        replacement = _acronym_replacement(hit, text)
        if replacement is None or replacement == hit.text:
            continue
        rule = "acronym-before-definition" if hit.status == "before-definition" else "acronym-expand"
        changes.append(Change(hit.start, hit.end, hit.text, replacement, rule, "acronym",
                              "Acronym written out."))
    changes.sort(key=lambda c: c.start)
    return changes


def _tidy(change: Change, text: str, previous_end: int) -> Change:
    """Keep the grammar whole around a change: a/an agreement, no doubled words."""
    start, end, replacement = change.start, change.end, change.replacement
    following = _NEXT_WORD.match(text, end)
    if following and replacement:
        last = replacement.split()[-1]
        if last.lower() == following.group(1).lower():
            if " " in replacement:
                replacement = replacement.rsplit(" ", 1)[0]
            else:  # "sufficient enough" -> "enough": drop the word and its space
                replacement = ""
                end = following.start(1)
    before = _PREVIOUS_WORD.search(text, max(previous_end, start - 40), start)
    if before and replacement and " " in replacement:
        first = replacement.split()[0]
        if first.lower() == before.group(1).lower():
            replacement = replacement.split(" ", 1)[1]
    article = _ARTICLE_BEFORE.search(text, max(previous_end, start - 8), start)
    if article and replacement:
        word, space = article.group(1), article.group(2)
        wanted = "an" if wants_an(replacement) else "a"
        if word.lower() != wanted:
            fixed = wanted[0].upper() + wanted[1:] if word[0].isupper() else wanted
            start = article.start()
            replacement = f"{fixed}{space}{replacement}"
    if (start, end, replacement) == (change.start, change.end, change.replacement):
        return change
    return Change(start, end, text[start:end], replacement, change.rule, change.category,
                  change.message)


def plan_changes(
    markdown: str, glossary: Glossary | Iterable[GlossaryEntry] | None = None
) -> list[Change]:
    """The changes rewrite() would make, in order and not overlapping."""
    compiled = resolve(glossary)
    masked, _ = mask(markdown)
    changes: list[Change] = []
    previous_end = 0
    for change in _raw_changes(scan(markdown, compiled, masked)):
        if change.start < previous_end:
            continue
        tidied = _tidy(change, markdown, previous_end)
        if tidied.start < previous_end:
            continue
        changes.append(tidied)
        previous_end = tidied.end
    return changes


def apply_changes(markdown: str, changes: Iterable[Change]) -> str:
    """Apply the chosen changes (any subset of a rewrite's changes) to the original markdown.
    Raises ValueError if a change does not fit the text or two changes overlap."""
    pieces = []
    position = 0
    for change in sorted(changes, key=lambda c: c.start):
        if change.start < position:
            raise ValueError(f"changes overlap at offset {change.start}")
        if markdown[change.start:change.end] != change.original:
            raise ValueError(f"change at offset {change.start} does not match the text")
        pieces.append(markdown[position:change.start])
        pieces.append(change.replacement)
        position = change.end
    pieces.append(markdown[position:])
    return "".join(pieces)


def rewrite(markdown: str, glossary: Glossary | Iterable[GlossaryEntry] | None = None) -> Rewrite:
    """A plainer version of the paper and the changes that produced it."""
    with collector_paused():
        changes = plan_changes(markdown, glossary)
    return Rewrite(apply_changes(markdown, changes), changes)
