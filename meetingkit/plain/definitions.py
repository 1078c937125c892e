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
# A short form made of shorter ones: CP-IS, JHG(SW). The paper's words for each part are
# recorded too, as the acronym finder meets the parts one at a time.
_COMPOUND = rf"(?:{SHORT_FORM})(?:-(?:{SHORT_FORM})|\((?:{SHORT_FORM})\))+"
_PAREN = re.compile(r"\(([^()\n]{1,150})\)")
_NESTED = re.compile(rf"\((\s*(?:the\s+)?((?:{SHORT_FORM})\((?:{SHORT_FORM})\))\s*)\)")
# The short form may be quoted: "United Nations Convention on the Rights of the Child ('UNCRC')".
_SHORT_ONLY = re.compile(
    rf"\s*(?:the\s+)?(?P<quote>['‘\"“])?(?P<short>{_COMPOUND}|{SHORT_FORM})(?:['’]?s)?(?(quote)['’\"”])\s*", re.S)
# "CP-IS within the record (Child Protection Information Sharing)": a short form a few words
# before the bracket, taken only when the bracket's words start with its letters, one a word.
_SHORT_NEAR = re.compile(rf"(?<![^\W_])({_COMPOUND}|{SHORT_FORM})(?:['’]?s)?(?=(?:[ \t]+[\w'’-]+){{1,4}}[ \t]*\Z)")
_PART = re.compile(r"[^-()]+")
_STOPWORDS = {"and", "of", "the", "for", "to", "in", "on", "with", "a", "an", "at", "by"}
# Matched on the text with a line break put in front, starting from the line break: a pattern
# that starts with a literal character is found quickly, one that starts with ^ is tried at every
# character of the paper.
_GLOSSARY_LINE = re.compile(
    rf"\n[ \t]*(?:[-*+][ \t]+|\|[ \t]*)?(?:\*\*|__)?({SHORT_FORM})(?:\*\*|__)?[ \t]*"
    r"(?:[-–—:=|]|\*\*[-–—:=]|[-–—:=]\*\*)[ \t]*(?:\*\*|__)?([A-Za-z][^|\n]{2,150}?)[ \t|]*(?=\n|\Z)")
# Found from the verb, then the short form is looked for just before it. Each pattern starts
# with the verb's first letter (a literal, for speed) and then checks the space before it, so a
# verb inside a longer word ("demeans") is not a match and hides nothing after it.
_LONG_FORM_AFTER = r"\s+(?:the\s+)?([A-Za-z][^.;:()\n]{2,120})"
_STANDS_FOR = tuple(re.compile(f"{verb[0]}(?<=\\s{verb[0]}){verb[1:]}{_LONG_FORM_AFTER}")
                    for verb in (r"stands\s+for", "means", r"is\s+short\s+for"))
# "Northfield Health and Care NHS Foundation Trust (hereafter referred to as NHC)": the long
# form comes first, and may be followed by words that are not in the short form ("NHS Trust").
_CALLED = re.compile(
    r"(?<![^\W_])(?:hereafter|hereinafter|henceforth|referred[ \t]+to[ \t]+as|known[ \t]+as)"
    r"(?:[ \t]+(?:referred[ \t]+to[ \t]+as|called|known[ \t]+as))?[ \t]+(?:the[ \t]+)?"
    rf"['‘\"“]?({SHORT_FORM})(?![\w-])")
# Where a match of _CALLED can start: each word it may start with, at the start of a word. Each
# pattern starts with its literal, which the regex engine finds quickly; _CALLED itself starts
# with a choice of words and would be tried at every character of the paper.
_CALLED_STARTS = tuple(re.compile(f"{word}(?<![^\\W_]{word})")
                       for word in ("here", "henceforth", "referred", "known"))
_SHORT_BEFORE = re.compile(rf"(?<![^\W_])({SHORT_FORM})(?:['’]?s)?$")
_SHORT_AT_END = re.compile(rf"(?<![^\W_])({SHORT_FORM})(?:['’]?s)?\s*\Z")


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


_WORD_START = re.compile(r"(?<![^\W_])[^\W_]\S*")


def _initials_start(letters: list[str], candidate: str) -> int | None:
    """Where the shortest run of words at the end of `candidate` whose first letters spell
    `letters` starts (little words such as 'and' or 'of' may be skipped): 'safety management
    systems' for SMS, where a letter-by-letter search would stop inside 'systems'."""
    needed = len(letters) - 1
    # Last word first; most candidates are settled by their last word or two.
    for m in reversed(list(_WORD_START.finditer(candidate))):
        word = m.group().lower()
        if word in _STOPWORDS:
            continue
        if word[0] != letters[needed]:
            return None
        needed -= 1
        if needed < 0:
            return m.start()
    return None


