"""One pass over a paper: the hard words, phrases and acronyms in it, and where its acronyms are
explained. check() turns a Scan into findings and rewrite() into changes."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import NamedTuple

from meetingkit.plain.codes import Code, code_finder
from meetingkit.plain.definitions import Definition, acronym_key, find_definitions
from meetingkit.plain.glossary import Glossary, normalise_key
from meetingkit.plain.mask import lower_same_length
from meetingkit.plain.model import GlossaryEntry
from meetingkit.plain.protect import name_spans

# Starts with a capital so the regex engine can skip lower-case text quickly; the word boundary
# before it (and a lower-case prefix such as the e of ePMA) is checked in Python.
_ACRONYM = re.compile(r"[A-Z](?:[A-Z&]|[a-z]{1,2}[A-Z])[\w&]*(?:-\d+)?(?:['’]s)?(?![^\W_&])")
_ROMAN = re.compile(r"M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
_NUMBERED = re.compile(r"(?:chapter|part|section|appendix|annex|annexe|table|stage|phase|schedule|"
                       r"level|class|type|grade|volume|item|figure|step|tier)[ \t]+$", re.I)
_ABBREVIATION_END = re.compile(r"(?<![^\W_])(?:e\.g|i\.e|eg|ie|dr|mr|mrs|ms|prof|no|vs|cf|approx|st)\.$", re.I)
_LEAD_IN = " \t*_#>+|\"'“‘([-"
_VOWELS = set("AEIOU")


# Hits are named tuples, made with tuple.__new__ in the loops that find them: a paper has
# thousands, and this is several times cheaper than calling a class.
class TermHit(NamedTuple):
    start: int
    end: int
    text: str
    entry: GlossaryEntry
    tag: str  # base, s, ed, ing, pl
    in_name: bool = False  # inside a proper name or a long form the paper explains: never renamed


class AcronymHit(NamedTuple):
    start: int
    end: int
    text: str
    key: str
    entry: GlossaryEntry | None
    definition: Definition | None
    status: str  # defined, before-definition, glossary-first, glossary, ambiguous-first, ambiguous,
    # unknown-first, unknown


_new_tuple = tuple.__new__


@dataclass
class Scan:
    text: str
    masked: str
    definitions: list[Definition]
    lower: str = ""  # lower_same_length(masked), made once
    terms: list[TermHit] = field(default_factory=list)
    acronyms: list[AcronymHit] = field(default_factory=list)
    codes: list[tuple[int, int, Code]] = field(default_factory=list)  # codes.py
    caps_runs: list[tuple[int, int]] = field(default_factory=list)
    conflicts: list[tuple[Definition, Definition]] = field(default_factory=list)


class Spans:
    """Fast 'is this offset inside any of these spans?' for many sorted queries."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_ends: list[int] = []
        highest = -1
        for _, end in spans:
            highest = max(highest, end)
            self.max_ends.append(highest)

    def __contains__(self, offset: int) -> bool:
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and self.max_ends[index] > offset

    def __bool__(self) -> bool:
        return bool(self.starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span shares a character with [start, end)."""
        index = bisect_right(self.starts, end - 1) - 1
        return index >= 0 and self.max_ends[index] > start


def at_sentence_start(text: str, position: int) -> bool:
    i = position - 1
    while i >= 0 and text[i] in _LEAD_IN:
        i -= 1
    if i < 0 or text[i] in "!?:\n":
        return True
    if text[i] != ".":
        return False
    return not _ABBREVIATION_END.search(text, max(0, i - 6), i + 1)


# Everyday words people write in capitals for emphasis. Only these: many real acronyms are also
# everyday words (CARE, SAFER, ACT), so being a common word is not enough.
_EMPHASIS = frozenset("""VERY MUST NOT NEVER ALWAYS ONLY PLEASE DO DON'T ALL NO NOW IMPORTANT
URGENT STOP WARNING NOTE YOU YOUR WILL SHOULD CANNOT AND BUT THE THIS THAT WHY""".split())


def _everyday(token: str) -> bool:
    """An everyday English word written in capitals for emphasis (VERY, PLEASE)."""
    return token in _EMPHASIS


def _looks_like_word(token: str) -> bool:
    """An unknown all-capitals word long enough and with enough vowels to be shouting."""
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 6 and sum(c in _VOWELS for c in letters) / len(letters) >= 0.3


def scan(text: str, glossary: Glossary, masked: str | None = None) -> Scan:
    if masked is None:
        from meetingkit.plain.mask import mask

        masked, _ = mask(text)
    definitions = find_definitions(masked)
    result = Scan(text, masked, definitions, lower_same_length(masked))
    names = Spans([(d.long_start, d.long_end) for d in definitions] + name_spans(masked))
    _find_terms(result, glossary, names)
    result.codes = code_finder(glossary.packs).find(result.lower)
    _find_acronyms(result, glossary)
    return result


def _find_terms(result: Scan, glossary: Glossary, names: Spans) -> None:
    """Glossary terms in the paper. One inside a name or an explained long form is kept only if
    it is a barrier (it may need explaining), marked so it is never renamed."""
    result.terms = glossary.matcher.hits(result.masked, result.lower or lower_same_length(
        result.masked), names.starts, names.max_ends, TermHit)


_SKIP = object()


def proven_sense(entry: GlossaryEntry, lower_text: str) -> GlossaryEntry | None:
    """For an acronym with several meanings: the one the paper itself proves by using its words
    in full ('private ambulance service' for PAS), when it uses the words of only one."""
    used = [sense for sense in entry.senses if sense[0].lower().rstrip("s") in lower_text]
    if len(used) != 1:
        return None
    meaning, explanation, _ = used[0]
    return replace(entry, expansion=meaning, explanation=explanation, plain=(), senses=(),
                   other_meanings="")


def _classify(token: str, known, allowed, by_key: dict[str, list[Definition]], lower_text: str):
    """(key, entry, is_roman, shouting, lookup key, definitions, ambiguous) for an
    acronym-shaped token, or _SKIP to ignore it."""
    key = acronym_key(token)
    bare = token[:-2] if token.endswith(("'s", "’s")) else token
    if allowed(bare) or allowed(key):
        return _SKIP
    entry = known(bare) or known(key)
    if entry is None and len(key) > 3 and key[-1] == "S" and key.isupper():
        entry = known(key[:-1])  # CQUINS: a known acronym's plural in capitals
    if entry is not None and entry.ambiguous:
        entry = proven_sense(entry, lower_text) or entry
    is_roman = bool(_ROMAN.fullmatch(key))
    shouting = False
    if entry is None:
        if is_roman:
            return _SKIP
        upper = sum(c.isupper() for c in key)
        if upper < 2 or upper < sum(c.islower() for c in key):
            return _SKIP  # McDonald, PowerPoint
        is_roman, shouting = False, key.isupper() and (_looks_like_word(key) or _everyday(key))
    lookup_key = entry.term if entry is not None else key
    definitions = by_key.get(key) or by_key.get(lookup_key) or by_key.get(key.upper())
    return (key, entry, is_roman, shouting, lookup_key, definitions,
            entry is not None and entry.ambiguous)


def _find_caps_runs(result: Scan, matches: list[tuple[int, int, str]], known, allowed) -> None:
    """Two or more capitalised words in a row, at least one a real word: shouting."""
    masked = result.masked
    # All-capital words (each spelling tested once), and the tokens before them one by one.
    shouty = {token for token in {m[2] for m in matches} if token.isupper() and token.isalpha()}
    if not shouty:
        return
    only_spaces = _ONLY_SPACES.fullmatch
    run_first = run_length = 0
    previous_end = -1
    for index, (start, end, token) in enumerate(matches):
        if token in shouty:
            if (run_length and masked[start - 1] in " \t" and masked[previous_end] in " \t"
                    and only_spaces(masked, previous_end, start)):
                run_length += 1  # separated from the last one by spaces only
            else:
                if run_length >= 2:
                    _close_run(result, matches[run_first:run_first + run_length], known, allowed)
                run_first, run_length = index, 1
            previous_end = end
        elif run_length:
            if run_length >= 2:
                _close_run(result, matches[run_first:run_first + run_length], known, allowed)
            run_length = 0
    if run_length >= 2:
        _close_run(result, matches[run_first:run_first + run_length], known, allowed)


_ONLY_SPACES = re.compile(r"[ \t]*")


def _close_run(result: Scan, run: list[tuple[int, int, str]], known, allowed) -> None:
    unknown = [t for _, _, t in run if not known(t) and not allowed(t)]
    if any(len(t) >= 4 for t in unknown):
        result.caps_runs.append((run[0][0], run[-1][1]))


def _acronym_tokens(masked: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each acronym-shaped token, with a lower-case prefix (ePMA) kept."""
    out = []
    append = out.append
    for m in _ACRONYM.finditer(masked):
        start = m.start()
        if start and masked[start - 1].isalnum():
            if not (masked[start - 1].islower() and (start < 2 or not masked[start - 2].isalnum())):
                continue
            start -= 1  # ePMA, eMAR
            end = m.end()
            append((start, end, masked[start:end]))
        else:
            append((start, m.end(), m.group()))
    return out


def _definitions_by_key(result: Scan) -> dict[str, list[Definition]]:
    """Each short form's explanations, in order; one explained two ways is a conflict."""
    by_key: dict[str, list[Definition]] = {}
    for definition in result.definitions:
        same = by_key.setdefault(definition.key, [])
        if same and normalise_key(same[0].long).rstrip("s") != normalise_key(definition.long).rstrip("s"):
            result.conflicts.append((same[0], definition))
        same.append(definition)
    return by_key


def _find_acronyms(result: Scan, glossary: Glossary) -> None:
    masked = result.masked
    known = glossary.lookup_acronym
    allowed = glossary.is_allowed
    matches = _acronym_tokens(masked)
    _find_caps_runs(result, matches, known, allowed)
    by_key = _definitions_by_key(result)
    # Tokens, term hits, codes and short forms all come in order and none of each kind overlap:
    # walk along them, don't search.
    term_ends = dict(map(_span, result.terms))  # where each term hit starts -> its end
    shorts = Spans([(d.short_start, d.short_end) for d in result.definitions])
    short_starts, short_reach = shorts.starts, shorts.max_ends
    short_count = len(short_starts)
    short_index = 0
    code_spans = [(s, e) for s, e, _ in result.codes]
    code_spans.append((_BEYOND, _BEYOND))
    code_index = 0
    code_start, code_end = code_spans[0]
    caps_runs = Spans(result.caps_runs)
    caps = result.caps_runs
    seen: set[str] = set()
    append = result.acronyms.append
    classes: dict[str, object] = {}  # a paper repeats its acronyms: classify each spelling once
    lower_text = None
    for start, end, token in matches:
        if term_ends.get(start) == end:
            continue  # the token is itself a jargon or Latin hit (NB, VIA); an acronym inside a
            # longer phrase ("RAG rating") still needs explaining as an acronym
        if code_end <= start:
            while code_end <= start:
                code_index += 1
                code_start, code_end = code_spans[code_index]
        if code_start < end:
            continue  # part of a code (#NOF)
        kind = classes.get(token)
        if kind is None:
            if lower_text is None:
                lower_text = result.lower or masked.lower()
            kind = classes[token] = _classify(token, known, allowed, by_key, lower_text)
        if kind is _SKIP:
            continue
        key, entry, is_roman, shouting, lookup_key, definitions, ambiguous = kind
        if is_roman and _NUMBERED.search(masked, max(0, start - 12), start):
            continue  # Chapter IV, Part II
        if entry is None:
            if caps_runs and start in caps_runs:
                continue
            if shouting:
                caps.append((start, end))
                continue
        while short_index < short_count and short_starts[short_index] <= start:
            short_index += 1
        if short_index and short_reach[short_index - 1] > start:
            continue  # the short form inside its own definition
        if definitions:
            definition = definitions[0]
            status = "defined" if start >= definition.start else "before-definition"
        else:
            definition = None
            if ambiguous:
                status = "ambiguous" if lookup_key in seen else "ambiguous-first"
            elif entry is not None:
                status = "glossary" if lookup_key in seen else "glossary-first"
            else:
                status = "unknown" if lookup_key in seen else "unknown-first"
        seen.add(lookup_key)
        append(_new_tuple(AcronymHit, (start, end, token, lookup_key, entry, definition, status)))
    caps.sort()


_span = itemgetter(0, 1)
_BEYOND = float("inf")
