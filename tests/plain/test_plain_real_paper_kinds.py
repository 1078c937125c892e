"""Each kind of miss, false alarm and wrong change found on real NHS papers in the second round
of issue 16, reproduced in text of our own (tests/plain/papers/round_two_misses.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.real_papers import _occurrences
from meetingkit.plain import Glossary, GlossaryEntry, check, rewrite

PAPER = (Path(__file__).parent / "papers" / "round_two_misses.md").read_text(encoding="utf-8")


def _barriers(text: str) -> set[str]:
    return {f.text.lower() for f in check(text).findings
            if f.tier == "barrier" and f.category not in ("sentence", "structure")}


@pytest.mark.parametrize("words", [
    "soft intelligence", "risk profile", "data integrity", "systems of control", "candour",
    "whole systems approach", "work system", "apportion blame", "transfer of care",
    "foetal monitoring", "powers of entry", "remit", "interdependencies", "surveillance",
    "allied health professional", "strategic health authority"])
def test_board_investigation_clinical_and_legal_words_are_barriers(words):
    found = _barriers(PAPER)
    assert any(words in hit for hit in found), (words, sorted(found))


def test_the_prevent_programme_is_found_only_as_written_mid_sentence():
    assert "prevent" not in _barriers("We aim to prevent falls on every ward.")
    assert "prevent" not in _barriers("Prevent falls by checking shoes.")
    assert "prevent" in _barriers("Most staff completed Prevent training this year.")


def test_plain_words_and_everyday_formal_words_are_not_barriers():
    found = check("Learning from deaths matters to us. Accountability sits with the board, "
                  "under an overarching plan.").findings
    tiers = {f.text.lower(): f.tier for f in found if f.category == "jargon"}
    assert "learning from deaths" not in tiers
    assert tiers.get("accountability") == "simpler" and tiers.get("overarching") == "simpler"


@pytest.mark.parametrize("typo", ["rougly", "reivew", "recieved", "occured"])
def test_a_typo_is_not_reported_as_a_hard_word(typo):
    text = f"The nurse {typo} looked at the chart in the morning."
    assert not [f for f in check(text).findings if f.rule == "rare-word"]


def test_a_rare_word_is_still_reported():
    assert [f.text for f in check("Watch for nosocomial spread.").findings
            if f.rule in ("rare-word", "clinical-term")] == ["nosocomial"]


def test_mbrrace_is_an_acronym_not_a_shouted_phrase():
    findings = check("We send reports to MBRRACE-UK each month.").findings
    assert [f.rule for f in findings if f.text.startswith("MBRRACE")] == ["acronym-undefined"]
    assert all(not s.isupper() for f in findings for s in f.suggestions if len(s) > 8)


def test_an_irregular_participle_becomes_a_participle():
    # The shipped list offers 'carry out' first; a trust's list may offer 'do'.
    do = Glossary.load_default().with_entries([GlossaryEntry(
        "undertake", "complex", plain=("do",), pos="v", tier="simpler", auto="not-next:to")])
    assert rewrite("The audit was undertaken in May.", do).text == "The audit was done in May."
    assert rewrite("We undertook a review.", do).text == "We did a review."
    assert "Did by" not in rewrite("| Undertaken by | The board |\n|---|---|\n", do).text
    assert rewrite("We undertook a review.").text == "We carried out a review."


def test_a_plural_explanation_gives_a_singular_use_its_singular_long_form():
    text = ("The team will run a PSII on it.\n\n"
            "We run patient safety incident investigations (PSIIs) for deaths.\n")
    suggested = [c.replacement for c in rewrite(text).suggestions + rewrite(text).changes
                 if c.original == "PSII"]
    assert suggested == ["patient safety incident investigation (PSII)"]


def test_the_measure_matches_a_labelled_word_singular_or_plural():
    text = "Two serious incidents and one serious incident; a learning response."
    assert len(_occurrences(text, "serious incidents", number=True)) == 2
    assert len(_occurrences(text, "learning responses", number=True)) == 1
    assert len(_occurrences(text, "serious incidents")) == 1


# Wrong changes the blind set (/work/realpapers2) showed at its final measurement, fixed after it:
# each a kind of swap that is not safe everywhere, so it is now a suggestion or says it safely.

@pytest.mark.parametrize("text, kept", [
    ("The model was published in 2020 and trusts were expected to act with immediate effect.",
     "act straight away"),
    ("The board receives reports on the use and optimisation of medicines.", "optimisation"),
    ("We need a workforce competent with regards to medicines.", "with regards to"),
    ("We need a competent workforce.", "competent workforce"),
    ("The committee shares lessons learned from incidents.", "lessons learned"),
    ("Further work is required to improve the leaflet.", "is required to"),
])
def test_a_swap_that_is_not_safe_everywhere_is_left_alone(text, kept):
    assert kept in rewrite(text).text


def test_a_duty_is_still_written_as_must():
    assert rewrite("Staff are required to attend.").text == "Staff must attend."
