"""A crash while typing minutes loses at most the last couple of seconds: the Minutes tab runs
in another process (Qt offscreen) on a database file, typing notes without pause; it prints
each save it makes; it is killed with SIGKILL (no clean shutdown, nothing flushed) and the notes
in the database are at least everything it reported as saved.

Run as a script, this file is the typing process:
    python tests/test_minutes_crash.py DB MEETING_ID ITEM_ID
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Fixed words, typed one key at a time, longer than the test ever lets it get.
TEXT = ("Sam told the story of a family waiting six weeks for a scan. The committee asked "
        "how families are kept informed while they wait. ") * 40
ACKNOWLEDGED_SAVES = 3
KEY_EVERY_MS = 10  # steady typing with no pause, so only the longest-wait rule can save


@pytest.mark.slow
def test_killed_while_typing_keeps_every_saved_word(tmp_path):
    from meetingkit.demo import load_example
    from meetingkit.store import Store

    db = tmp_path / "minutes.db"
    store = Store.open(db)
    load_example(store)
    meeting = store.meetings.for_committee(store.committees.all()[0].id)[0].id
    item = next(i for i in store.agenda.items(meeting) if i.standing == "aob").id
    store.close()

    typist = subprocess.Popen([sys.executable, __file__, str(db), str(meeting), str(item)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    saved_lengths: list[int] = []
    try:
        while len(saved_lengths) < ACKNOWLEDGED_SAVES:
            line = typist.stdout.readline()
            assert line, f"the typing process stopped early: {typist.stderr.read()}"
            word, length = line.split()
            assert word == "saved"
            saved_lengths.append(int(length))
    finally:
        typist.kill()  # SIGKILL on Linux and macOS: no flush, no close
        typist.wait()
        typist.stdout.close()
        typist.stderr.close()

    assert saved_lengths == sorted(saved_lengths) and saved_lengths[0] > 0
    store = Store.open(db)
    try:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        notes = store.notes.get(item)
    finally:
        store.close()
    assert TEXT.startswith(notes)  # whole keys, in order, nothing garbled
    assert len(notes) >= saved_lengths[-1]  # everything reported saved is there
    assert len(notes) < len(TEXT)  # it really was cut off mid-typing


def type_notes(db: str, meeting_id: int, item_id: int) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from meetingkit.store import Store
    from ui.context import AppContext
    from ui.minutes.tab import ITEM, MinutesTab

    app = QApplication([])
    tab = MinutesTab(AppContext(store=Store.open(db)))
    tab.set_meeting(meeting_id)
    tab.show()
    tab._select(ITEM, item_id)
    notes = tab.item_panel.notes
    notes.saver.saved.connect(lambda _item, text: print(f"saved {len(text)}", flush=True))
    position = [0]

    def next_key() -> None:
        if position[0] < len(TEXT):
            QTest.keyClicks(notes.editor, TEXT[position[0]])
            position[0] += 1

    keys = QTimer()
    keys.timeout.connect(next_key)
    keys.start(KEY_EVERY_MS)
    app.exec()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a source checkout
    type_notes(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
