"""Finding where a paper explains its acronyms: "Long Form (LF)", "LF (Long Form)",
"integrated care board (ICB)", glossary lines and tables ("AAR - After Action Review",
"| AAR | After Action Review |") and "LF stands for Long Form".

Long forms are matched to short forms with the Schwartz-Hearst algorithm: every letter and digit
of the short form must appear, in order, in the long form, the first one at the start of a word,
searching right to left so the shortest long form wins."""

from __future__ import annotations

import re
from dataclasses import dataclass

from meetingkit.plain.mask import lower_same_length

SHORT_FORM = r"[a-z]?[A-Z][a-zA-Z]{0,2}[A-Z&][\w&]*(?:-\d+)?|[A-Z]{2,}"
_PAREN = re.compile(r"\(([^()\n]{1,150})\)")
_SHORT_ONLY = re.compile(rf"\s*(?:the\s+)?({SHORT_FORM})(?:['’]?s)?\s*", re.S)
_WORD = re.compile(r"[^\s]+")
_STOPWORDS = {"and", "of", "the", "for", "to", "in", "on", "with", "a", "an", "at", "by"}
_GLOSSARY_LINE = re.compile(
    rf"^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)?(?:\*\*|__)?({SHORT_FORM})(?:\*\*|__)?[ \t]*"
    r"(?:[-–—:=|]|\*\*[-–—:=]|[-–—:=]\*\*)[ \t]*(?:\*\*|__)?([A-Za-z][^|\n]{2,150}?)[ \t|]*$",
    re.M)
# Found from the verb, then the short form is looked for just before it.
_STANDS_FOR = re.compile(r"\s(?:stands\s+for|means|is\s+short\s+for)\s+(?:the\s+)?([A-Za-z][^.;:()\n]{2,120})")
_SHORT_BEFORE = re.compile(rf"(?<![^\W_])({SHORT_FORM})(?:['’]?s)?$")


@dataclass
class Definition:
    short: str  # as written
    key: str  # normalised short form (plural removed)
    long: str
    start: int  # span of the whole definition (long and short forms)
    end: int
    long_start: int  # span of the long form: a name, kept whole
    long_end: int
    short_start: int
    short_end: int


def acronym_key(token: str) -> str:
    """ICBs -> ICB, ICB's -> ICB, NEWS2 -> NEWS2."""
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    if len(token) > 2 and token.endswith("s") and (token[-2].isupper() or token[-2].isdigit()):
        token = token[:-1]
    return token


def long_form_start(short: str, candidate: str) -> int | None:
    """Index in `candidate` where the long form for `short` starts, or None."""
    letters = [c for c in short.lower() if c.isalnum()]
    if not letters:
        return None
    text = lower_same_length(candidate)
    li = len(text) - 1
    for si in range(len(letters) - 1, -1, -1):
        char = letters[si]
        while li >= 0 and (
            text[li] != char or (si == 0 and li > 0 and text[li - 1].isalnum())
        ):
            li -= 1
        if li < 0:
            return None
        li -= 1
    start = li + 1
    # "Accident and Emergency (A&E)": a long form does not start with a little word.
    while candidate[start:].split(" ", 1)[0].lower() in _STOPWORDS:
        earlier = [m.start() for m in re.finditer(r"(?<![^\W_])\w", candidate[:start])
                   if candidate[m.start()].lower() == letters[0]]
        if not earlier:
            break
        start = earlier[-1]
    return start


def _long_form_before(text: str, paren_start: int, short: str) -> tuple[int, str] | None:
    """Look back from an opening bracket for the long form of `short`."""
    line_start = text.rfind("\n", 0, paren_start) + 1
    window_start = max(line_start, paren_start - 300)
    window = text[window_start:paren_start].rstrip()
    words = list(_WORD.finditer(window))
    if not words:
        return None
    limit = min(len(short) + 5, len(short) * 2)
    first = words[max(0, len(words) - limit)].start()
    candidate = window[first:]
    start = long_form_start(acronym_key(short), candidate)
    if start is None:
        start = long_form_start(short, candidate)
    if start is None:
        return None
    long_form = candidate[start:].strip(" *_\"'“”‘’")
    offset = window_start + first + start + (len(candidate[start:]) - len(candidate[start:].lstrip(" *_\"'“”‘’")))
    if len(long_form) <= len(short) or " " not in long_form and len(short) > 2:
        return None
    return offset, long_form


def find_definitions(text: str) -> list[Definition]:
    """All acronym definitions in (masked) text, in order."""
    found: list[Definition] = []
    if "(" in text:
        for m in _PAREN.finditer(text):
            inner = m.group(1)
            short_match = _SHORT_ONLY.fullmatch(inner)
            if short_match:  # Long Form (LF)
                short = short_match.group(1)
                result = _long_form_before(text, m.start(), short)
                if result:
                    lf_start, long_form = result
                    s_start = m.start(1) + short_match.start(1)
                    found.append(Definition(short, acronym_key(short), long_form, lf_start, m.end(),
                                            lf_start, lf_start + len(long_form), s_start,
                                            s_start + len(short)))
                continue
            # LF (Long Form): the word before the bracket is the short form
            before = re.search(rf"(?<![^\W_])({SHORT_FORM})(?:['’]?s)?\s*$", text[max(0, m.start() - 40):m.start()])
            if before and " " in inner.strip():
                short = before.group(1)
                long_form = inner.strip()
                for prefix in ("the ", "The ", "or ", "i.e. ", "ie "):
                    if long_form.startswith(prefix):
                        long_form = long_form[len(prefix):]
                if long_form_start(acronym_key(short), long_form) == 0 or long_form_start(short, long_form) == 0:
                    s_start = max(0, m.start() - 40) + before.start(1)
                    lf_start = m.start(1) + inner.index(long_form)
                    found.append(Definition(short, acronym_key(short), long_form, s_start, m.end(),
                                            lf_start, lf_start + len(long_form), s_start,
                                            s_start + len(short)))
    candidates = [(m.group(1), m.start(1), m.end(1), m.group(2), m.start(2))
                  for m in _GLOSSARY_LINE.finditer(text)]
    for m in _STANDS_FOR.finditer(text):
        before = _SHORT_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before:
            candidates.append((before.group(1), before.start(1), before.end(1), m.group(1), m.start(1)))
    for short, s_start, s_end, long_form, lf_start in candidates:
        long_form = long_form.strip().rstrip("*_ ")
        start = long_form_start(acronym_key(short), long_form)
        if start is None or start > len(long_form) // 2:
            continue
        found.append(Definition(short, acronym_key(short), long_form, s_start,
                                lf_start + len(long_form), lf_start, lf_start + len(long_form),
                                s_start, s_end))
    found.sort(key=lambda d: d.start)
    return found
