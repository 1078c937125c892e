"""Where a word-list entry's plain alternative may replace it without a person checking.

Each entry's `auto` field is "yes" (anywhere), "no" (a suggestion only) or rules separated by
";", all of which must hold:
- next:w1|w2      the next word is one of these ("ensure that" -> "make sure that")
- not-next:w1|w2  the next word is none of these ("the majority of the" needs "most of the")
- not-prev:w1|w2  the word before is none of these ("will have the ability to")
- prev:w1|w2      the word before is one of these ("staff are required to" is a duty;
                  "work is required to" is a need, and stays a suggestion)
- not-start       not at the start of a sentence ("Regarding patient safety, ...")
- not-later:w1|w2 none of these words in the rest of the clause, up to the next punctuation
                  mark or line end ("disseminate the findings to all wards" would become
                  "share the findings to all wards")
- alone           not describing a noun after it: the next word is a small word (of, and, is,
                  to...) or there is punctuation or the end of the line ("the deteriorating
                  patient pathway" must not become "the patient who is getting worse pathway")
"""

from __future__ import annotations

import re
from functools import lru_cache

# Closed-class words: after one of these, the term is not describing a noun that follows it.
FUNCTION_WORDS = frozenset("""
a an the this that these those and or but nor so yet of in on at by for with from to into onto
upon over under about after before during until since than as if when where while who whom whose
which what why how is are was were be been being am has have had having do does did will would
shall should can could may might must not no all each every both some any our their its his her
my your we they he she it i you us them there here also only just then too very more most less
least such own same other another per via against across among between within without through
""".split())
_NEXT_WORD = re.compile(r"[ \t]*([A-Za-z][\w'’-]*)")
_PREVIOUS_WORD_REVERSED = re.compile(r"[ \t]*([\w'’-]*[A-Za-z])")
_CLAUSE_REST = re.compile(r"[^.,;:!?()\n]*")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _words(value: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in value.split("|") if w.strip())


@lru_cache(maxsize=512)
def parse(auto: str) -> tuple[tuple[str, frozenset[str]], ...] | bool:
    """True (always), False (never) or the rules to check."""
    auto = auto.strip().lower()
    if auto in ("", "yes"):
        return True
    if auto == "no":
        return False
    rules = []
    for part in auto.split(";"):
        name, _, words = part.strip().partition(":")
        rules.append((name.strip(), _words(words)))
    return tuple(rules)


def next_word(text: str, end: int) -> str | None:
    """The next word on the same line, lower case, or None if punctuation or the line's end
    comes first."""
    found = _NEXT_WORD.match(text, end)
    return found.group(1).lower() if found else None


def previous_word(text: str, start: int) -> str | None:
    found = _PREVIOUS_WORD_REVERSED.match(text[max(0, start - 40):start][::-1])
    return found.group(1)[::-1].lower() if found else None


def later_words(text: str, end: int) -> frozenset[str]:
    """The words after `end` up to the clause's end, lower case."""
    rest = _CLAUSE_REST.match(text, end).group(0)
    return frozenset(word.lower() for word in _WORD.findall(rest))


def allowed_here(auto: str, text: str, start: int, end: int, sentence_start: bool) -> bool:
    """Whether an entry with this `auto` field may be swapped at text[start:end] unchecked."""
    rules = parse(auto)
    if isinstance(rules, bool):
        return rules
    for name, words in rules:
        if name == "next":
            if next_word(text, end) not in words:
                return False
        elif name == "not-next":
            if next_word(text, end) in words:
                return False
        elif name == "not-prev":
            if previous_word(text, start) in words:
                return False
        elif name == "prev":
            if previous_word(text, start) not in words:
                return False
        elif name == "not-later":
            if words & later_words(text, end):
                return False
        elif name == "not-start":
            if sentence_start:
                return False
        elif name == "alone":
            following = next_word(text, end)
            if following is not None and following not in FUNCTION_WORDS:
                return False
        else:  # an unknown rule proves nothing
            return False
    return True
