"""rewrite(): a plainer version of a paper, made only with changes that are proven safe, and the
suggestions left for a person to accept or reject.

Only words are changed: jargon becomes its plain alternative (keeping case and inflection) and
acronyms are written out the first time. A change is made by itself only where its word-list
entry says the swap is safe in this context (contexts.py), and never inside a proper name, a
quotation, a code or a short table cell (protect.py); an acronym with more than one meaning is
never written out on a guess. Everything else becomes a suggestion. Each change carries its span
in the original, so a person can accept or reject it (apply_changes). Rewriting the result again
changes nothing more."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from meetingkit.plain.collector import collector_paused
from meetingkit.plain.contexts import allowed_here
from meetingkit.plain.glossary import Glossary, normalise_key, resolve
from meetingkit.plain.mask import mask
from meetingkit.plain.messages import suggestions_for
from meetingkit.plain.model import KIND_CATEGORY_RULE, Change, GlossaryEntry, Rewrite
from meetingkit.plain.morph import plural_phrase, singular_phrase
from meetingkit.plain.protect import protected_spans
from meetingkit.plain.readability import count_words_and_syllables
from meetingkit.plain.scan import AcronymHit, Scan, Spans, TermHit, at_sentence_start, scan
from meetingkit.plain.structure import analyse

_ARTICLE_BEFORE = re.compile(r"(?<![^\W_])([Aa]n?)([ \t]+)$")
_FIRST_WORD = re.compile(r"[\w&'’]+")
_NEXT_WORD = re.compile(r"[ \t]+([\w'’]+)")
_PREVIOUS_WORD = re.compile(r"([\w'’]+)[ \t]+$")
_AN_LETTERS = set("AEFHILMNORSX")  # letter names that start with a vowel sound
_A_BEFORE_VOWEL = ("uni", "use", "usu", "uti", "eu", "ewe", "one", "once", "ure", "ufo")
_AN_BEFORE_H = ("hour", "honest", "honour", "honor", "heir")
_AFTER_STOP = re.compile(r"[ \t]*(.)", re.S)


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


def inside_brackets(text: str, offset: int) -> bool:
    """Whether `offset` is inside an unclosed ( on its line: writing an acronym out there would
    put brackets inside brackets."""
    line_start = text.rfind("\n", 0, offset) + 1
    depth = 0
    for char in text[line_start:offset]:
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
    return depth > 0


def _written_out_before(text: str, hit: AcronymHit, expansion: str) -> bool:
    """'integrated care board (ICB)': this use already follows its own expansion."""
    before = text[max(0, hit.start - len(expansion) - 8):hit.start].rstrip(" \t(")
    wanted = normalise_key(expansion).rstrip("s")
    return normalise_key(before).rstrip("s").endswith(wanted) or \
        normalise_key(before).endswith(normalise_key(plural_phrase(expansion)))


def _after_stop(text: str, end: int) -> str:
    """The first character after the full stop at text[end] on the same line ('' at its end)."""
    found = _AFTER_STOP.match(text, end + 1)
    if not found or found.group(1) == "\n":
        return ""
    return found.group(1)


def _abbreviation(hit: TermHit, text: str, replacement: str, auto: bool) -> tuple[int, str, bool]:
    """(end, replacement, automatic) for a Latin abbreviation, so no stray full stop is left:
    'eg. a plaster' -> 'for example a plaster'; 'and chairs etc.' at a line's end keeps its
    stop; before a capital letter, a full stop may end the sentence or not: a suggestion."""
    end = hit.end
    if hit.entry.kind != "latin":
        return end, replacement, auto
    if hit.text.endswith("."):
        following = _after_stop(text, end - 1)
        if not following:
            return end, replacement + ".", auto
        if following.isupper():
            return end, replacement, False
        return end, replacement, auto
    if text[end:end + 1] == ".":
        following = _after_stop(text, end)
        if not following:
            return end, replacement, auto  # the stop ends the sentence: it stays
        if following.isupper():
            return end + 1, replacement, False
        return end + 1, replacement, auto
    return end, replacement, auto


def _said_just_before(text: str, start: int, replacement: str) -> bool:
    """Whether the plain word is already in the list or pair the term stands in ('a patient or
    service user', 'patients, carers and relatives' beside 'family'): swapping would say it twice."""
    head = replacement.split()[0].lower().rstrip("s")
    if len(head) < 3:
        return False
    clause_start = max(text.rfind(mark, 0, start) for mark in (".", ";", ":", "\n", "(")) + 1
    words = re.findall(r"[\w'’-]+,?", text[max(clause_start, start - 40):start].lower())
    if words and not words[-1].endswith(","):
        words.pop()  # right next to it ("about approximately 40"): _tidy drops the double
    return any(word.rstrip("s,") == head for word in words)


def _term_changes(scan_result: Scan, protected: Spans) -> list[Change]:
    text = scan_result.text
    changes: list[Change] = []
    for hit in scan_result.terms:
        entry = hit.entry
        if hit.in_name or not entry.plain or entry.plain[0].startswith("("):
            continue
        if protected.overlaps(hit.start, hit.end):
            continue  # a quotation, a code or a rating: not even a suggestion
        replacement = suggestions_for(hit, text)[0]
        if replacement == hit.text:
            continue
        auto = entry.rewrite and allowed_here(entry.auto, text, hit.start, hit.end,
                                              at_sentence_start(text, hit.start))
        end, replacement, auto = _abbreviation(hit, text, replacement, auto)
        if auto and _said_just_before(text, hit.start, replacement):
            auto = False  # "patients, service users" must not become "patients, patients"
        category, rule = KIND_CATEGORY_RULE.get(entry.kind, ("jargon", "jargon"))
        changes.append(Change(hit.start, end, text[hit.start:end], replacement, rule, category,
                              entry.explanation, auto))
    return changes


def _acronym_changes(scan_result: Scan, protected: Spans) -> list[Change]:
    """The first use of each acronym the paper does not explain, written out from the glossary
    (or from the paper's own later explanation), where that is safe; else a suggestion."""
    text = scan_result.text
    changes: list[Change] = []
    done: set[str] = set()  # written out (or found already written out) in this paper
    suggested: set[str] = set()
    for hit in scan_result.acronyms:
        if hit.key in done:
            continue
        if hit.status == "before-definition" and hit.definition is not None:
            long_form, rule = hit.definition.long, "acronym-before-definition"
            if hit.definition.short != hit.definition.key and hit.text == hit.key:
                long_form = singular_phrase(long_form)  # explained as PSIIs, used as PSII
        elif (hit.status in ("glossary-first", "glossary") and hit.entry is not None
              and hit.entry.expansion and not hit.entry.ambiguous):
            long_form, rule = hit.entry.expansion, "acronym-expand"
        else:
            continue
        plural = hit.text != hit.key and not hit.text.endswith(("'s", "’s"))
        long_form = plural_phrase(long_form) if plural else long_form
        if _written_out_before(text, hit, long_form):
            done.add(hit.key)
            continue
        if hit.text.endswith(("'s", "’s")):  # "the ICB's plans": "the integrated care board's (ICB) plans"
            replacement = f"{long_form}{hit.text[-2:]} ({hit.text[:-2]})"
        else:
            replacement = f"{long_form} ({hit.text})"
        if at_sentence_start(text, hit.start):
            replacement = replacement[0].upper() + replacement[1:]
        auto = not protected.overlaps(hit.start, hit.end) and not inside_brackets(text, hit.start)
        if auto:
            done.add(hit.key)
        elif hit.key in suggested:
            continue
        suggested.add(hit.key)
        changes.append(Change(hit.start, hit.end, hit.text, replacement, rule, "acronym",
                              "Acronym written out the first time it is used.", auto))
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
    if before and replacement:
        first = replacement.split()[0]
        if first.lower() == before.group(1).lower():
            if " " in replacement:
                replacement = replacement.split(" ", 1)[1]
            else:  # "about approximately 40" -> "about 40": drop the word and the space before
                replacement = ""
                start = before.end(1)
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
                  change.message, change.automatic)


def _grade(words: int, syllables: int, sentences: int) -> float:
    return 0.39 * words / sentences + 11.8 * syllables / words if words else 0.0


def _reading_grade(text: str) -> float:
    masked, _ = mask(text)
    words, syllables = count_words_and_syllables(masked)
    return _grade(words, syllables, max(1, analyse(masked, False).sentences))


def _reading_age_kept(changes: list[Change], markdown: str) -> list[Change]:
    """The changes, less any automatic ones that would make the paper harder to read: the plain
    version's reading grade (Flesch-Kincaid: words per sentence and syllables per word, counted
    as check() counts them) is never above the original's. The changes estimated to raise it
    most become suggestions first; the result is then measured, not estimated."""
    masked, _ = mask(markdown)
    words, syllables = count_words_and_syllables(masked)
    if not words:
        return changes
    sentences = max(1, analyse(masked, False).sentences)
    before = _grade(words, syllables, sentences)
    deltas = []
    for index, change in enumerate(changes):
        if change.automatic:
            added_words, added_syllables = count_words_and_syllables(change.replacement)
            removed_words, removed_syllables = count_words_and_syllables(change.original)
            deltas.append((index, added_words - removed_words, added_syllables - removed_syllables))
    new_words = words + sum(d[1] for d in deltas)
    new_syllables = syllables + sum(d[2] for d in deltas)

    def cost(delta: tuple[int, int, int]) -> float:  # how much one change raises the grade
        return (_grade(new_words, new_syllables, sentences)
                - _grade(new_words - delta[1], new_syllables - delta[2], sentences))

    ordered = sorted(deltas, key=cost, reverse=True)
    demoted: set[int] = set()
    for delta in ordered:
        if _grade(new_words, new_syllables, sentences) <= before + 1e-9 or cost(delta) <= 0:
            break
        demoted.add(delta[0])
        new_words -= delta[1]
        new_syllables -= delta[2]
    # Measure the result; a change can also move a sentence end ("n.b." -> "note").
    remaining = [d[0] for d in ordered if d[0] not in demoted]
    while remaining:
        kept = [c for i, c in enumerate(changes) if c.automatic and i not in demoted]
        if _reading_grade(apply_changes(markdown, kept)) <= before + 1e-9:
            break
        demoted.add(remaining.pop(0))
    if not demoted:
        return changes
    return [_as_suggestion(c) if i in demoted else c for i, c in enumerate(changes)]


def _plan_once(markdown: str, compiled: Glossary) -> list[Change]:
    masked, _ = mask(markdown)
    scan_result = scan(markdown, compiled, masked)
    protected = Spans(protected_spans(masked, with_names=False))
    raw = (_term_changes(scan_result, protected)
           + _acronym_changes(scan_result, Spans(protected_spans(masked))))
    raw.sort(key=lambda c: (c.start, not c.automatic))
    changes: list[Change] = []
    previous_end = 0
    for change in raw:
        if change.start < previous_end:
            continue
        tidied = _tidy(change, markdown, previous_end)
        if tidied.start < previous_end:
            continue
        changes.append(tidied)
        previous_end = tidied.end
    return changes


def _as_suggestion(change: Change) -> Change:
    return replace(change, automatic=False)


def _settle(markdown: str, changes: list[Change], again: list[Change]) -> list[Change]:
    """Fold the automatic changes a second pass finds on the rewritten text (`again`) back into
    the plan, so that rewriting the result changes nothing more. One in text the first pass left
    alone (a context another change made provable) is added; one that touches a replacement
    makes that replacement a suggestion instead."""
    made = [c for c in changes if c.automatic]
    pieces = []  # (start in result, end in result, the change) for each replacement
    shift = 0
    for change in made:
        start = change.start + shift
        pieces.append((start, start + len(change.replacement), change))
        shift += len(change.replacement) - (change.end - change.start)
    demote: set[int] = set()
    added: list[Change] = []
    for new in again:
        touched = [p for p in pieces if new.start < p[1] and new.end > p[0]]
        if touched:
            demote.update(id(p[2]) for p in touched)
            continue
        before = sum(len(p[2].replacement) - (p[2].end - p[2].start) for p in pieces
                     if p[1] <= new.start)
        start, end = new.start - before, new.end - before
        if markdown[start:end] != new.original:
            continue
        added.append(Change(start, end, new.original, new.replacement, new.rule, new.category,
                            new.message, True))
    kept = [_as_suggestion(c) if id(c) in demote else c for c in changes
            if not any(c.start < a.end and c.end > a.start for a in added)]
    return sorted(kept + added, key=lambda c: c.start)


def plan_changes(
    markdown: str, glossary: Glossary | Iterable[GlossaryEntry] | None = None,
    keep_reading_age: bool = True,
) -> list[Change]:
    """Every change rewrite() would make (automatic=True) and every suggestion (automatic=False),
    in order and not overlapping. With keep_reading_age, automatic changes that would raise the
    paper's reading age become suggestions. The plan is settled so that rewriting its result
    again changes nothing more."""
    compiled = resolve(glossary)
    masked, _ = mask(markdown)
    changes = _plan_once(markdown, compiled)
    for _ in range(4):
        if keep_reading_age:
            changes = _reading_age_kept(changes, markdown)
        result = apply_changes(markdown, [c for c in changes if c.automatic])
        second = _plan_once(result, compiled)
        if keep_reading_age:  # what a second rewrite would really make
            second = _reading_age_kept(second, result)
        again = [c for c in second if c.automatic]
        if not again:
            return changes
        changes = _settle(markdown, changes, again)
    return [_as_suggestion(c) for c in changes]  # it did not settle: a person decides


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
    """A plainer version of the paper made with the automatic changes only; the suggestions are
    returned beside it for a person to choose from."""
    with collector_paused():
        planned = plan_changes(markdown, glossary)
    automatic = [c for c in planned if c.automatic]
    return Rewrite(apply_changes(markdown, automatic), automatic,
                   [c for c in planned if not c.automatic])
