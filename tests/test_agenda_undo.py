"""Undo and redo of agenda changes, and reordering by drag and drop.

A random run of changes (add, edit, move, delete, a template added or in place of the items)
is undone step by step, each step giving back exactly the agenda before it, papers included;
redo then walks forward to the same agenda again. Item ids are reused by the database, so this
also checks that undo never mistakes a new item for an old one."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt

from meetingkit.store import Store
from meetingkit.templates import load_template
from ui.agenda.table_model import MIME_TYPE, order_after_drop
from ui.agenda.undo import AgendaUndo
from ui.context import AppContext
from ui.tabs.agenda import AgendaTab

OPERATIONS = st.lists(st.tuples(st.sampled_from(["add", "edit", "move", "delete", "template",
                                                 "replace"]),
                                st.integers(0, 50), st.integers(0, 50)),
                      min_size=1, max_size=8)


def agenda_state(store: Store, meeting: int) -> list[tuple]:
    return [(i.title, i.purpose, i.minutes, i.summary, i.standing,
             tuple((p.title, p.body) for p in store.papers.for_item(i.id)))
            for i in store.agenda.items(meeting)]


@pytest.fixture(scope="module")
def template():
    return load_template("generic-committee")


def run(undo: AgendaUndo, store: Store, meeting: int, operation: tuple, template) -> bool:
    kind, a, b = operation
    ids = [i.id for i in store.agenda.items(meeting)]
    if kind == "add":
        return undo.add(meeting, f"Item {a}", a % (len(ids) + 1), {"minutes": b}) is not None
    if kind == "template":
        return undo.use_agenda(meeting, template, False, "use a template")
    if kind == "replace":
        return undo.use_agenda(meeting, template, True, "use a template")
    if not ids:
        return False
    item_id = ids[a % len(ids)]
    if kind == "edit":
        old = store.agenda.get(item_id)
        return undo.update(item_id, {"title": old.title, "minutes": old.minutes},
                           {"title": f"Edited {b}", "minutes": b})
    if kind == "move":
        new = [i for i in ids if i != item_id]
        new.insert(b % len(ids), item_id)
        return undo.reorder(meeting, ids, new, item_id)
    return undo.delete(item_id, "x")


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_undo_walks_back_exactly_and_redo_forward_again(qtbot, template, operations):
    store = Store.memory()
    committee = store.committees.create("Group")
    meeting = store.meetings.create(committee, "Group", "2026-05-06")
    first = store.agenda.add(meeting, "Falls", purpose="decision")
    store.papers.add(first, "Falls report", "Nine falls")
    tab = AgendaTab(AppContext(store=store))
    qtbot.addWidget(tab)
    tab.set_meeting(meeting)
    states = [agenda_state(store, meeting)]
    for operation in operations:
        if run(tab.undo, store, meeting, operation, template):
            states.append(agenda_state(store, meeting))
    stack = tab.undo.stack
    assert stack.count() == len(states) - 1
    for expected in reversed(states[:-1]):
        stack.undo()
        assert agenda_state(store, meeting) == expected
    for expected in states[1:]:
        stack.redo()
        assert agenda_state(store, meeting) == expected
    store.close()


@given(st.lists(st.integers(1, 1000), min_size=1, max_size=10, unique=True), st.data())
def test_order_after_drop_keeps_every_item_once(ids, data):
    moved = data.draw(st.lists(st.sampled_from(ids), min_size=1, unique=True))
    row = data.draw(st.integers(0, len(ids)))
    result = order_after_drop(ids, moved, row)
    if result is None:
        staying = [i for i in ids if i not in moved]
        assert ids in ([*staying[:k], *[i for i in ids if i in moved], *staying[k:]]
                       for k in range(len(staying) + 1))
        return
    assert sorted(result) == sorted(ids) and result != ids
    block = [i for i in result if i in moved]
    start = result.index(block[0])
    assert result[start:start + len(block)] == [i for i in ids if i in moved]  # kept together


def test_order_after_drop_examples():
    assert order_after_drop([1, 2, 3, 4], [1], 3) == [2, 3, 1, 4]
    assert order_after_drop([1, 2, 3, 4], [4], 0) == [4, 1, 2, 3]
    assert order_after_drop([1, 2, 3, 4], [2], 4) == [1, 3, 4, 2]
    assert order_after_drop([1, 2, 3], [2], 2) is None  # dropped where it already is
    assert order_after_drop([1, 2, 3], [9], 0) is None  # not one of ours


def test_dropping_a_row_reorders_the_agenda_as_one_undo_step(qtbot, store):
    committee = store.committees.create("Group")
    meeting = store.meetings.create(committee, "Group", "2026-05-06")
    for title in ("One", "Two", "Three"):
        store.agenda.add(meeting, title)
    tab = AgendaTab(AppContext(store=store))
    qtbot.addWidget(tab)
    tab.set_meeting(meeting)
    model = tab.model
    data = model.mimeData([model.index(0, 1)])
    assert data.hasFormat(MIME_TYPE)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    qtbot.waitUntil(lambda: [i.title for i in store.agenda.items(meeting)] ==
                    ["Two", "Three", "One"])
    assert model.index(2, 1).data() == "One" and tab.current_id() == model.items[2].id
    assert not model.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    tab.undo.stack.undo()
    assert [i.title for i in store.agenda.items(meeting)] == ["One", "Two", "Three"]


def test_an_item_deleted_elsewhere_clears_the_history_calmly(qtbot, store, monkeypatch):
    committee = store.committees.create("Group")
    meeting = store.meetings.create(committee, "Group", "2026-05-06")
    item = store.agenda.add(meeting, "One")
    context = AppContext(store=store)
    tab = AgendaTab(context)
    qtbot.addWidget(tab)
    tab.set_meeting(meeting)
    assert tab.undo.update(item, {"title": "One"}, {"title": "First"})
    store.agenda.delete(item)  # another screen
    context.bus.changed.emit(frozenset({"agenda"}))
    told = []
    monkeypatch.setattr("ui.messages.tell", lambda *a: told.append(a[2]))
    tab.undo.stack.undo()
    assert told and "can no longer be undone" in told[0]
    qtbot.waitUntil(lambda: tab.undo.stack.count() == 0)
    assert store.agenda.items(meeting) == []
