"""rewrite() and apply_changes(): plain words in, grammar and markdown kept whole."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from meetingkit.plain import apply_changes, check, plan_changes, rewrite

FIXTURES = Path(__file__).parent / "fixtures"
PAPERS = sorted(FIXTURES.glob("*.md"))


def shape(markdown: str) -> tuple:
    """Counts of markdown structures that a rewrite must keep."""
    lines = markdown.split("\n")
    return (
        sum(1 for line in lines if re.match(r"#{1,6} ", line)),
        sum(1 for line in lines if re.match(r"\s*(?:[-*+]|\d+\.) ", line)),
        sum(1 for line in lines if line.lstrip().startswith("|")),
        markdown.count("`"), markdown.count("]("), len(lines),
        re.findall(r"https?://\S+|[\w.]+@[\w.]+", markdown),
    )


@pytest.mark.parametrize("path", PAPERS, ids=lambda p: p.name)
def test_rewrite_is_idempotent_and_keeps_markdown_shape(path):
    original = path.read_text(encoding="utf-8")
    once = rewrite(original)
    twice = rewrite(once.text)
    assert twice.changes == []
    assert twice.text == once.text
    assert shape(once.text) == shape(original)


def test_rewrite_of_the_psirf_paper_removes_rewritable_jargon():
    original = (FIXTURES / "psirf_update.md").read_text(encoding="utf-8")
    result = automatic(original)
    assert "utilise" not in result and "going forward" not in result.lower()
    assert "integrated care board (ICB)" in result
    assert "a multidisciplinary team (MDT)" in result  # "an MDT" -> "a multidisciplinary ..."
    assert "DNA" in result and "missed appointment" not in result  # DNA has two meanings
    after = check(result)
    assert not [f for f in after.findings if f.rule == "acronym-undefined" and f.text in ("ICB", "MDT")]
    assert rewrite(original).text != original


def automatic(text: str) -> str:
    """The text with only the changes proven safe, whatever they do to the reading age."""
    return apply_changes(text, [c for c in plan_changes(text, keep_reading_age=False) if c.automatic])


@pytest.mark.parametrize("before, after", [
    ("We utilise it.", "We use it."),
    ("We utilised it.", "We used it."),
    ("We are utilising it.", "We are using it."),
    ("Utilise it.", "Use it."),
    ("We need sufficient enough staff.", "We need enough staff."),
    ("In order to help.", "To help."),
    ("An MDT met.", "A multidisciplinary team (MDT) met."),
    ("SIRIs fell.", "Serious incidents requiring investigation (SIRIs) fell."),
    ("Service users were asked.", "Patients were asked."),
    ("Staff, e.g. nurses, came.", "Staff, for example nurses, came."),
    ("We saw an A&E nurse.", "We saw an accident and emergency (A&E) nurse."),
])
def test_rewrite_examples(before, after):
    assert automatic(before) == after


@pytest.mark.parametrize("text, original, suggested", [
    ("It was implemented.", "implemented", "put in place"),
    ("Stakeholders met.", "Stakeholders", "People involved"),
    ("Two workstreams ran.", "workstreams", "pieces of work"),
])
def test_changes_not_proven_safe_are_suggestions(text, original, suggested):
    changes = plan_changes(text, keep_reading_age=False)
    assert [(c.original, c.replacement, c.automatic) for c in changes] == [
        (original, suggested, False)]
    assert rewrite(text).text == text


def test_sentence_findings_are_never_rewritten():
    text = "The report was reviewed by the team. " + " ".join(["word"] * 35) + "."
    assert rewrite(text).text == text


def test_acronym_used_before_definition_is_written_out_at_first_use():
    text = "The PSII starts.\n\nA patient safety incident investigation (PSII) is a review."
    result = automatic(text)
    assert result.startswith("The patient safety incident investigation (PSII) starts.")
    assert [c for c in plan_changes(result, keep_reading_age=False) if c.automatic] == []


def test_apply_changes_with_a_chosen_subset():
    text = "We utilise the ICB going forward."
    changes = plan_changes(text, keep_reading_age=False)
    assert [c.original for c in changes] == ["utilise", "ICB", "going forward"]
    assert apply_changes(text, [changes[0], changes[2]]) == "We use the ICB from now on."
    assert apply_changes(text, []) == text
    assert apply_changes(text, changes) == automatic(text)


def test_apply_changes_refuses_changes_that_do_not_fit():
    text = "We utilise it."
    change = rewrite(text).changes[0]
    with pytest.raises(ValueError):
        apply_changes("We use it now.", [change])
    with pytest.raises(ValueError):
        apply_changes(text, [change, change])


def test_changes_carry_rule_and_category():
    changes = plan_changes("We utilise the PSIRF via e-mail.", keep_reading_age=False)
    assert {(c.rule, c.category) for c in changes} == {
        ("complex-word", "jargon"), ("acronym-expand", "acronym"), ("latin", "latin")}
