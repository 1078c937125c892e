"""The rewrite window asks "PAS: which meaning?" for a short form with two NHS meanings,
remembers the answer for the committee, ticks only the changes proven safe, and shows the plain
version's reading age, length and barriers beside the paper's, warning before it saves one that
is harder or longer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.test_papers_checker import open_papers_tab
from ui.papers.meaning_dialog import MeaningDialog
from ui.papers.rewrite_dialog import CHECK_IT, SAFE, RewriteDialog

PAS_PAPER = ("# Ambulance quality\n\nOur PAS crews carried 300 patients in March. The PAS "
             "contract is reviewed each year, and we will utilise the new checklist.\n")


def _paper(context, body: str, title: str = "Ambulance update") -> int:
    store = context.store
    committee = store.committees.all()[0]
    meeting = next(m for m in store.meetings.for_committee(committee.id)
                   if store.papers.for_meeting(m.id))
    item = store.agenda.items(meeting.id)[0]
    return store.papers.add(item.id, title, body)


def _open(qtbot, context, body: str):
    paper_id = _paper(context, body)
    tab = open_papers_tab(qtbot, context)
    assert tab.tree.select("paper", paper_id)
    return tab


def test_the_chair_is_asked_which_meaning_once_and_it_is_remembered(qtbot, context,
                                                                     on_next_dialog):
    tab = _open(qtbot, context, PAS_PAPER)
    committee = context.store.committees.all()[0].id
    seen = {}

    def in_rewrite(dialog):
        assert isinstance(dialog, RewriteDialog)
        seen["rows"] = {dialog.table.topLevelItem(i).text(1): (
            dialog.table.topLevelItem(i).text(2), dialog.table.topLevelItem(i).checkState(0))
            for i in range(dialog.table.topLevelItemCount())}
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    def which_meaning(dialog):
        assert isinstance(dialog, MeaningDialog)
        seen["title"] = dialog.windowTitle()
        seen["choices"] = [b.text() for b, _ in dialog.choices]
        button = next(b for b, meaning in dialog.choices if meaning == "private ambulance service")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        on_next_dialog(in_rewrite)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    on_next_dialog(which_meaning)
    qtbot.mouseClick(tab.page.rewrite_button, Qt.MouseButton.LeftButton)
    assert seen["title"] == "PAS: which meaning?"
    assert any(c.startswith("patient administration system") for c in seen["choices"])
    assert context.store.acronym_meanings.for_committee(committee) == {
        "PAS": "private ambulance service"}
    written_out = [v for k, v in seen["rows"].items() if "[PAS]" in k]
    assert written_out and "private ambulance service (PAS)" in written_out[0][0]
    # The findings list now explains PAS with the committee's meaning.
    messages = [tab.page.findings.list.item(i).toolTip() or tab.page.findings.list.item(i).text()
                for i in range(tab.page.findings.list.count())]
    assert not any("which meaning" in m for m in messages)

    # A second rewrite goes straight to the rewrite window.
    seen.clear()
    on_next_dialog(in_rewrite)
    qtbot.mouseClick(tab.page.rewrite_button, Qt.MouseButton.LeftButton)
    assert "rows" in seen and "title" not in seen


def test_not_sure_leaves_the_acronym_alone(qtbot, context, on_next_dialog):
    tab = _open(qtbot, context, PAS_PAPER)
    seen = {}

    def in_rewrite(dialog):
        seen["rows"] = [dialog.table.topLevelItem(i).text(1)
                        for i in range(dialog.table.topLevelItemCount())]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    def not_sure(dialog):
        assert dialog.not_sure.isChecked()  # the default: nothing is guessed
        on_next_dialog(in_rewrite)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    on_next_dialog(not_sure)
    qtbot.mouseClick(tab.page.rewrite_button, Qt.MouseButton.LeftButton)
    assert not [r for r in seen["rows"] if "[PAS]" in r]
    assert context.store.acronym_meanings.for_committee(context.store.committees.all()[0].id) == {}


def test_safe_changes_are_ticked_suggestions_are_not_and_the_comparison_shows(
        qtbot, context, on_next_dialog):
    body = ("# Falls\n\nWe will utilise the new mats. Staff must ensure co-production of the "
            "leaflet with patients and carers before the deteriorating patient pathway is "
            "changed, and we will commence the audit in the summer.\n")
    tab = _open(qtbot, context, body)
    seen = {}

    def look(dialog):
        rows = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
        seen["rows"] = {r.text(1): (r.text(3), r.checkState(0)) for r in rows}
        seen["comparison"] = dialog.comparison.text()
        seen["warning before"] = dialog.warning.text()
        for row in rows:  # tick every suggestion as well
            row.setCheckState(0, Qt.CheckState.Checked)
        seen["warning after"] = dialog.warning.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_next_dialog(look)
    qtbot.mouseClick(tab.page.rewrite_button, Qt.MouseButton.LeftButton)
    by_word = {k.split("[")[1].split("]")[0]: v for k, v in seen["rows"].items()}
    assert by_word["utilise"] == (SAFE, Qt.CheckState.Checked)
    assert by_word["commence"] == (SAFE, Qt.CheckState.Checked)
    assert by_word["ensure"] == (CHECK_IT, Qt.CheckState.Unchecked)
    assert by_word["deteriorating patient"] == (CHECK_IT, Qt.CheckState.Unchecked)
    assert seen["comparison"].startswith("Plain version: reading age")
    assert "barrier" in seen["comparison"]
    assert seen["warning before"] == ""
    assert "longer than the paper" in seen["warning after"] or \
        "harder to read" in seen["warning after"]
