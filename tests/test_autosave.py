"""One autosaver for everything typed, with the stronger promise of the two it replaced: a
paper's text and an item's notes both reach the database within a second of the first unsaved
key, and a save the database refuses is retried without another key (it used to wait for one
on papers, and notes waited up to two seconds)."""

from __future__ import annotations

import subprocess
import sys

from tests.test_papers_autosave import _type_at_end
from tests.test_papers_checker import open_papers_tab
from tests.test_papers_files_busy import HOLD
from ui.autosave import SAVE_WITHIN_MS, Autosaver
from ui.tabs.minutes import ITEM, MinutesTab


def test_papers_and_notes_share_one_autosaver_and_one_promise(qtbot, context):
    papers = open_papers_tab(qtbot, context)
    minutes = MinutesTab(context)
    qtbot.addWidget(minutes)
    notes = minutes.item_panel.notes
    for saver in (papers.page.autosaver, notes.saver):
        assert type(saver) is Autosaver and saver.timer.interval() == SAVE_WITHIN_MS == 1000


def test_a_paper_the_database_refuses_is_saved_later_without_another_key(qtbot, context):
    tab = open_papers_tab(qtbot, context)
    paper_id = tab.page.paper.id
    context.store.conn.execute("PRAGMA busy_timeout = 200")
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(context.store.path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "HELD"
        _type_at_end(tab, qtbot, "Typed while the data was busy.")
        qtbot.waitUntil(lambda: "not saved yet" in tab.page.save_state.text(), timeout=5000)
        assert "busy" in tab.page.save_state.text()
        assert tab.page.autosaver.pending
    finally:
        holder.stdin.close()  # the other program lets go
        holder.wait()
        holder.stdout.close()
    qtbot.waitUntil(lambda: tab.page.save_state.text() == "All changes saved.", timeout=5000)
    assert context.store.papers.get(paper_id).body.endswith("Typed while the data was busy.")


def test_notes_of_an_item_are_saved_by_the_same_rules(qtbot, context):
    store = context.store
    meeting = store.meetings.for_committee(store.committees.all()[0].id)[0].id
    item = store.agenda.items(meeting)[-1].id
    minutes = MinutesTab(context)
    qtbot.addWidget(minutes)
    minutes.set_meeting(meeting)
    minutes.show()
    minutes._select(ITEM, item)
    notes = minutes.item_panel.notes
    notes.editor.setFocus()
    qtbot.keyClicks(notes.editor, "Sam asked about scans.")
    assert notes.saver.pending
    qtbot.waitUntil(lambda: store.notes.get(item).endswith("Sam asked about scans."),
                    timeout=3000)