def long_form_start(short: str, candidate: str) -> int | None:
    """Index in `candidate` where the long form for `short` starts, or None."""
    letters = [c for c in short.lower() if c.isalnum()]
    if not letters:
        return None
    if len(letters) >= 2 and letters == [c for c in short.lower() if c.isalpha()]:
        by_initials = _initials_start(letters, candidate)
        if by_initials is not None:
            return by_initials
    text = lower_same_length(candidate)
    # Each letter of the short form, last first, at or before the one after it...
    found = len(text)
    for letter in reversed(letters[1:]):
        found = text.rfind(letter, 0, found)
        if found < 0:
            return None
    # ...and the first letter at the start of a word.
    while True:
        found = text.rfind(letters[0], 0, found)
        if found < 0:
            return None
        if found == 0 or not text[found - 1].isalnum():
            break
    start = found
    # "Accident and Emergency (A&E)": a long form does not start with a little word.
    while candidate[start:].split(" ", 1)[0].lower() in _STOPWORDS:
        earlier = [m.start() for m in re.finditer(r"(?<![^\W_])\w", candidate[:start])
                   if candidate[m.start()].lower() == letters[0]]
        if not earlier:
            break
        start = earlier[-1]
    return start


def _long_form_before(text: str, paren_start: int, short: str,
                      limit: int | None = None) -> tuple[int, str] | None:
    """Look back from an opening bracket (or a phrase such as 'hereafter') for the long form of
    `short`, in its last `limit` words (by default a few more than the short form's letters)."""
    line_start = text.rfind("\n", 0, paren_start) + 1
    window_start = max(line_start, paren_start - 300)
    window = text[window_start:paren_start].rstrip(" \t,(")
    if not window.strip():
        return None
    limit = limit or min(len(short) + 5, len(short) * 2)
    words = window.rsplit(None, limit)  # the last `limit` words, and what comes before them
    if len(words) > limit:
        first = len(words[0])
        while window[first].isspace():
            first += 1
    else:
        first = len(window) - len(window.lstrip())
    candidate = window[first:]
    start = long_form_start(acronym_key(short), candidate)
    if start is None:
        start = long_form_start(short, candidate)
    if start is None:
        return None
    long_form = candidate[start:].strip(" *_\"'“”‘’")
    offset = window_start + first + start + (len(candidate[start:]) - len(candidate[start:].lstrip(" *_\"'“”‘’")))
    if not _long_enough(short, long_form):
        return None
    return offset, long_form


def _long_enough(short: str, long_form: str) -> bool:
    """A long form is longer than its short form, and is words unless the short form is two
    letters (a word can explain 'GP' but not 'PALS')."""
    return len(long_form) > len(short) and (" " in long_form or len(short) <= 2)


def _stands_for(text: str) -> list[tuple[str, int, int, str, int]]:
    """'LF stands for Long Form', 'LF means ...', 'LF is short for ...', as one search from left to
    right would find them (a match hides any other that starts inside it)."""
    matches = sorted((m.start(), m.end(), m) for pattern in _STANDS_FOR
                     for m in pattern.finditer(text))
    out = []
    covered = 0
    for start, end, m in matches:
        if start - 1 < covered:
            continue
        covered = end
        before = _SHORT_BEFORE.search(text, max(0, start - 31), start - 1)
        if before:
            out.append((before.group(1), before.start(1), before.end(1), m.group(1), m.start(1)))
    return out


def _with_parts(definition: Definition) -> list[Definition]:
    """A compound short form (CP-IS, JHG(SW)) and, when its long form's words start with its
    letters one a word, each part with its own words (CP: Child Protection)."""
    out = [definition]
    parts = [(m.start(), m.group()) for m in _PART.finditer(definition.short)]
    if len(parts) < 2 or not all(p.isalpha() for _, p in parts):
        return out
    words = [m for m in _WORD_START.finditer(definition.long) if m.group().lower() not in _STOPWORDS]
    letters = "".join(p for _, p in parts).lower()
    if len(words) != len(letters) or any(w.group()[0].lower() != c for w, c in zip(words, letters, strict=True)):
        return out
    used = 0
    for offset, part in parts:
        first, last = words[used], words[used + len(part) - 1]
        used += len(part)
        if len(part) < 2:
            continue
        long_form = definition.long[first.start():last.end()].rstrip(",;:")
        long_start = definition.long_start + first.start()
        short_start = definition.short_start + offset
        out.append(Definition(part, part, long_form, definition.start, definition.end, long_start,
                              long_start + len(long_form), short_start, short_start + len(part)))
    return out


