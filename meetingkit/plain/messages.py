"""What a finding says: the message and suggestions for a hard word or an acronym, made once
per spelling in a paper and shared by check() and rewrite()."""

from __future__ import annotations

import re
from collections.abc import Callable

from meetingkit.plain.model import KIND_CATEGORY_RULE
from meetingkit.plain.morph import inflect, match_case, plural_phrase, singular_phrase
from meetingkit.plain.scan import AcronymHit, TermHit

# Matched on the 30 characters before a word, reversed: the last word there, read backwards.
# A word may end (so here, start) with apostrophes, but a lone quote mark is not a word.
_LAST_WORD_REVERSED = re.compile(r"\W*?('*\w[\w']*)")


def previous_word(text: str, offset: int) -> str:
    """The word just before `offset` (within 30 characters), or ''."""
    found = _LAST_WORD_REVERSED.match(text[max(0, offset - 30):offset][::-1])
    return found.group(1)[::-1] if found else ""


def suggestions_for(hit: TermHit, text: str) -> tuple[str, ...]:
    """The entry's alternatives, inflected and capitalised to fit where the hit is."""
    entry = hit.entry
    previous = previous_word(text, hit.start) if hit.tag == "ed" else ""
    out = []
    for alternative in entry.plain:
        if alternative.startswith("("):
            out.append(alternative)
        else:
            out.append(match_case(inflect(alternative, entry.pos, hit.tag, previous), hit.text))
    return tuple(out)


def term_message(hit: TermHit, text: str) -> tuple[str, str, str, tuple[str, ...], str, str]:
    """(rule, category, message, suggestions, severity, tier) for a hard word or phrase."""
    entry = hit.entry
    category, rule = KIND_CATEGORY_RULE.get(entry.kind, ("jargon", "jargon"))
    tier = entry.finding_tier
    if hit.in_name:
        meaning = " or ".join(f"'{p}'" for p in entry.plain[:2] if not p.startswith("("))
        said = f" '{hit.text}' here means something like {meaning}." if meaning else ""
        message = (f"Part of a name (or of an acronym's long form): keep it as it is, and say "
                   f"what it means the first time.{said} {entry.explanation}")
        return rule, category, message.strip(), (), "info", tier
    suggestions = suggestions_for(hit, text)
    if suggestions:
        quoted = " or ".join(f"'{s}'" for s in suggestions[:3])
        message = f"{entry.explanation} Try {quoted}."
    else:
        message = entry.explanation
    return rule, category, message.strip(), suggestions, "warning", tier


def which_meaning(key: str, senses) -> str:
    """The question for the chair: 'PAS: which meaning?'"""
    options = "; or ".join(f"{meaning} ({explanation})" if explanation else meaning
                           for meaning, explanation, _ in senses)
    return f"{key}: which meaning? It can mean {options}."


def acronym_message(hit: AcronymHit, line_of: Callable[[int], int]) -> tuple[str, str, str, tuple[str, ...], str, str]:
    """(rule, category, message, suggestions, severity, tier) for one use of an acronym;
    `line_of` gives the line number of an offset."""
    made = _acronym_message(hit, line_of)
    return (*made, "barrier" if made[4] == "warning" else "")


def _acronym_message(hit: AcronymHit, line_of: Callable[[int], int]) -> tuple[str, str, str, tuple[str, ...], str]:
    entry, token = hit.entry, hit.text
    other = ""
    if entry is not None and entry.other_meanings and not entry.ambiguous:
        other = (f" {hit.key} can also mean {entry.other_meanings}; here it is taken to mean "
                 f"{entry.expansion}.")
    if hit.status in ("defined", "before-definition"):
        definition = hit.definition
        assert definition is not None
        where = line_of(definition.start)
        if hit.status == "defined":
            return ("acronym-defined", "acronym", f"{token}: {definition.long} (explained on line {where}).",
                    (), "info")
        long_form = definition.long
        if definition.short != definition.key and token == hit.key:
            long_form = singular_phrase(long_form)  # explained as PSIIs, used as PSII
        return ("acronym-before-definition", "acronym",
                f"{token} is used before it is explained on line {where}. Explain it the first "
                f"time it is used: {long_form} ({token}).", (f"{long_form} ({token})",),
                "warning")
    if entry is not None and entry.ambiguous and hit.status in ("ambiguous-first", "ambiguous"):
        suggestions = tuple(f"{meaning} ({token})" for meaning, _, _ in entry.senses)
        if hit.status == "ambiguous-first":
            return ("acronym-ambiguous", "acronym",
                    f"{which_meaning(hit.key, entry.senses)} This paper does not say which. Write it "
                    "out the first time, or choose the meaning for your committee.",
                    suggestions, "warning")
        return ("acronym-ambiguous", "acronym", which_meaning(hit.key, entry.senses),
                suggestions, "info")
    if entry is not None:
        expansion = entry.expansion
        plain = entry.plain
        if hit.text != hit.key and not hit.text.endswith(("'s", "’s")):  # SIs, ICBs
            expansion = plural_phrase(expansion) if expansion else ""
            plain = tuple(plural_phrase(p) for p in plain)
        written_out = f"{expansion} ({token})" if expansion else ""
        suggestion = tuple(dict.fromkeys([s for s in (written_out, *plain) if s]))
        meaning = f" It means {entry.explanation}." if entry.explanation else ""
        if hit.status == "glossary-first":
            advice = (f" Write it out the first time: {written_out}." if written_out
                      else " Explain it the first time it is used.")
            return ("acronym-undefined", "acronym", f"{token} is not explained.{advice}{meaning}{other}",
                    suggestion, "warning")
        said = f" {expansion}." if expansion else ""
        return ("acronym-glossary", "acronym", f"{token}:{said}{meaning}{other}", suggestion, "info")
    if hit.status == "unknown-first":
        return ("acronym-unknown", "acronym",
                f"{token} is not explained in this paper or in the glossary. Write it out the "
                "first time, or add it to your trust's glossary.", (), "warning")
    return ("acronym-unknown", "acronym",
            f"{token} is not explained in this paper or in the glossary.", (), "info")
