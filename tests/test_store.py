"""The data-access API the UI and command line share."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingkit.errors import MeetingKitError
from meetingkit.store import Store


def test_committee_crud(store):
    cid = store.committees.create("  Patient   Safety Group ")
    assert store.committees.get(cid).name == "Patient Safety Group"
    store.committees.update(cid, name="Safety Group", pack_working_days=7)
    got = store.committees.get(cid)
    assert (got.name, got.pack_working_days) == ("Safety Group", 7)
    store.committees.delete(cid)
    assert store.committees.all() == []


def test_blank_names_are_refused_kindly(store):
    with pytest.raises(MeetingKitError, match="name"):
        store.committees.create("   ")
    cid = store.committees.create("PSG")
    with pytest.raises(MeetingKitError, match="date"):
        store.meetings.create(cid, "May", "31/05/2026")


def test_deleting_a_committee_removes_its_meetings_and_papers(store):
    cid = store.committees.create("PSG")
    mid = store.meetings.create(cid, "May", "2026-05-01")
    item = store.agenda.add(mid, "Falls")
    store.papers.add(item, "Falls paper", "text")
    store.committees.delete(cid)
    assert store.conn.execute("SELECT count(*) FROM papers").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0


def test_foreign_keys_are_on(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.agenda.add(999, "No such meeting")


def test_members_and_people(store):
    cid = store.committees.create("PSG")
    sam = store.people.create("Sam", role="partner", access_needs="screen reader")
    priya = store.people.create("Priya", role="chair")
    store.committees.add_member(cid, sam)
    store.committees.add_member(cid, priya)
    store.committees.add_member(cid, priya)  # twice is harmless
    assert [p.name for p in store.committees.members(cid)] == ["Priya", "Sam"]
    assert store.people.get(sam).role_label == "Patient safety partner"
    store.committees.remove_member(cid, sam)
    assert [p.name for p in store.committees.members(cid)] == ["Priya"]


def test_agenda_insert_move_delete_keep_positions_dense(store):
    cid = store.committees.create("PSG")
    mid = store.meetings.create(cid, "May", "2026-05-01")
    a = store.agenda.add(mid, "A")
    b = store.agenda.add(mid, "B")
    c = store.agenda.add(mid, "C", position=0)
    assert [i.title for i in store.agenda.items(mid)] == ["C", "A", "B"]
    store.agenda.move(c, 2)
    assert [i.title for i in store.agenda.items(mid)] == ["A", "B", "C"]
    store.agenda.delete(b)
    assert [(i.title, i.position) for i in store.agenda.items(mid)] == [("A", 0), ("C", 1)]
    store.agenda.update(a, minutes=25, purpose="decision")
    assert store.agenda.total_minutes(mid) == 25 + 10


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), max_size=15))
def test_agenda_moves_always_keep_a_permutation(moves):
    store = Store.memory()
    cid = store.committees.create("PSG")
    mid = store.meetings.create(cid, "May", "2026-05-01")
    ids = [store.agenda.add(mid, f"Item {n}") for n in range(6)]
    for which, where in moves:
        store.agenda.move(ids[which % len(ids)], where)
    items = store.agenda.items(mid)
    assert sorted(i.id for i in items) == sorted(ids)
    assert [i.position for i in items] == list(range(len(ids)))


def test_a_failed_multi_row_change_leaves_nothing_behind(store):
    cid = store.committees.create("PSG")
    with pytest.raises(MeetingKitError), store.transaction():
        mid = store.meetings.create(cid, "May", "2026-05-01")
        store.agenda.add(mid, "One")
        store.agenda.add(mid, "   ")  # refused: the whole change is rolled back
    assert store.meetings.for_committee(cid) == []
    assert store.conn.execute("SELECT count(*) FROM agenda_items").fetchone()[0] == 0


def test_open_actions_carry_forward_and_close_there(store, today_is):
    cid = store.committees.create("PSG")
    may = store.meetings.create(cid, "May", "2026-05-01")
    june = store.meetings.create(cid, "June", "2026-06-01")
    open_one = store.actions.add(may, "Write leaflet", "Maria", "2026-05-20")
    done_one = store.actions.add(may, "Share figures", "Tom", "2026-05-10")
    store.actions.update(done_one, status="done")
    store.conn.execute("UPDATE actions SET closed_at = '2026-05-09' WHERE id = ?", [done_one])
    assert [a.id for a in store.actions.carried_forward(june)] == [open_one]
    assert store.actions.get(open_one).status_words("2026-06-01") == "Overdue"
    today_is(date(2026, 6, 1))
    store.actions.update(open_one, status="closed")  # closed at the June meeting...
    assert store.actions.get(open_one).status_words("2026-06-01") == "Closed"
    assert [a.id for a in store.actions.carried_forward(june)] == [open_one]  # ...and shown there
    assert store.actions.log(cid) == []


def test_notes_save_and_search(store):
    cid = store.committees.create("PSG")
    mid = store.meetings.create(cid, "May", "2026-05-01")
    item = store.agenda.add(mid, "Falls")
    store.notes.save(item, "Families asked about bed rails.")
    store.notes.save(item, "Families asked about bed rails and hip protectors.")
    store.papers.add(item, "Falls paper", "Falls rose on older people's wards.")
    kinds = {hit["kind"] for hit in store.search.papers_and_notes("protectors")}
    assert kinds == {"notes"}
    assert store.search.papers_and_notes("wards")[0]["kind"] == "paper"
    assert store.search.papers_and_notes('"') == []


def test_questions_from_the_same_reply_are_added_once(store):
    cid = store.committees.create("PSG")
    mid = store.meetings.create(cid, "May", "2026-05-01")
    item = store.agenda.add(mid, "Falls")
    assert store.questions.add(item, "Sam", "What is a SWARM?", "reply-1:item-1:0")
    assert not store.questions.add(item, "Sam", "What is a SWARM?", "reply-1:item-1:0")
    assert len(store.questions.for_item(item)) == 1


def test_glossary_terms_override_by_term_and_kind(store):
    store.glossary.save("PSP", "Patient safety partner", "partner")
    store.glossary.save("PSP", "Patient Safety Partner", "a patient or carer who helps")
    terms = store.glossary.all()
    assert len(terms) == 1 and terms[0].plain == "a patient or carer who helps"


def test_feedback_trend(store):
    cid = store.committees.create("PSG")
    mid = store.meetings.create(cid, "May", "2026-05-01")
    store.feedback.add(mid, None, "Felt rushed", felt_heard=2, language_clear=4)
    store.feedback.add(mid, None, "", felt_heard=4, language_clear=4)
    (row,) = store.feedback.trend(cid)
    assert row["responses"] == 2 and row["felt_heard"] == 3
