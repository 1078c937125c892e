"""The meetings list as a screen reader meets it: the chosen meeting, its status and that it is
selected (Orca read "Committee: … expanded, not selected" while a meeting was chosen), and a
change of meeting that touches only the tab on show (it sent about a hundred events)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from window_support import activate


def _focus_list(window, qtbot):
    activate(window, qtbot)
    window.navigator.setFocus()
    qtbot.waitUntil(window.navigator.hasFocus)
    return QAccessible.queryAccessibleInterface(window.navigator)


def test_the_chosen_meeting_is_said_with_its_status_and_as_selected(window, qtbot):
    iface = _focus_list(window, qtbot)
    chosen = iface.focusChild()
    name = chosen.text(QAccessible.Text.Name)
    assert name.endswith("– Draft") and not name.startswith("Committee")
    assert chosen.state().selected and chosen.state().focused
    assert not chosen.state().expanded and not chosen.state().expandable
    selection = iface.selectionInterface()
    assert [selection.selectedItem(i).text(QAccessible.Text.Name)
            for i in range(selection.selectedItemCount())] == [name]
    qtbot.keyClick(window.navigator, Qt.Key.Key_Down)  # the meeting before it
    chosen = iface.focusChild()
    assert chosen.text(QAccessible.Text.Name).endswith("– Minutes approved")
    assert chosen.state().selected
    assert window.navigator.current()[0] == "meeting"


def test_changing_meeting_refreshes_only_the_tab_on_show(window, qtbot):
    minutes = window.workspace.tab("minutes")  # built, while the Overview shows
    before = minutes.meeting_id
    _focus_list(window, qtbot)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Down)
    chosen = window.context.meeting_id
    assert chosen != before
    assert window.workspace.currentWidget().meeting_id == chosen  # the Overview, at once
    assert minutes.meeting_id == before  # hidden: not refilled for every key press
    window.workspace.setCurrentWidget(minutes)
    QApplication.processEvents()
    assert minutes.meeting_id == chosen  # it catches up when shown
    assert window.workspace.tab("agenda").meeting_id == chosen  # and when asked for


def test_renaming_a_committee_chooses_the_meeting_once_not_once_per_row(window, qtbot):
    """It can fail: clearing the list moved the chosen row one row at a time, and each move
    redrew the tabs for that meeting (4 seconds with 2,400 meetings)."""
    from meetingkit.ops import committees

    chosen = window.navigator.current()
    assert chosen[0] == "meeting"
    said = []
    window.navigator.selection.connect(lambda kind, ident: said.append((kind, ident)))
    committee = window.context.store.committees.all()[0]
    window.context.perform(window, lambda: committees.update_committee(
        window.context.store, committee.id, name="Patient Safety Group"))
    assert said == [chosen]  # the same meeting, chosen again once
    assert window.navigator.current() == chosen
