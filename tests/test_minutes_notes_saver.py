"""Notes are saved as they are typed: after a pause, during non-stop typing, at once on flush,
and again after a failed save, without anyone pressing a key."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QTimer

from ui.autosave import Autosaver as NotesSaver


class Typist:
    """Something to save: the text so far, and a record of each save."""

    def __init__(self, fail_first: int = 0):
        self.text = ""
        self.saves: list[tuple[int, str]] = []
        self.fail_first = fail_first

    def save(self, item_id: int, text: str) -> None:
        if self.fail_first:
            self.fail_first -= 1
            raise sqlite3.OperationalError("database is locked")
        self.saves.append((item_id, text))

    def type(self, saver: NotesSaver, words: str) -> None:
        self.text += words
        saver.changed()


def test_saves_after_typing_pauses(qtbot):
    typist = Typist()
    saver = NotesSaver(typist.save)
    saver.track(7, lambda: typist.text)
    typist.type(saver, "Sam asked")
    typist.type(saver, " about scans.")
    assert saver.pending and typist.saves == []
    qtbot.waitUntil(lambda: bool(typist.saves), timeout=5000)
    assert typist.saves == [(7, "Sam asked about scans.")]
    assert not saver.pending


def test_saves_while_typing_never_stops(qtbot):
    """Without a longest wait, a pause-only timer would never fire during steady typing.
    (Shorter waits than the app's, to keep the test quick; the rule is the same.)"""
    typist = Typist()
    saver = NotesSaver(typist.save, within_ms=400)
    saver.track(7, lambda: typist.text)
    keys = QTimer()
    keys.setInterval(20)  # far quicker than the pause the saver waits for
    keys.timeout.connect(lambda: typist.type(saver, "x"))
    keys.start()
    try:
        qtbot.waitUntil(lambda: len(typist.saves) >= 2, timeout=10000)
    finally:
        keys.stop()
    assert all(saved.startswith("x") for _item, saved in typist.saves)


def test_flush_saves_at_once_and_changing_item_saves_the_old_one(qtbot):
    typist = Typist()
    saver = NotesSaver(typist.save)
    saver.track(1, lambda: typist.text)
    typist.type(saver, "First item notes")
    saver.track(2, lambda: "")  # moving to another item saves the one being left
    assert typist.saves == [(1, "First item notes")]
    assert saver.flush() and typist.saves == [(1, "First item notes")]  # nothing new to save
    saver.changed()
    assert saver.flush() and typist.saves[-1] == (2, "")


def test_a_failed_save_is_tried_again_without_another_key(qtbot):
    typist = Typist(fail_first=1)
    saver = NotesSaver(typist.save)
    problems: list[str] = []
    saver.failed.connect(problems.append)
    saver.track(3, lambda: typist.text)
    typist.type(saver, "Nothing typed is lost")
    assert not saver.flush()
    assert problems and "not saved yet" in problems[0] and saver.pending
    qtbot.waitUntil(lambda: bool(typist.saves), timeout=5000)
    assert typist.saves == [(3, "Nothing typed is lost")]


def test_nothing_to_follow_nothing_saved(qtbot):
    typist = Typist()
    saver = NotesSaver(typist.save)
    saver.changed()  # no item yet
    assert not saver.pending and saver.flush() and typist.saves == []
