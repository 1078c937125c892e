"""A plain version knows which text of the paper it was made from, so changing the paper after
saving it shows the plain version is out of date: in the store, in the pack check, and when an
agenda item is deleted and brought back by undo."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetingkit.model import Paper, body_digest
from meetingkit.ops import agenda as agenda_ops
from meetingkit.publishing import check_pack

BODY = "The falls group met in May. Bed rails were checked on every ward."
PLAIN = "The falls group met in May. They checked bed rails on every ward."


@pytest.fixture
def item(store):
    committee = store.committees.create("Patient Safety Group")
    meeting = store.meetings.create(committee, "Patient Safety Group", "2026-03-11")
    return store.agenda.add(meeting, "Falls", purpose="information", summary="Falls update.")


def _problems(store, item_id, kind):
    meeting = store.agenda.get(item_id).meeting_id
    return [p for p in check_pack(store, meeting, today=date(2026, 3, 2)).problems
            if p.kind == kind]


# ----- the store -------------------------------------------------------------------------------
def test_saving_a_plain_version_records_the_text_it_was_made_from(store, item):
    paper = store.papers.add(item, "Falls", BODY)
    assert store.papers.get(paper).plain_from is None  # no plain version, nothing to record
    store.papers.update(paper, plain_body=PLAIN)
    saved = store.papers.get(paper)
    assert saved.plain_from == body_digest(BODY)
    assert saved.has_plain_version and not saved.plain_is_out_of_date


def test_editing_the_paper_afterwards_makes_the_plain_version_out_of_date(store, item):
    paper = store.papers.add(item, "Falls", BODY)
    store.papers.update(paper, plain_body=PLAIN)
    store.papers.update(paper, title="Falls in May", author="Sam")  # not the text: still fine
    assert not store.papers.get(paper).plain_is_out_of_date
    store.papers.update(paper, body=BODY + " Two wards need new rails.")
    assert store.papers.get(paper).plain_is_out_of_date
    store.papers.update(paper, body=BODY)  # put back exactly as it was: up to date again
    assert not store.papers.get(paper).plain_is_out_of_date


def test_a_paper_changed_into_its_own_plain_version_is_not_out_of_date(store, item):
    # "Change the paper itself" with the same choices as the saved plain version
    paper = store.papers.add(item, "Falls", BODY)
    store.papers.update(paper, plain_body=PLAIN)
    store.papers.update(paper, body=PLAIN + "\n")
    assert not store.papers.get(paper).plain_is_out_of_date
    store.papers.update(paper, body=PLAIN + " And one more line.")
    assert store.papers.get(paper).plain_is_out_of_date


def test_saving_the_plain_version_again_makes_it_up_to_date(store, item):
    paper = store.papers.add(item, "Falls", BODY)
    store.papers.update(paper, plain_body=PLAIN)
    store.papers.update(paper, body=BODY + " Two wards need new rails.")
    store.papers.update(paper, plain_body=PLAIN + " Two wards need new rails.")
    saved = store.papers.get(paper)
    assert not saved.plain_is_out_of_date
    assert saved.plain_from == body_digest(BODY + " Two wards need new rails.")


def test_a_plain_version_saved_with_the_text_is_made_from_that_text(store, item):
    paper = store.papers.add(item, "Falls", "An older draft.", plain_body=PLAIN)
    assert store.papers.get(paper).plain_from == body_digest("An older draft.")
    store.papers.update(paper, body=BODY, plain_body=PLAIN)
    assert store.papers.get(paper).plain_from == body_digest(BODY)


@pytest.mark.parametrize("removed", [None, "", "  \n"])
def test_removing_the_plain_version_clears_the_record(store, item, removed):
    paper = store.papers.add(item, "Falls", BODY, plain_body=PLAIN)
    store.papers.update(paper, plain_body=removed)
    saved = store.papers.get(paper)
    assert saved.plain_from is None and not saved.plain_is_out_of_date
    store.papers.update(paper, body="Changed after removing it.")
    assert not store.papers.get(paper).plain_is_out_of_date


def test_a_plain_version_from_before_this_was_kept_is_never_out_of_date(store, item):
    paper = store.papers.add(item, "Falls", BODY, plain_body=PLAIN, plain_from=None)
    store.papers.update(paper, body="Something else entirely.")
    saved = store.papers.get(paper)
    assert saved.plain_from is None and not saved.plain_is_out_of_date
    assert not _problems(store, item, "plain_out_of_date")


def test_plain_from_is_not_something_to_edit(store, item):
    paper = store.papers.add(item, "Falls", BODY)
    with pytest.raises(TypeError, match="plain_from"):
        store.papers.update(paper, plain_from="0123456789abcdef")


@given(st.text(max_size=200), st.text(max_size=200))
def test_out_of_date_exactly_when_the_text_has_changed(made_from, now):
    paper = Paper(1, 1, "Falls", body=now, plain_body=PLAIN, plain_from=body_digest(made_from))
    def tidy(text: str) -> str:  # line endings and space at the ends do not count
        return text.replace("\r\n", "\n").replace("\r", "\n").strip()

    same = tidy(made_from) == tidy(now) or tidy(now) == tidy(PLAIN)
    assert paper.plain_is_out_of_date == (not same)
    assert not Paper(1, 1, "Falls", body=now, plain_body=PLAIN).plain_is_out_of_date
    assert not Paper(1, 1, "Falls", body=now, plain_from=body_digest(made_from)
                     ).plain_is_out_of_date  # no plain version, nothing to be out of date


def test_line_endings_and_space_at_the_ends_are_not_a_change():
    assert body_digest("One.\r\nTwo.\n\n") == body_digest("One.\nTwo.")
    assert body_digest("One. Two.") != body_digest("One.  Two.")
    assert len(body_digest(BODY)) == 16


# ----- the pack check --------------------------------------------------------------------------
def test_the_pack_check_names_an_out_of_date_plain_version_and_what_to_do(store, item):
    paper = store.papers.add(item, "Falls in May", BODY)
    store.papers.update(paper, plain_body=PLAIN)
    assert not _problems(store, item, "plain_out_of_date")
    store.papers.update(paper, body=BODY + " Two wards need new rails.")
    (problem,) = _problems(store, item, "plain_out_of_date")
    assert (problem.item_id, problem.paper_id) == (item, paper)
    assert problem.text == ("Paper 'Falls in May' (item: Falls) has changed since its plain "
                            "version was saved. Make the plain version again on the Papers tab, "
                            "or remove it so partners get the paper as written.")
    store.papers.update(paper, plain_body=None)
    assert not _problems(store, item, "plain_out_of_date")


# ----- undo brings a deleted item back with its plain version just as it was --------------------
def test_undo_keeps_an_out_of_date_plain_version_out_of_date(store, item):
    store.papers.add(item, "Old plain", BODY, plain_body=PLAIN, plain_from=None)
    stale = store.papers.add(item, "Stale", BODY, plain_body=PLAIN)
    store.papers.update(stale, body="Changed since.")
    store.papers.add(item, "Fresh", BODY, plain_body=PLAIN)
    before = {p.title: p.plain_from for p in store.papers.for_item(item)}
    assert before["Old plain"] is None and None not in (before["Stale"], before["Fresh"])
    agenda_ops.delete_item(store, item)
    store.history.undo()
    papers = {p.title: p for p in store.papers.for_item(item)}
    assert {t: p.plain_from for t, p in papers.items()} == before
    assert [t for t, p in papers.items() if p.plain_is_out_of_date] == ["Stale"]
