"""Kinds of miss, false alarm and wrong change met on a fourth, blind set of real NHS papers
(issue 16, round four), each in sentences of our own."""

from __future__ import annotations

import pytest

from meetingkit.plain import check, rewrite
from meetingkit.plain.rewrite import plan_changes


def _planned(text: str) -> dict[str, str]:
    result = rewrite(text)
    return {c.original: c.replacement for c in [*result.changes, *result.suggestions]}


def test_the_regulators_must_do_actions_are_found_but_everyday_should_do_is_not():
    found = {f.text for f in check("The inspectors left five must do actions and two should do "
                                   "actions for the ward.").findings}
    assert {"must do actions", "should do actions"} <= found
    assert not [f for f in check("Visitors know what they should do if a friend is admitted, "
                                 "and what you must do before you come in.").findings
                if " do" in f.text]


@pytest.mark.parametrize("text", [
    "This plan says how the Northfield Health and Care NHS Foundation Trust, hereafter referred "
    "to as NHC, will respond. NHC will review it each year.",
    "The Joint Strategic Needs Assessment (known as the JSNA) is out. The JSNA says so.",
])
def test_an_acronym_named_with_hereafter_or_known_as_is_explained(text):
    short = "NHC" if "NHC" in text else "JSNA"
    rules = {f.rule for f in check(text).findings if f.text == short}
    assert rules == {"acronym-defined"}


def test_a_possessive_acronym_is_written_out_with_the_possessive_on_the_long_form():
    text = ("Guides that match the ICB’s medicines safety priorities can be found in the lists "
            "below, with links to national advice.")
    assert _planned(text)["ICB’s"] == "integrated care board’s (ICB)"


def test_benchmarking_followed_by_with_is_never_swapped_unchecked():
    """'benchmarking with the network' would read 'comparing with others with the network'."""
    def automatic(text: str) -> bool:
        return any(c.automatic for c in plan_changes(text, keep_reading_age=False)
                   if c.original == "Benchmarking")
    assert not automatic("Benchmarking with the regional network showed the unit was safe.")
    assert automatic("Benchmarking is done every year by the team.")


@pytest.mark.parametrize("text, twice", [
    ("We know the impact an incident can have on patients, service users, their families and "
     "carers across all of our services.", "patients, patients"),
    ("We make improvements after an incident where a patient or service user was or could have "
     "been harmed in our care.", "patient or patient"),
    ("Please follow this code when visiting friends, family or relatives, to help us keep the "
     "hospital safe for us all.", "family or family"),
])
def test_a_swap_never_says_the_same_word_twice_in_a_list(text, twice):
    assert twice not in rewrite(text).text


def test_the_same_swap_is_still_made_where_the_word_is_not_already_there():
    assert "asked patients and carers" in rewrite(
        "We asked service users and carers what they thought of the new leaflet for the ward."
    ).text
