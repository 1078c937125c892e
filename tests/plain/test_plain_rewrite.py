"""rewrite() and apply_changes(): plain words in, grammar and markdown kept whole."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from meetingkit.plain import apply_changes, check, rewrite

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
    result = rewrite(original)
    assert "utilise" not in result.text and "going forward" not in result.text.lower()
    assert "integrated care board (ICB)" in result.text
    assert "a multidisciplinary team (MDT)" in result.text  # "an MDT" -> "a multidisciplinary ..."
    assert "missed appointment" in result.text  # DNA has a plain term
    after = check(result.text)
    assert not [f for f in after.findings if f.rule == "acronym-undefined" and f.text in ("ICB", "MDT")]


@pytest.mark.parametrize("before, after", [
    ("We utilise it.", "We use it."),
    ("We utilised it.", "We used it."),
    ("We are utilising it.", "We are using it."),
    ("UTILISE IT", "USE IT"),
    ("Utilise it.", "Use it."),
    ("It was implemented.", "It was carried out."),
    ("We need sufficient enough staff.", "We need enough staff."),
    ("In order to help.", "To help."),
    ("Stakeholders met.", "People involved met."),
    ("Two workstreams ran.", "Two pieces of work ran."),
    ("An MDT met.", "A multidisciplinary team (MDT) met."),
    ("We saw an A&E nurse.", "We saw an emergency department nurse."),
    ("SIs fell.", "Serious incidents (SIs) fell."),
    ("Service users were asked.", "Patients were asked."),
    ("Staff, e.g. nurses, came.", "Staff, for example nurses, came."),
    ("The VTE risk. Another VTE.", "The blood clot risk. Another blood clot."),
])
def test_rewrite_examples(before, after):
    assert rewrite(before).text == after


def test_sentence_findings_are_never_rewritten():
    text = "The report was reviewed by the team. " + " ".join(["word"] * 35) + "."
    assert rewrite(text).text == text


def test_acronym_used_before_definition_is_written_out_at_first_use():
    text = "The PSII starts.\n\nA patient safety incident investigation (PSII) is a review."
    result = rewrite(text)
    assert result.text.startswith("The patient safety incident investigation (PSII) starts.")
    assert rewrite(result.text).changes == []


def test_apply_changes_with_a_chosen_subset():
    text = "We utilise the ICB going forward."
    changes = rewrite(text).changes
    assert [c.original for c in changes] == ["utilise", "ICB", "going forward"]
    assert apply_changes(text, [changes[0], changes[2]]) == "We use the ICB from now on."
    assert apply_changes(text, []) == text
    assert apply_changes(text, changes) == rewrite(text).text


def test_apply_changes_refuses_changes_that_do_not_fit():
    text = "We utilise it."
    change = rewrite(text).changes[0]
    with pytest.raises(ValueError):
        apply_changes("We use it now.", [change])
    with pytest.raises(ValueError):
        apply_changes(text, [change, change])


def test_changes_carry_rule_and_category():
    changes = rewrite("We utilise the PSIRF via e-mail.").changes
    assert {(c.rule, c.category) for c in changes} == {
        ("complex-word", "jargon"), ("acronym-expand", "acronym"), ("latin", "latin")}
