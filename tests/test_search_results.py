"""Find in all meetings, the part without windows: what each result says, the count line, and
that nothing a person can type (quotes, symbols, search-engine words, control characters) makes
the search fail."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingkit.demo import load_example
from meetingkit.search_results import (
    LIMIT,
    MAX_TYPED,
    Finder,
    Found,
    clean_words,
    count_line,
    plain_snippet,
)
from meetingkit.store import Store

HOSTILE = ['"', '""', "'", "AND", "OR", "NOT", "NEAR", "NEAR(falls sensor)", "*", "falls*",
           "^falls", "-falls", "+", "(", ")", "title:falls", "body : x", "a", "x", "\\",
           "\x00", "falls\x00mat", "\u202e", "🙂", "\ud800", "%", "_", "[", "]", "{falls}",
           "falls AND", "OR OR OR", "   ", "\t\n", "é", "a" * 500, "'; DROP TABLE papers; --"]

# The example committee is dated from the day it is made; made on this day, its meetings fall
# on Wednesday 14 October and Wednesday 9 December 2026.
EXAMPLE_MADE_ON = date(2026, 11, 25)


@pytest.fixture(scope="module")
def shared_store():
    store = Store.memory()
    load_example(store, today=EXAMPLE_MADE_ON)
    other = store.committees.create(name="Maternity Safety Board")
    meeting = store.meetings.create(other, "Maternity Safety Board", "2025-03-04")
    item = store.agenda.add(meeting, "Bed sensors")
    store.papers.add(item, "Sensor mats on the wards", "Falls sensor mat trial on ward 7.\n")
    notes_item = store.agenda.add(meeting, "Staffing")
    store.notes.save(notes_item, "We agreed to buy two more sensor mats for ward 9.")
    # the chair's words from the brief: an item, a decision, actions (one on no item)
    third = store.meetings.create(other, "Maternity Safety Board", "2025-05-06")
    falls = store.agenda.add(third, "Falls update", summary="How many mothers fell on the ward.")
    store.decisions.add(falls, "We agreed to buy pressure pads.")
    store.actions.add(third, "Order pressure pads for ward 4", "Maria Lopez", item_id=falls)
    store.actions.add(third, "Check the pressure pads arrived", "")
    store.actions.add(third, "Book a room for the pressure pads training", "Jo Evans")
    yield store
    store.close()


def test_a_paper_says_what_and_where(shared_store):
    found = Finder(shared_store).find("PSIRF")
    assert len(found) == 1
    result = found[0]
    assert result.kind == "paper"
    assert result.label == ("Paper: PSIRF implementation update \u2014 "
                            "Patient Safety Group (example), Wed 9 Dec 2026")
    assert result.spoken == ("Paper: PSIRF implementation update, in the Patient Safety Group "
                             "(example) meeting on Wednesday 9 December 2026.")
    assert "\u201cPSIRF\u201d" in result.snippet
    assert "[" not in result.snippet and "#" not in result.snippet
    assert result.words == ("PSIRF",)


def test_notes_say_which_item_and_meeting(shared_store):
    (result,) = Finder(shared_store).find("older people's wards")
    assert result.kind == "notes"
    assert result.label.startswith("Notes for item 2, Falls on the wards \u2014 ")
    assert result.label.endswith("Wed 14 Oct 2026")
    assert result.item_id == result.ref
    meeting = shared_store.meetings.get(result.meeting_id)
    assert meeting.date == "2026-10-14"


def test_an_agenda_item_found_by_its_title_or_its_summary(shared_store):
    (by_title,) = [f for f in Finder(shared_store).find("falls update") if f.kind == "item"]
    assert by_title.label == ("Agenda item 1, Falls update \u2014 Maternity Safety Board, "
                              "Tue 6 May 2025")
    assert by_title.spoken == ("Agenda item 1, Falls update, in the Maternity Safety Board "
                               "meeting on Tuesday 6 May 2025.")
    assert by_title.snippet == ("Title: \u201cFalls update\u201d. Summary: How many mothers "
                                "fell on the ward.")
    assert (by_title.field, by_title.words) == ("title", ("Falls update",))
    (by_summary,) = Finder(shared_store).find("mothers")
    assert by_summary.kind == "item" and by_summary.field == "summary"
    assert by_summary.snippet == "Summary: How many \u201cmothers\u201d fell on the ward."
    assert by_summary.words == ("mothers",)


def test_decisions_and_actions_say_which_item_and_meeting(shared_store):
    found = {f.kind: f for f in Finder(shared_store).find("pressure pads ward")}
    decision, action = found.get("decision"), found["action"]
    assert decision is None  # "ward" is not in it: every word must be in the one thing
    (decision,) = [f for f in Finder(shared_store).find("buy pressure") if f.kind == "decision"]
    assert decision.label == ("Decision on item 1, Falls update \u2014 Maternity Safety "
                              "Board, Tue 6 May 2025")
    assert decision.snippet == "We agreed to \u201cbuy pressure\u201d pads."
    assert shared_store.agenda.get(decision.item_id).title == "Falls update"
    assert action.label == ("Action on item 1, Falls update \u2014 Maternity Safety Board, "
                            "Tue 6 May 2025")
    assert action.snippet == ("Order \u201cpressure pads\u201d for \u201cward\u201d 4. "
                              "Who: Maria Lopez.")
    (by_owner,) = [f for f in Finder(shared_store).find("maria lopez") if "pads" in f.snippet]
    assert by_owner.kind == "action"
    assert by_owner.snippet == "Order pressure pads for ward 4. Who: \u201cMaria Lopez\u201d."


def test_an_action_on_no_agenda_item_still_says_which_meeting(shared_store):
    (loose,) = Finder(shared_store).find("arrived")
    assert loose.item_id is None
    assert loose.label == ("Action (no agenda item) \u2014 Maternity Safety Board, "
                           "Tue 6 May 2025")
    assert loose.spoken == ("Action with no agenda item, in the Maternity Safety Board meeting "
                            "on Tuesday 6 May 2025.")
    assert loose.snippet == "Check the pressure pads \u201carrived\u201d."
    assert shared_store.meetings.get(loose.meeting_id).date == "2025-05-06"


def test_the_count_line_names_each_kind_found():
    def some(kind: str, number: int) -> list[Found]:
        return [Found(kind, 0, 0, 0, "", "", "", ())] * number

    found = some("action", 3) + some("paper", 2) + some("item", 1)
    assert count_line("falls", found) == ("6 found for \u2018falls\u2019: 2 papers, 1 agenda "
                                          "item and 3 actions.")
    found += some("notes", 2) + some("decision", 1)
    assert count_line("falls", found) == (
        "9 found for \u2018falls\u2019: 2 papers, 1 agenda item, notes from 2 agenda items, "
        "1 decision and 3 actions.")
    assert count_line("falls", some("decision", 2)) == ("2 found for \u2018falls\u2019: "
                                                        "2 decisions.")


def test_results_come_from_every_committee(shared_store):
    found = Finder(shared_store).find("sensor mat")
    labels = {f.label for f in found}
    assert labels == {
        "Paper: Sensor mats on the wards \u2014 Maternity Safety Board, Tue 4 Mar 2025",
        "Notes for item 2, Staffing \u2014 Maternity Safety Board, Tue 4 Mar 2025",
    }
    paper = next(f for f in found if f.kind == "paper")
    assert shared_store.agenda.get(paper.item_id).title == "Bed sensors"


def test_the_count_line_says_it_in_words(shared_store):
    found = Finder(shared_store).find("sensor mat")
    assert count_line("sensor  mat", found) == ("2 found for \u2018sensor mat\u2019: 1 paper and "
                                                "notes from 1 agenda item.")
    assert count_line("xyz", []) == "Nothing found for \u2018xyz\u2019. Try fewer or different words."
    assert count_line("  ", []).startswith("Type a few words")
    many = found * LIMIT
    assert count_line("mat", many).startswith(f"The first {len(many)} found")


def test_snippets_read_as_plain_sentences():
    text, words = plain_snippet("# [PSIRF] update\n\n## Purpose\n\nThe [sensor] [mat] is … ")
    assert text == "\u201cPSIRF\u201d update. Purpose. The \u201csensor mat\u201d is \u2026"
    assert words == ("PSIRF", "sensor mat")


@pytest.mark.parametrize("typed", HOSTILE)
def test_hostile_input_never_fails(shared_store, typed):
    found = Finder(shared_store).find(typed)
    assert isinstance(found, list)
    assert count_line(typed, found)


def test_control_characters_are_not_sent_to_the_store():
    # SQLite cannot search for text holding a NUL character: it says "unterminated string"
    assert clean_words("falls\x00mat\x07 \n") == "falls mat"
    assert len(clean_words("x" * 10_000)) == MAX_TYPED


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60) | st.lists(st.sampled_from(
    HOSTILE + ["falls", "sensor", "mat", "the", "NEAR/2", ":", "-", '"a b"']),
    max_size=6).map(" ".join))
def test_any_text_at_all_can_be_searched(shared_store, typed):
    for result in Finder(shared_store).find(typed):
        assert result.label and result.spoken.endswith(".")
    plain_snippet(typed)  # the snippet cleaner takes anything too


@given(st.text(max_size=80))
def test_snippet_cleaning_takes_anything(snippet):
    text, words = plain_snippet(snippet)
    assert "\n" not in text
    assert all(word.strip() == word and word for word in words)
