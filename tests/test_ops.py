"""Every change a person makes is one operation: it says what it is, reports what it touched,
and can be undone back to exactly where it began and redone to exactly where it ended."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from test_store_history import dump

from meetingkit import ops
from meetingkit.demo import load_example
from meetingkit.ops import agenda, committees, minutes, papers, partners
from meetingkit.ops import glossary as glossary_ops
from meetingkit.store import Store
from meetingkit.store.changes import Kind
from meetingkit.templates import list_templates


@pytest.fixture
def example():
    store = Store.memory()
    committee = load_example(store, today=date(2026, 11, 25))
    meetings = store.meetings.for_committee(committee)
    upcoming = max(meetings, key=lambda m: m.date).id
    items = store.agenda.items(upcoming)
    with_paper = next(i.id for i in items if store.papers.for_item(i.id))
    store.history.clear()
    ids = {
        "committee": committee, "meeting": upcoming, "item": items[0].id,
        "item_with_paper": with_paper, "paper": store.papers.for_item(with_paper)[0].id,
        "person": store.committees.members(committee)[0].id,
        "action": store.actions.add(upcoming, "Send the leaflet", "Maria", None, items[0].id),
        "decision": store.decisions.add(items[0].id, "Buy two more sensor mats."),
    }
    yield store, ids
    store.close()


Case = tuple[str, Callable[[Store, dict], object], str, set[Kind]]
CASES: list[Case] = [
    ("add item", lambda s, i: agenda.add_item(s, i["meeting"], "Ward visits"),
     "add the item 'Ward visits'", {Kind.AGENDA}),
    ("rename item", lambda s, i: agenda.update_item(s, i["item"], title="Hello"),
     "change the title of 'Welcome, apologies and declarations of…'", {Kind.AGENDA}),
    ("delete item", lambda s, i: agenda.delete_item(s, i["item_with_paper"]),
     None, {Kind.AGENDA, Kind.PAPERS}),
    ("reorder", lambda s, i: agenda.reorder(
        s, i["meeting"], [x.id for x in reversed(s.agenda.items(i["meeting"]))]),
     "reorder the agenda", {Kind.AGENDA}),
    ("template", lambda s, i: agenda.use_agenda(s, i["meeting"], list_templates()[0], True,
                                                "use the template"),
     "use the template", {Kind.AGENDA}),
    ("notes", lambda s, i: minutes.save_notes(s, i["item"], "We heard from Sam."),
     "typing in the notes for 'Welcome, apologies and declarations of…'", {Kind.NOTES}),
    ("add decision", lambda s, i: minutes.add_decision(s, i["item"], "Agreed."),
     "add the decision 'Agreed.'", {Kind.DECISIONS}),
    ("edit decision", lambda s, i: minutes.update_decision(s, i["decision"], "Buy one."),
     "change the decision to 'Buy one.'", {Kind.DECISIONS}),
    ("delete decision", lambda s, i: minutes.delete_decision(s, i["decision"]),
     "delete the decision 'Buy two more sensor mats.'", {Kind.DECISIONS}),
    ("add action", lambda s, i: minutes.add_action(s, i["meeting"], "Call the ward", "Jo"),
     "add the action 'Call the ward'", {Kind.ACTIONS}),
    ("edit action", lambda s, i: minutes.update_action(s, i["action"], owner="Tom"),
     "change the action 'Send the leaflet'", {Kind.ACTIONS}),
    ("close action", lambda s, i: minutes.set_actions_status(s, [i["action"]], "done"),
     "mark the action 'Send the leaflet' done", {Kind.ACTIONS}),
    ("delete action", lambda s, i: minutes.delete_actions(s, [i["action"]]),
     "delete the action 'Send the leaflet'", {Kind.ACTIONS}),
    ("attendance", lambda s, i: minutes.set_attendance(s, i["meeting"], i["person"],
                                                       "apologies"),
     None, {Kind.ATTENDANCE}),
    ("add paper", lambda s, i: papers.add_paper(s, i["item"], "Falls report", "Text."),
     "add the paper 'Falls report'", {Kind.PAPERS}),
    ("type in paper", lambda s, i: papers.save_text(s, i["paper"], "New words."),
     None, {Kind.PAPERS}),
    ("plain version", lambda s, i: papers.save_plain_version(s, i["paper"], "A.", "B."),
     None, {Kind.PAPERS}),
    ("delete paper", lambda s, i: papers.delete_paper(s, i["paper"]), None, {Kind.PAPERS}),
    ("add committee", lambda s, i: committees.create_committee(s, "Maternity Board"),
     "add the committee 'Maternity Board'", {Kind.COMMITTEES}),
    ("delete committee", lambda s, i: committees.delete_committee(s, i["committee"]),
     "delete the committee 'Patient Safety Group (example)'", None),
    ("add meeting", lambda s, i: committees.create_meeting(s, i["committee"], "March",
                                                           "2027-03-03"),
     "add the meeting 'March'", {Kind.MEETINGS}),
    ("delete meeting", lambda s, i: committees.delete_meeting(s, i["meeting"]), None, None),
    ("add person", lambda s, i: committees.add_person(s, i["committee"], "Sam Patel"),
     "add 'Sam Patel'", {Kind.PEOPLE}),
    ("remove member", lambda s, i: committees.remove_member(s, i["committee"], i["person"]),
     None, {Kind.PEOPLE}),
    ("glossary", lambda s, i: glossary_ops.save_term(s, "SIF", meaning="serious incident form"),
     "save 'SIF' in the glossary", {Kind.GLOSSARY}),
    ("feedback", lambda s, i: partners.add_feedback(s, i["meeting"], comment="Good."),
     "add feedback", {Kind.FEEDBACK}),
]


@pytest.mark.parametrize(("name", "run", "description", "kinds"), CASES,
                         ids=[case[0] for case in CASES])
def test_each_change_undoes_and_redoes_exactly(example, name, run, description, kinds):
    store, ids = example
    before = dump(store)
    outcome = run(store, ids)
    after = dump(store)
    assert after != before
    if description is not None:
        assert outcome.description == description
    assert store.history.undo_description == outcome.description
    if kinds is not None:
        assert kinds <= outcome.changes.kinds
    undone = ops.undo(store)
    assert undone.changes.kinds == outcome.changes.kinds
    assert dump(store) == before
    ops.redo(store)
    assert dump(store) == after


def test_typing_in_the_notes_is_one_step_however_many_saves(example):
    store, ids = example
    for text in ("We", "We heard", "We heard from Sam."):
        minutes.save_notes(store, ids["item"], text)
    ops.undo(store)
    assert store.notes.get(ids["item"]) == ""
    assert store.history.undo_description is None


def test_long_names_are_cut_short_in_the_menu():
    assert ops.quoted("Write a short leaflet for families about what happens after a fall") \
        == "'Write a short leaflet for families…'"
    assert ops.quoted("Antidisestablishmentarianism" * 3) == "'" + ("Antidisestablishmentarianism"
                                                                 * 3)[:39] + "…'"
    assert ops.quoted("  Send   the leaflet ") == "'Send the leaflet'"
