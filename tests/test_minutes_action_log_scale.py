"""A committee with 100,000 actions: the action log filters them all, but the table only ever
fetches the few rows it shows (so filtering stays quick however long the log grows)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ui.context import AppContext
from ui.minutes.action_log import ActionLogPanel

ACTIONS = 100_000


def _big_log(store) -> int:
    committee = store.committees.create("PSG")
    with store.transaction():
        conn = store.conn
        for month in range(100):
            conn.execute("INSERT INTO meetings (committee_id, title, date) VALUES (?, ?, ?)",
                         [committee, "PSG", f"{2000 + month // 12}-{month % 12 + 1:02d}-10"])
        first = conn.execute("SELECT min(id) FROM meetings").fetchone()[0]
        conn.executemany(
            "INSERT INTO actions (meeting_id, text, owner, due, status) VALUES (?, ?, ?, ?, ?)",
            [(first + n % 100, f"Action number {n} about {'falls' if n % 7 else 'scans'}",
              "Maria Lopez" if n % 3 else "Tom Baker", f"20{10 + n % 15}-01-01",
              ("open", "done", "closed")[n % 3]) for n in range(ACTIONS)])
    return committee


@pytest.mark.slow
def test_filtering_a_huge_log_fetches_only_what_is_shown(qtbot, store):
    committee = _big_log(store)
    context = AppContext(store=store)
    fetched: list[int] = []
    real_rows = store.involvement.action_log.rows

    def counting_rows(ids):
        fetched.extend(ids)
        return real_rows(ids)

    store.involvement.action_log.rows = counting_rows
    panel = ActionLogPanel(context)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_committee(committee)
    panel.status.setCurrentIndex(panel.status.findData("all"))
    QApplication.processEvents()
    assert panel.model.rowCount() == ACTIONS
    assert panel.count.text() == f"Showing {ACTIONS:,} of {ACTIONS:,} actions."

    fetched.clear()
    qtbot.keyClicks(panel.words, "scans tom")
    QApplication.processEvents()
    expected = sum(1 for n in range(ACTIONS) if n % 7 == 0 and n % 3 == 0)
    assert panel.model.rowCount() == expected
    assert all("scans" in panel.model.index(r, 0).data() for r in range(20))
    assert len(fetched) <= 10 * 200  # pages of rows for the screen, never the whole log

    panel.view.scrollToBottom()
    QApplication.processEvents()
    last = panel.model.index(expected - 1, 1).data()
    assert last == "Tom Baker"
