"""A good Word file added while the database is busy (another program holds it) is not called
damaged: the message says the data is busy and to try again, and nothing is added. Blame the
file only when it is the file."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt

from tests.test_papers_checker import open_papers_tab
from tests.test_papers_files import _choose_item, _word_file

HOLD = ("import sqlite3, sys, time\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('BEGIN EXCLUSIVE')\n"
        "print('HELD', flush=True)\n"
        "sys.stdin.readline()\n")


def test_a_good_file_while_the_database_is_busy_is_not_called_damaged(qtbot, context,
                                                                      tmp_path, monkeypatch):
    path = _word_file(tmp_path)
    tab = open_papers_tab(qtbot, context)
    item_id = _choose_item(tab, "Any other business")
    told: list[tuple[str, str]] = []
    monkeypatch.setattr("ui.messages.tell", lambda _parent, title, text: told.append((title, text)))
    monkeypatch.setattr("ui.papers.paper_files.tell",
                        lambda _parent, title, text: told.append((title, text)))
    monkeypatch.setattr("ui.tabs.papers.choose_paper_files", lambda parent: [str(path)])
    context.store.conn.execute("PRAGMA busy_timeout = 300")  # the test need not wait 5 s
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(context.store.path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "HELD"
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    finally:
        holder.stdin.close()  # lets go of the database
        holder.wait()
        holder.stdout.close()
    ((_title, text),) = told
    assert "busy" in text and "try again" in text
    assert "damaged" not in text and "could not be read" not in text and "locked" not in text
    assert context.store.papers.for_item(item_id) == []
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)  # and once it is free, it works
    assert [paper.source_name for paper in context.store.papers.for_item(item_id)] == [
        "Falls report.docx"]
