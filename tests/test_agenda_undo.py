"""Undo and redo of agenda changes, and reordering by drag and drop.

A random run of changes (add, edit, move, delete, a template added or in place of the items)
is undone step by step from the Edit menu's undo, each step giving back exactly the agenda
before it, papers included, while the tab shows what the store holds; redo then walks forward
to the same agenda again. Deleting an item with an action and pressing Ctrl+Z brings the item
back with its own id, its action still linked to it and in the minutes under it."""

from __future__ import annotations

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from window_support import activate, menu_action

from meetingkit.export import export_minutes
from meetingkit.ops import agenda as agenda_ops
from meetingkit.store import Store
from meetingkit.templates import load_template
from ui.agenda.tab import AgendaTab
from ui.agenda.table_model import MIME_TYPE, order_after_drop
from ui.context import AppContext

OPERATIONS = st.lists(st.tuples(st.sampled_from(["add", "edit", "move", "delete", "template",
                                                 "replace"]),
                                st.integers(0, 50), st.integers(0, 50)),
                      min_size=1, max_size=8)


def agenda_state(store: Store, meeting: int) -> list[tuple]:
    return [(i.id, i.title, i.purpose, i.minutes, i.summary, i.standing,
             tuple((p.id, p.title, p.body) for p in store.papers.for_item(i.id)))
            for i in store.agenda.items(meeting)]


@pytest.fixture(scope="module")
def template():
    return load_template("generic-committee")


def run(context: AppContext, meeting: int, operation: tuple, template) -> bool:
    store = context.store
    kind, a, b = operation
    ids = [i.id for i in store.agenda.items(meeting)]
    if kind == "add":
        arguments = (agenda_ops.add_item, meeting, f"Item {a}", a % (len(ids) + 1))
        values = {"minutes": b}
    elif kind in ("template", "replace"):
        arguments = (agenda_ops.use_agenda, meeting, template, kind == "replace", "use a template")
        values = {}
    elif not ids:
        return False
    elif kind == "edit":
        arguments = (agenda_ops.update_item, ids[a % len(ids)])
        values = {"title": f"Edited {b}", "minutes": b}
    elif kind == "move":
        item_id = ids[a % len(ids)]
        new = [i for i in ids if i != item_id]
        new.insert(b % len(ids), item_id)
        if new == ids:
            return False
        arguments, values = (agenda_ops.reorder, meeting, new, item_id), {}
    else:
        arguments, values = (agenda_ops.delete_item, ids[a % len(ids)]), {}
    operation_, *rest = arguments
    done = context.perform(None, lambda: operation_(store, *rest, **values))
    return bool(done and done.changes)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_undo_walks_back_exactly_and_redo_forward_again(qtbot, template, operations):
    store = Store.memory()
    committee = store.committees.create("Group")
    meeting = store.meetings.create(committee, "Group", "2026-05-06")
    first = store.agenda.add(meeting, "Falls", purpose="decision")
    store.papers.add(first, "Falls report", "Nine falls")
    context = AppContext(store=store)
    tab = AgendaTab(context)
    qtbot.addWidget(tab)
    tab.set_meeting(meeting)
    states = [agenda_state(store, meeting)]
    for operation in operations:
        if run(context, meeting, operation, template):
            states.append(agenda_state(store, meeting))

    def shown() -> list[str]:
        return [tab.model.index(row, 1).data() for row in range(tab.model.rowCount())]

    for expected in reversed(states[:-1]):
        context.undo()
        assert agenda_state(store, meeting) == expected
        assert shown() == [state[1] for state in expected]
    assert store.history.undo_description is None
    for expected in states[1:]:
        context.redo()
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
    context = AppContext(store=store)
    tab = AgendaTab(context)
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
    assert store.history.undo_description == "move 'One'"
    context.undo()
    assert [i.title for i in store.agenda.items(meeting)] == ["One", "Two", "Three"]


def test_an_item_changed_elsewhere_lets_go_of_the_steps_it_would_spoil(qtbot, store):
    committee = store.committees.create("Group")
    meeting = store.meetings.create(committee, "Group", "2026-05-06")
    item = store.agenda.add(meeting, "One")
    context = AppContext(store=store)
    tab = AgendaTab(context)
    qtbot.addWidget(tab)
    tab.set_meeting(meeting)
    assert context.perform(tab, lambda: agenda_ops.update_item(store, item, title="First"))
    assert store.history.undo_description == "change the title of 'One'"
    store.agenda.delete(item)  # written outside any step, so undo must not put it back wrongly
    assert store.history.undo_description is None
    assert context.undo().changes.kinds == frozenset()
    assert store.agenda.items(meeting) == []


def test_delete_an_item_with_an_action_and_ctrl_z_brings_both_back_linked(window, qtbot,
                                                                          on_next_dialog, tmp_path):
    """The issue's own example: the item comes back with its own id and its action is still
    linked to it, so the exported minutes list the action under it."""
    store = window.context.store
    meeting = window.context.meeting_id
    agenda = window.workspace.tab("agenda")
    window.workspace.setCurrentWidget(agenda)
    item = store.agenda.items(meeting)[2]
    action = store.actions.add(meeting, "Send the leaflet to families", "Maria Lopez", None,
                               item.id)
    decision = store.decisions.add(item.id, "Agreed to try the leaflet.")
    activate(window, qtbot)
    agenda.show_item(item.id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is agenda.table)
    on_next_dialog(lambda box: next(b for b in box.buttons() if "Delete" in b.text()).click())
    qtbot.keyClick(agenda.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: item.id not in [i.id for i in store.agenda.items(meeting)])
    assert store.actions.get(action).item_id is None
    undo = menu_action(window, "Edit", "undo")
    assert undo.text() == f"&Undo delete the item '{item.title}'"
    activate(window, qtbot)  # back from the question
    qtbot.keyClick(agenda.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [i.id for i in store.agenda.items(meeting)][2] == item.id
    assert store.actions.get(action).item_id == item.id
    assert [d.id for d in store.decisions.for_item(item.id)] == [decision]
    assert agenda.current_id() == item.id  # the item brought back is the one chosen
    assert window.statusBar().currentMessage() == f"Undone: delete the item '{item.title}'."
    assert menu_action(window, "Edit", "redo").text() == f"&Redo delete the item '{item.title}'"
    path = export_minutes(store, meeting, tmp_path / "minutes.docx", allow_patient_details=True)
    text = [p.text for p in docx.Document(str(path)).paragraphs]
    heading = next(i for i, line in enumerate(text) if item.title in line)
    assert any("Send the leaflet to families" in line for line in text[heading:])
    qtbot.keyClick(agenda.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert item.id not in [i.id for i in store.agenda.items(meeting)]
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)
