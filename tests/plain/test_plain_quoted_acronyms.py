"""Two kinds of acronym met on a third, blind set of real NHS papers (issue 16, round three), in
sentences of our own: a short form given in quotation marks inside its bracket, and the hospital
infection whose short form is written with a space, a full stop or a hyphen (C. diff)."""

from __future__ import annotations

import pytest

from meetingkit.plain import check, rewrite

LONG = "Staff uphold the rights in the United Nations Convention on the Rights of the Child"


@pytest.mark.parametrize("quoted", ["'UNCRC'", "‘UNCRC’", '"UNCRC"', "“UNCRC”", "UNCRC"])
def test_a_quoted_short_form_in_brackets_explains_the_acronym(quoted):
    text = f"{LONG} ({quoted}). Every service follows the UNCRC."
    rules = {f.rule for f in check(text).findings if f.text == "UNCRC"}
    assert rules == {"acronym-defined"}
    assert rewrite(text).text == text  # nothing written out a second time


def test_a_quote_that_is_not_closed_is_not_a_definition():
    text = f"{LONG} ('UNCRC). Every service follows the UNCRC."
    assert "acronym-defined" not in {f.rule for f in check(text).findings if f.text == "UNCRC"}


@pytest.mark.parametrize("written", ["C diff", "C. diff", "C.diff", "C-diff", "C-Diff"])
def test_the_short_names_of_c_difficile_are_explained(written):
    found = [f for f in check(f"We saw more cases of {written} on two wards.").findings
             if f.text == written]
    assert [(f.tier, f.suggestions[0].lower()) for f in found] == [("barrier", "a bowel infection")]


def test_a_section_letter_before_a_capitalised_word_is_not_c_diff():
    assert not check("See section C. Different wards took part.").findings
