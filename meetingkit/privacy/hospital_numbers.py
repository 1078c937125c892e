"""A trust's own number for a patient (hospital number, MRN, unit number, PAS number) after the
words that introduce one ("MRN: 00428817", "hospital number K4827193", "unit number
RX1-302744"). Without such words a number is left alone: Datix and StEIS references, policy
numbers and statistics look the same."""

from __future__ import annotations

import re
from collections.abc import Iterator

from meetingkit.privacy.wordlists import phrase_pattern

Span = tuple[int, int]
MIN_DIGITS = 5

_NUMBER_AFTER_CUE = re.compile(
    r"[ \t]*(?:[:#=.(–-][ \t]*)?(?:(?:was|is|of|no\.?|number|given[ \t]+as)[ \t]*[:#.-]?[ \t]*){0,2}"
    r"(?P<id>[A-Za-z]{0,4}\d[\dA-Za-z]*(?:[ /-]\d[\dA-Za-z]*){0,3})(?![\w])"
)


def hospital_numbers(text: str) -> Iterator[Span]:
    cues = phrase_pattern("hospital_number_cues.txt")
    if cues is None:
        return
    for cue in cues.finditer(text):
        match = _NUMBER_AFTER_CUE.match(text, cue.end(), min(len(text), cue.end() + 40))
        if match is None:
            continue
        found = match.group("id")
        if sum(ch.isdigit() for ch in found) >= MIN_DIGITS:
            yield match.span("id")
