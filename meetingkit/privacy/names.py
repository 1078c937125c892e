"""Names of patients and relatives: after a title ("Mrs Edna Pike", "mrs ahmed", "MR DESMOND
HALE", "Master Leo Hartley"), a first name and surname next to an age or a patient's story
("Edith Crane, 87"; "the family of Joan Whitfield"), and initials next to an age ("JB, 72").

Staff are left alone: names the app knows (see known_staff), roles after a title ("Mr
Speaker", "Dr Chief Registrar"), and names introduced as staff ("Author: Dr A Patel", "Mr
Khan, consultant surgeon"). Doctors, professors, sisters and nurses are taken as staff unless
the text says they are the patient (an age right after the name, or "patient" before it)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from meetingkit.privacy import context
from meetingkit.privacy.context import NAME_WORD, PATIENT_TITLES, STAFF_TITLES
from meetingkit.privacy.known_staff import KnownStaff
from meetingkit.privacy.wordlists import exact, words

Span = tuple[int, int]

_TITLED = re.compile(
    r"(?<![\w])(?P<title>" + "|".join(PATIENT_TITLES + STAFF_TITLES) + r")\.?[ \t]+"
    r"(?P<initials>(?:[A-Z]\.?[ \t]+){0,2}|[A-Z]\.[A-Z]\.?[ \t]*)"
    r"(?P<words>" + NAME_WORD + r"(?:[ \t]+" + NAME_WORD + r")?)"
)
_LOWER_TITLED = re.compile(
    r"(?<![\w])(?P<title>mrs|mr|ms|mx|miss|master)\.?[ \t]+(?P<words>[a-z][a-z'’-]*[a-z]"
    r"(?:[ \t]+[a-z][a-z'’-]*[a-z])?)"
)
_UPPER_TITLED = re.compile(
    r"(?<![\w])(?P<title>MRS|MR|MS|MX|MISS|MASTER)\.?[ \t]+(?P<words>[A-Z][A-Z'’-]*[A-Z]"
    r"(?:[ \t]+[A-Z][A-Z'’-]*[A-Z])?)(?![\w])"
)
# Every capitalised word followed by one or two more (a lookahead, so "Mrs Edna Pike" is also
# seen from "Edna"); the first must be a first name from the list.
_CAPITALISED_RUN = re.compile(
    r"(?<![\w'’-])(?=(?P<run>" + NAME_WORD + r"(?:[ \t]+(?:[A-Z]\.?[ \t]+)?" + NAME_WORD
    + r"){1,2}))"
)
_LOWER_RUN = re.compile(r"(?<![\w'’-])(?=(?P<run>[a-z]{2,}[ \t]+[a-z][a-z'’-]*[a-z]))")
_INITIALS = re.compile(r"(?<![\w.])(?P<initials>[A-Z]\.?[A-Z]\.?(?:[A-Z]\.?)?)(?![\w])")


def _not_a_surname(word: str) -> bool:
    lower = word.lower().rstrip("'’s") if word.endswith(("'s", "’s")) else word.lower()
    return (lower in words("common_words.txt") or lower in words("role_words.txt")
            or lower in words("place_words.txt"))


def _without_possessive(text: str, start: int, end: int) -> tuple[int, int]:
    """"Mr Okonjo's daughter": the name is "Mr Okonjo"."""
    if text[start:end].endswith(("'s", "’s")):
        return start, end - 2
    return start, end


def _keep_name_words(found: str) -> str:
    """The leading words of `found` that can be a name (stops at "Ward", "Consultant"...)."""
    kept = []
    for word in found.split():
        if _not_a_surname(word):
            break
        kept.append(word)
    return " ".join(kept)


def titled_names(text: str, known: KnownStaff) -> Iterator[Span]:
    for match in _TITLED.finditer(text):
        name = _keep_name_words(match.group("words"))
        if not name:
            continue  # "Mr Speaker", "Dr Chief Registrar", "Ms Teams"
        end = match.start("words") + len(name)
        if _is_patient(text, match.start(), end, match.group("title"), known):
            yield _without_possessive(text, match.start(), end)
    for match in _LOWER_TITLED.finditer(text):
        first, *rest = match.group("words").split()
        if first in words("common_words.txt") or first in words("role_words.txt"):
            continue  # "mr and mrs", "ms teams", "mr speaker"
        if match.group("title") in ("miss", "master") and first not in words("first_names.txt"):
            continue  # "miss doses", "master copy"
        end = match.start("words") + len(first)
        if rest and rest[0] not in words("common_words.txt") and first in words("first_names.txt"):
            end = match.end("words")  # "mrs edna pike"
        if _is_patient(text, match.start(), end, match.group("title"), known):
            yield _without_possessive(text, match.start(), end)
    for match in _UPPER_TITLED.finditer(text):
        name_words = match.group("words").split()
        first_is_name = name_words[0].lower() in words("first_names.txt")
        plain = [w for w in name_words if not _not_a_surname(w) and w not in exact("not_initials.txt")]
        if len(plain) != len(name_words):
            continue  # "MS TEAMS", "MR SCAN"
        if match.group("title") in ("MR", "MS") and not first_is_name and len(name_words) < 2:
            continue  # "MR" and "MS" are also scans and a condition
        if _is_patient(text, match.start(), match.end(), match.group("title"), known):
            yield match.span()


def _is_patient(text: str, start: int, end: int, title: str, known: KnownStaff) -> bool:
    if known.knows_name(text[start:end]):
        return False
    evidence = context.age_after(text, end) is not None or context.patient_before(text, start)
    if title.capitalize() in STAFF_TITLES or title in STAFF_TITLES:
        return evidence  # doctors and professors are staff unless the text says otherwise
    return evidence or not context.staff_around(text, start, end)


def first_name_names(text: str, known: KnownStaff) -> Iterator[Span]:
    first_names = words("first_names.txt")
    for match in _CAPITALISED_RUN.finditer(text):
        start = match.start()
        parts = list(re.finditer(r"\S+", match.group("run")))
        if parts[0].group().lower() not in first_names or context.title_before(text, start):
            continue
        kept = 1
        while kept < len(parts) and not _not_a_surname(parts[kept].group()):
            kept += 1
        surname = [p.group().rstrip(".") for p in parts[1:kept]]
        if not surname or all(len(word) == 1 for word in surname):
            continue  # "Grace Ward", "Rose J."
        end = start + parts[kept - 1].end()
        if known.knows_name(text[start:end]):
            continue
        if context.age_after(text, end) or context.patient_before(text, start):
            yield _without_possessive(text, start, end)
        elif not context.staff_around(text, start, end) and context.patient_story(text, start,
                                                                                  end):
            yield _without_possessive(text, start, end)
    # In lower case only with strong evidence: "pt ellen marsh 82yo".
    for match in _LOWER_RUN.finditer(text):
        first, second = match.group("run").split()
        if first not in first_names or second in words("common_words.txt"):
            continue
        start, end = match.start(), match.start() + len(match.group("run"))
        if context.age_after(text, end) or context.patient_before(text, start):
            if not known.knows_name(text[start:end]):
                yield start, end


def initials_with_age(text: str, known: KnownStaff) -> Iterator[Span]:
    not_initials = exact("not_initials.txt")
    for match in _INITIALS.finditer(text):
        initials = match.group("initials")
        if initials.replace(".", "") in not_initials:
            continue
        if context.age_after(text, match.end()) or context.patient_before(text, match.start()):
            yield match.span()
