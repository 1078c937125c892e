"""The rewrite adds no grammar slip a sentence did not have (tests/plain/grammar_rules.py): over
every paper of our own, and over list terms dropped into everyday sentences by hypothesis."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingkit.plain import rewrite
from meetingkit.plain.glossary import shipped_entries
from tests.plain.grammar_rules import added_slips, slips

HERE = Path(__file__).parent
PAPERS = sorted((HERE / "fixtures").glob("*.md")) + sorted((HERE / "papers").glob("*.md"))
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _changed_sentences(text: str):
    """(before, after) for each sentence a rewrite changed."""
    result = rewrite(text)
    for change in result.changes:
        start = max(text.rfind(". ", 0, change.start) + 1, text.rfind("\n", 0, change.start) + 1)
        ends = [i for i in (text.find(". ", change.end), text.find("\n", change.end)) if i >= 0]
        end = min(ends) + 1 if ends else len(text)
        before = text[start:end]
        after = before[:change.start - start] + change.replacement + before[change.end - start:]
        yield before, after


def test_the_rules_catch_each_kind_of_slip():
    assert slips("We need a update and an plan.")["article"] == 2
    assert slips("Staff will to to the meeting.")["doubled word"] == 1
    assert slips("We aim to did it; staff must improved it.")["past form after to or a modal"] == 2
    assert slips("For example . It is done..")["space before punctuation"] == 1
    assert slips("It is done.. Then.")["doubled full stop"] == 1
    assert slips("The board (the integrated care board (ICB)) met")["brackets inside brackets"] == 1
    assert slips("An NHS trust, an MRI scan, a unit, an hour and a one-off.") == {}


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.name)
def test_rewriting_our_papers_adds_no_slip(paper):
    text = paper.read_text(encoding="utf-8")
    for before, after in _changed_sentences(text):
        assert not added_slips(before, after), (before, after)


_TERMS = sorted({(e.term, e.pos) for e in shipped_entries()
                 if e.kind not in ("acronym", "allow", "name") and e.plain and e.rewrite
                 and e.auto == "yes"})
_TEMPLATES = {
    "v": ["We will {t} the plan next month.", "To {t} the plan, staff met.",
          "The team has {ed} the plan.", "Staff are {ing} the plan."],
    "n": ["The {t} is on the agenda.", "We looked at an {t} and a {t} today.",
          "Each {t} was discussed."],
    "a": ["It was a {t} plan.", "The plan is {t}."],
    "": ["We talked about {t} in May.", "In May, {t} the plan changed."],
}


def _fill(template: str, term: str) -> str:
    from meetingkit.plain.morph import verb_forms

    if "{ed}" in template or "{ing}" in template:
        head, *rest = term.split(" ")
        forms = verb_forms(head)
        return template.format(ed=" ".join([forms["en"], *rest]),
                               ing=" ".join([forms["ing"], *rest]))
    return template.format(t=term)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_TERMS), st.data())
def test_an_automatic_swap_in_an_everyday_sentence_adds_no_slip(term_pos, data):
    term, pos = term_pos
    template = data.draw(st.sampled_from(_TEMPLATES.get(pos, _TEMPLATES[""])))
    sentence = _fill(template, term)
    after = rewrite(sentence).text
    assert not added_slips(sentence, after), (sentence, after)


def test_a_swap_that_would_double_a_word_drops_the_word_instead():
    assert rewrite("We talked about approximately 40 cases.").text == "We talked about 40 cases."
    assert rewrite("We saw approximately 40 cases.").text == "We saw about 40 cases."
    assert rewrite("We need sufficient enough staff.").text == "We need enough staff."
