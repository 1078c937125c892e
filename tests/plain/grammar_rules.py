"""A small rule-based grammar check for the rewrite's tests (no parser or model to download):
the kinds of slip a word swap can make. Each rule is rough on its own, so the tests compare a
sentence before and after a rewrite: the rewrite may not add a slip the original did not have.

Rules: 'a' or 'an' that does not suit the next word; a word written twice; a space before a
full stop or comma, or a doubled full stop; a bracket opened inside brackets or left open; a
past form after 'to' or a modal verb ('to did', 'must improved')."""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Words that start with a vowel letter but a consonant sound, and the reverse.
_CONSONANT_SOUND = re.compile(r"(?:uni|use|usu|ura|ure|one|once|eu|ewe|ubiq)", re.I)
_VOWEL_SOUND = re.compile(r"(?:hour|honest|honou?r|heir)", re.I)
_LETTERS_SAID_WITH_A_VOWEL = set("AEFHILMNORSX")  # an MRI, an NHS trust, an X-ray
_PAST = {"did", "done", "went", "gone", "made", "took", "taken", "gave", "given", "was",
         "were", "had", "saw", "seen", "wrote", "written", "began", "begun", "brought",
         "sought", "undertook", "undertaken", "underwent", "undergone"}
_MODALS = {"must", "should", "will", "would", "can", "could", "may", "might", "shall"}
_ED_NOT_PAST = {"need", "feed", "bleed", "speed", "seed", "breed", "exceed", "proceed",
                "succeed", "heed", "shed", "bed", "red", "wed", "embed"}


def _wants_an(word: str) -> bool:
    if word.isupper() and len(word) > 1:  # an acronym read letter by letter (most are)
        return word[0] in _LETTERS_SAID_WITH_A_VOWEL
    if _VOWEL_SOUND.match(word):
        return True
    if word[0].lower() in "aeiou":
        return not _CONSONANT_SOUND.match(word)
    return False


def slips(sentence: str) -> Counter[str]:
    """How many of each kind of slip the sentence has."""
    found: Counter[str] = Counter()
    words = [m.group() for m in _WORD.finditer(sentence)]
    for first, second in zip(words, words[1:], strict=False):
        lower = first.lower()
        if lower in ("a", "an") and second[0].isalpha():
            if (lower == "an") != _wants_an(second):
                found["article"] += 1
        if lower == second.lower() and lower not in ("that", "had"):
            found["doubled word"] += 1
        if first in _MODALS or first == "to":  # as written: 'May' is a month
            following = second.lower()
            if following in _PAST - {"was", "were", "had"} or (
                    first in _MODALS and following.endswith("ed") and following not in
                    _ED_NOT_PAST and len(following) > 4):
                found["past form after to or a modal"] += 1
    found["space before punctuation"] += len(re.findall(r"\s[.,;:](?!\d)", sentence))
    found["doubled full stop"] += len(re.findall(r"(?<!\.)\.\s*\.(?!\.)", sentence))
    depth = 0
    for char in sentence:
        if char == "(":
            depth += 1
            if depth > 1:
                found["brackets inside brackets"] += 1
        elif char == ")":
            depth = max(0, depth - 1)
    if depth:
        found["bracket left open"] += 1
    return +found


def added_slips(before: str, after: str) -> Counter[str]:
    """The slips `after` has that `before` did not."""
    return +(slips(after) - slips(before))