def _short_then_long(text: str, m: re.Match) -> Definition | None:
    """LF (Long Form), or LF and a few words, then (Long Form)."""
    inner = m.group(1)
    long_form = inner.strip()
    for prefix in ("the ", "The ", "or ", "i.e. ", "ie "):
        if long_form.startswith(prefix):
            long_form = long_form[len(prefix):]
    window_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 60)
    window = text[window_start:m.start()]
    before = _SHORT_AT_END.search(window)
    if before:
        short = before.group(1)
        if not (long_form_start(acronym_key(short), long_form) == 0
                or long_form_start(short, long_form) == 0):
            return None
    else:
        before = _SHORT_NEAR.search(window)
        if not before:
            return None
        short = before.group(1)
        letters = [c for c in short.lower() if c.isalnum()]
        if not all(c.isalpha() for c in letters) or _initials_start(letters, long_form) != 0 \
                or len([w for w in _WORD_START.findall(long_form) if w.lower() not in _STOPWORDS]) != len(letters):
            return None
    s_start = window_start + before.start(1)
    lf_start = m.start(1) + inner.index(long_form)
    return Definition(short, acronym_key(short), long_form, s_start, m.end(), lf_start,
                      lf_start + len(long_form), s_start, s_start + len(short))


def _bracket_definitions(text: str) -> list[Definition]:
    found: list[Definition] = []
    nested = [(m.start(), m.end(), m) for m in _NESTED.finditer(text)] if "))" in text else []
    nested_spans = [(s, e) for s, e, _ in nested]
    for m in sorted([m for m in _PAREN.finditer(text)
                     if not any(s <= m.start() < e for s, e in nested_spans)]
                    + [m for _, _, m in nested], key=lambda m: m.start()):
        inner = m.group(1)
        short_match = _SHORT_ONLY.fullmatch(inner)
        if short_match:  # Long Form (LF)
            short = short_match.group("short")
            result = _long_form_before(text, m.start(), short)
            if result:
                lf_start, long_form = result
                s_start = m.start(1) + short_match.start("short")
                found.extend(_with_parts(Definition(
                    short, acronym_key(short), long_form, lf_start, m.end(), lf_start,
                    lf_start + len(long_form), s_start, s_start + len(short))))
            continue
        if " " not in inner.strip():
            continue
        definition = _short_then_long(text, m)
        if definition is not None:
            found.extend(_with_parts(definition))
    return found


def _called(text: str) -> list[Definition]:
    """'... NHS Foundation Trust (hereafter referred to as GHC)', '... (known as the JSNA)'."""
    found = []
    for m in _called_matches(text):
        short = m.group(1)
        result = _long_form_before(text, m.start(), short, limit=len(short) + 5)
        if result is None:
            continue
        lf_start, long_form = result
        found.append(Definition(short, acronym_key(short), long_form, lf_start, m.end(), lf_start,
                                lf_start + len(long_form), m.start(1), m.end(1)))
    return found


def _called_matches(text: str) -> list[re.Match]:
    """_CALLED.finditer(text), found faster: every match starts at one of the words in
    _CALLED_STARTS, so it is tried only there, leftmost first and never overlapping."""
    matches = []
    resume = 0
    for start in sorted(m.start() for pattern in _CALLED_STARTS for m in pattern.finditer(text)):
        if start >= resume and (m := _CALLED.match(text, start)):
            matches.append(m)
            resume = m.end()
    return matches


def find_definitions(text: str) -> list[Definition]:
    """All acronym definitions in (masked) text, in order."""
    found = _bracket_definitions(text) if "(" in text else []
    lined = "\n" + text  # offsets in `lined` are one more than in `text`
    candidates = [(m.group(1), m.start(1) - 1, m.end(1) - 1, m.group(2), m.start(2) - 1)
                  for m in _GLOSSARY_LINE.finditer(lined)]
    candidates.extend(_stands_for(text))
    found.extend(_called(text))
    for short, s_start, s_end, long_form, lf_start in candidates:
        long_form = long_form.strip().rstrip("*_ ")
        if not _long_enough(short, long_form):
            continue  # "| SpHA | SpHA |" repeats the short form; it explains nothing
        start = long_form_start(acronym_key(short), long_form)
        if start is None or start > len(long_form) // 2:
            continue
        found.append(Definition(short, acronym_key(short), long_form, s_start,
                                lf_start + len(long_form), lf_start, lf_start + len(long_form),
                                s_start, s_end))
    found.sort(key=lambda d: d.start)
    return found
