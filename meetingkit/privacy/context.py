"""What the words around a candidate say: an age right after a name, a patient's story in the
same sentence, or a role that makes the person staff. Shared by the name and place rules."""

from __future__ import annotations

import bisect
import re

from meetingkit.privacy.wordlists import phrase_pattern, words

MAX_AGE = 115

# A capitalised word that can be part of a name: ends in a lower-case letter, so "NHS", "MRN"
# and "ED" are not names.
NAME_WORD = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*[a-zß-öø-ÿ]"

_AGE_UNIT = (r"(?:-?[ \t]?years?[- ]old|-?[ \t]?yrs?(?:[ \t]+old)?(?!\w)|[ \t]?years?(?!\w)"
             r"|[ \t]?(?:yo|y/o|y\.o\.)(?!\w))")
# An age just after a name or initials: "Edith Crane, 87," "Stanley Hughes (79)", ", aged 91
# years", ", a 58-year-old woman", "ellen marsh 82yo". Without a unit the number must be
# followed by punctuation, so "Kate Lowry, 20 minutes" is not an age.
_AGE_AFTER = re.compile(
    r"(?:[ \t]*[,(–-][ \t]*|[ \t]+)(?:(?:aged|age)[ \t]+)?(?:an?[ \t]+)?"
    r"(?P<age>\d{1,3})(?P<unit>" + _AGE_UNIT + r")?"
    r"(?P<after>[ \t]*(?:[,);:]|\.(?!\d)|$))?",
    re.IGNORECASE,
)

# An exact age on its own: "84-year-old", "67 year old", "82yo", "aged 91" (not "aged 65 and
# over", "aged 18 to 25", "aged 80+").
STRONG_AGE = re.compile(
    r"(?<![\w.])(?:\d{1,3}[ \t]*[-–]?[ \t]*(?:years?|yrs?)[ \t]*[-–]?[ \t]*old"
    r"|\d{1,3}[ \t]?(?:yo|y/o|y\.o\.)"
    r"|aged[ \t]+\d{1,3}(?![\d.]|[ \t]*(?:and|or|to|-|–|\+|plus|over|under|and[ \t]+over)\b"
    r"|[ \t]*[-–+]))(?!\w)",
    re.IGNORECASE,
)

_SENTENCE_END = re.compile(r"[.!?](?=[ \t]+[A-Z\"'(]|[ \t]*$)|\n|;[ \t]")

# Titles that come before a name.
PATIENT_TITLES = ("Mrs", "Mr", "Ms", "Miss", "Mx", "Master")
STAFF_TITLES = ("Dr", "Prof", "Professor", "Sister", "Nurse")
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(PATIENT_TITLES + STAFF_TITLES) + r")\.?|\b(?:mrs|mr|ms|mx|miss|master)"
    r"|\b(?:MRS|MR|MS|MX|MISS|MASTER))[ \t]+$"
)

# Just before a name: the person is a patient or a patient's relative.
_PATIENT_BEFORE = re.compile(
    r"\b(?:patient|pt|initials|death[ \t]+of|family[ \t]+of|parents?[ \t]+of|baby[ \t]+of"
    r"|(?:son|daughter|wife|husband|mother|father|brother|sister|carer)[ \t]+of"
    r"|inquest[ \t]+into|the[ \t]+late|deceased)[ \t]*[:,\-–]?[ \t]*$",
    re.IGNORECASE,
)
_NOT_PATIENT = re.compile(r"patient[ \t]+(?:safety|experience|participation|voice|partner)",
                          re.IGNORECASE)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the sentence holding text[start:end], looking no further than 300
    characters either way (so one very long "sentence" is never read end to end)."""
    ends = _sentence_ends(text)
    index = bisect.bisect_right(ends, start)
    begin = ends[index - 1] if index else 0
    following = bisect.bisect_left(ends, end)
    finish = ends[following] - 1 if following < len(ends) else len(text)
    return max(begin, start - 300), min(finish, end + 300)


_last_text: list[tuple[str, list[int]]] = []  # the last text's sentence ends: one scan's worth


def _sentence_ends(text: str) -> list[int]:
    """Where each sentence of `text` ends (just after its full stop or line break), found once
    per text however many candidates ask."""
    cached = _last_text[0] if _last_text else None
    if cached is not None and cached[0] is text:
        return cached[1]
    ends = [match.end() for match in _SENTENCE_END.finditer(text)]
    _last_text[:] = [(text, ends)]
    return ends


def age_after(text: str, end: int) -> re.Match[str] | None:
    """The age written right after position `end` (just after a name), or None."""
    match = _AGE_AFTER.match(text, end, min(len(text), end + 40))
    if match is None or int(match.group("age")) > MAX_AGE:
        return None
    if not match.group("unit") and match.group("after") is None:
        return None  # a bare number that runs on ("20 minutes"): not an age
    if not match.group("unit") and not re.match(r"[ \t]*[,(–-]", match.group(0)):
        return None  # "Ward 7" style: a bare number straight after a word needs a unit
    return match


def title_before(text: str, start: int) -> bool:
    return bool(_TITLE_BEFORE.search(text, max(0, start - 12), start))


def patient_before(text: str, start: int) -> bool:
    """The words just before say this is a patient or a relative ("patient", "family of")."""
    return bool(_PATIENT_BEFORE.search(text, max(0, start - 30), start))


def staff_around(text: str, start: int, end: int) -> bool:
    """The name is introduced as staff: a role or staff cue just before ("The Chair, ",
    "Author: ", "chaired by ", "Apologies were received from ") or a role in apposition just
    after (", consultant surgeon", "(Medical Director)")."""
    begin, _ = sentence_around(text, start, end)
    before = text[max(begin, start - 60):start]
    cues = phrase_pattern("staff_cues.txt")
    if cues is not None and cues.search(before):
        return True
    role_before = re.search(r"([\w'-]+)(?:[ \t]+[\w'-]+){0,2}[ \t]*[,:(–-][ \t]*$", before)
    if role_before and _has_role(before[role_before.start():]):
        return True
    after = re.match(r"[ \t]*[,(–-][ \t]*(?:(?:the|a|an|our|his|her)[ \t]+)?((?:[\w'-]+[ \t]+){0,2}"
                     r"[\w'-]+)", text[end:end + 60])
    return bool(after and _has_role(after.group(1)))


def _has_role(phrase: str) -> bool:
    roles = words("role_words.txt")
    return any(word.lower() in roles for word in re.findall(r"[\w'-]+", phrase))


def patient_story(text: str, start: int, end: int) -> bool:
    """The sentence around text[start:end] tells a patient's story ("died", "family of",
    "admitted"); "patient safety" and the like do not count."""
    cues = phrase_pattern("patient_cues.txt")
    if cues is None:
        return False
    begin, finish = sentence_around(text, start, end)
    for match in cues.finditer(text, begin, finish):
        if start <= match.start() < end:
            continue
        if _NOT_PATIENT.match(text, match.start()):
            continue
        return True
    return False
