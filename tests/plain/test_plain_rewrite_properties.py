"""Property tests for rewrite(): whatever the paper, rewriting twice changes nothing more, the
plain version never reads harder than the original, and every automatic swap in the word lists
is safe to make again and again."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingkit.plain import Glossary, apply_changes, check, plan_changes, rewrite
from meetingkit.plain.morph import surface_forms


@cache
def _forms() -> list[str]:
    """Spellings of word-list terms and acronyms, for building papers."""
    glossary = Glossary.load_default()
    forms = []
    for entry in glossary.entries[::7]:  # a spread of every list, packs included
        if entry.kind in ("allow", "name"):
            continue
        if entry.kind == "acronym":
            forms.append(entry.term)
        else:
            forms.extend(list(surface_forms(entry.term, entry.pos))[:2])
    return forms


FILLER = ["the", "team", "will", "review", "patients", "and", "staff", "said", "that", "we",
          "a", "an", "of", "to", "it", "Board", "Committee", "ward", "is", "was", "in"]
PUNCTUATION = [".", ",", ";", ":", " (", ")", ". ", "\n\n", "\n- ", " |", "“", "”", "'"]


@st.composite
def papers(draw) -> str:
    pieces = []
    for _ in range(draw(st.integers(3, 40))):
        kind = draw(st.integers(0, 9))
        if kind < 4:
            word = draw(st.sampled_from(_forms()))
            if draw(st.booleans()):
                word = word[:1].upper() + word[1:]
            pieces.append(word)
        elif kind < 8:
            pieces.append(draw(st.sampled_from(FILLER)))
        else:
            pieces.append(draw(st.sampled_from(PUNCTUATION)))
    return "# " + draw(st.sampled_from(["Update", "Report on falls", "Quality"])) + "\n\n" + \
        " ".join(pieces) + "."


SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(papers())
def test_rewriting_twice_changes_nothing_more(paper):
    once = rewrite(paper)
    again = rewrite(once.text)
    assert again.changes == [], [(c.original, c.replacement) for c in again.changes]


@SETTINGS
@given(papers())
def test_the_plain_version_never_reads_harder(paper):
    before = check(paper).stats
    after = check(rewrite(paper).text).stats
    assert after.flesch_kincaid_grade <= before.flesch_kincaid_grade + 0.05
    assert after.reading_age <= before.reading_age + 0.05


@SETTINGS
@given(papers())
def test_applying_every_automatic_change_is_the_rewrite(paper):
    planned = plan_changes(paper)
    assert apply_changes(paper, [c for c in planned if c.automatic]) == rewrite(paper).text
    starts = [c.start for c in planned]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(planned, planned[1:], strict=False))


def _automatic_entries():
    glossary = Glossary.load_default()
    return [e for e in glossary.entries
            if e.kind not in ("acronym", "allow", "name") and e.rewrite and e.plain
            and not e.plain[0].startswith("(")]


@pytest.mark.parametrize("sentence", [
    "We saw that {} today.", "{} was agreed.", "The {} and the plan.", "Staff ({}) met.",
])
def test_every_automatic_swap_is_made_once_only(sentence):
    for entry in _automatic_entries():
        text = sentence.format(entry.term)
        once = rewrite(text).text
        assert rewrite(once).changes == [], (entry.term, once)


def test_every_acronym_is_written_out_once_only():
    """Also for acronyms whose written-out form does not spell their letters (so the paper's
    new explanation is not found as a definition): the second rewrite must still leave it."""
    glossary = Glossary.load_default()
    for entry in glossary.entries:
        if entry.kind != "acronym" or not entry.expansion or entry.ambiguous:
            continue
        text = f"The {entry.term} met. The {entry.term} agreed a plan."
        once = apply_changes(text, [c for c in plan_changes(text, keep_reading_age=False)
                                    if c.automatic])
        again = [c for c in plan_changes(once, keep_reading_age=False) if c.automatic]
        assert again == [], (entry.term, once)
