"""A committee chooses the domain word lists its papers are checked with, in File > Committee
settings: a person unticks one with the keyboard, saves, and the open paper is checked again
without it; ticking it again brings its words back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox

from tests.test_main_window import _menu_action
from tests.test_papers_checker import listed, open_papers_tab
from ui.dialogs.committee_dialog import CommitteeDialog

PAPER = ("# Maternity update\n\nWe met all ten safety actions of the maternity incentive scheme "
         "this year, and we will utilise the new checklist.\n")


def _add_paper(context) -> str:
    store = context.store
    committee = store.committees.all()[0]
    meeting = next(m for m in store.meetings.for_committee(committee.id)
                   if store.papers.for_meeting(m.id))
    store.papers.add(store.agenda.items(meeting.id)[0].id, "Maternity update", PAPER)
    return "Maternity update"


def _flagged(tab, words: str) -> bool:
    return any(words in line for line in listed(tab))


def _tick(dialog, label: str, qtbot) -> QCheckBox:
    (box,) = [b for b in dialog.findChildren(QCheckBox) if b.text() == label]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    return box


def test_a_word_list_switched_off_and_on_again(window, qtbot, context, on_next_dialog):
    tab = open_papers_tab(qtbot, context, _add_paper(context))
    qtbot.waitUntil(lambda: _flagged(tab, "maternity incentive scheme"))
    seen = {}

    def switch_off(dialog):
        assert isinstance(dialog, CommitteeDialog)
        (box,) = dialog.findChildren(QGroupBox)
        seen["title"] = box.title()
        seen["ticked"] = [b.text() for b in dialog.findChildren(QCheckBox) if b.isChecked()]
        assert not _tick(dialog, "Maternity", qtbot).isChecked()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_next_dialog(switch_off)
    _menu_action(window, "File", "Committee settings").trigger()
    assert seen["title"] == "Words in papers"
    assert seen["ticked"] == ["Mental health", "Maternity", "Ambulance", "Abuse and neglect",
                              "Law and inspections", "Investigations and learning",
                              "Boards, committees and money"]  # all on to begin with
    committee = context.store.committees.all()[0]
    assert committee.plain_packs_off == "maternity"
    qtbot.waitUntil(lambda: not _flagged(tab, "maternity incentive scheme"))
    assert _flagged(tab, "utilise")  # the core lists still apply

    def switch_on(dialog):
        box = _tick(dialog, "Maternity", qtbot)
        assert box.isChecked()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_next_dialog(switch_on)
    _menu_action(window, "File", "Committee settings").trigger()
    assert context.store.committees.all()[0].plain_packs_off == ""
    qtbot.waitUntil(lambda: _flagged(tab, "maternity incentive scheme"))


def test_a_new_committee_starts_with_every_list_on(window, qtbot, context, on_next_dialog):
    def create(dialog):
        (name,) = [w for w in dialog.findChildren(type(dialog.name))
                   if w.accessibleName() == "Name"]
        name.setFocus()
        qtbot.keyClicks(name, "Ambulance Quality Group")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_next_dialog(create)
    _menu_action(window, "File", "New committee").trigger()
    made = next(c for c in context.store.committees.all() if c.name == "Ambulance Quality Group")
    assert made.plain_packs_off == ""
