"""Files that arrive by e-mail, double-clicked: `meetingkit pack.mkreview` opens the review window
alone (no database, so it opens even while MeetingKit is open), `meetingkit reply.mkreply` opens
the app at the reply's meeting and offers to add the questions, and anything else gets one
plain sentence."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from review_helpers import review_meeting

from meetingkit.review import export_review_pack, make_reply, read_review_pack, save_reply
from meetingkit.store import Store
from ui.app import run
from ui.review.window import ReviewWindow


@pytest.fixture(autouse=True)
def _only_the_test_ends_the_run(qapp):
    """Closing the last window would also end the run, and a second 'end' left waiting would
    end the next test's first dialog at once."""
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(True)


def _arguments(file, db) -> argparse.Namespace:
    return argparse.Namespace(file=str(file), db=str(db), portable=False, startup_probe=False)


def _while_running(qapp, handle) -> list[str]:
    """Calls `handle(widget)` with each dialog or review window that appears, as a person would
    answer it, until handle returns True; then ends the app's run. Returns what was seen."""
    seen: list[str] = []

    def poll() -> None:
        shown = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, ReviewWindow) and w.isVisible()), None)
        if shown is not None and (not seen or seen[-1] != shown.windowTitle()):
            seen.append(shown.windowTitle())
            if handle(shown):
                qapp.quit()
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


@pytest.fixture
def database(tmp_path):
    store = Store.open(tmp_path / "chair.db")
    ids = review_meeting(store)
    store.close()
    return tmp_path / "chair.db", ids


def test_a_review_pack_opens_in_the_review_window_without_a_database(qapp, tmp_path, database,
                                                                      monkeypatch):
    path, ids = database
    store = Store.open(path)
    pack = export_review_pack(store, ids["meeting"], tmp_path / "pack.mkreview")
    store.close()
    monkeypatch.setattr("ui.review.window.ask_before_closing", lambda parent, kept: "close")
    opened = {}

    def read(window) -> bool:
        opened["items"] = window.agenda.count()
        opened["focus"] = QApplication.focusWidget() is window.agenda
        window.close()
        return True

    seen = _while_running(qapp, read)
    assert run(_arguments(pack, tmp_path / "partner.db")) == 0
    assert seen == ["Review: Patient Safety Group, Tuesday 3 March 2026 \u2013 MeetingKit"]
    assert opened["items"] == 2
    assert not (tmp_path / "partner.db").exists()  # a partner needs no database of their own


def test_a_reply_opens_its_meeting_and_offers_to_add_the_questions(qapp, tmp_path, database):
    path, ids = database
    store = Store.open(path)
    pack = read_review_pack(export_review_pack(store, ids["meeting"], tmp_path / "p.mkreview"))
    store.close()
    reply = save_reply(make_reply(pack, "Sam Okafor", {ids["falls"]: "Who checks the mats?"}),
                       tmp_path / "sam.mkreply")
    asked = {}

    def answer(dialog) -> bool:
        if dialog.windowTitle() == "Add this partner's questions?":
            asked["text"] = dialog.text()
            asked["meeting"] = dialog.parent().context.meeting_id
            button = next(b for b in dialog.buttons() if "Add the questions" in b.text())
            button.click()
            return False
        dialog.accept()  # "Reply imported"
        return True

    seen = _while_running(qapp, answer)
    assert run(_arguments(reply, path)) == 0
    assert seen == ["Add this partner's questions?", "Reply imported"]
    assert asked["meeting"] == ids["meeting"]
    assert asked["text"] == ("Sam Okafor sent 1 question about the meeting 'Patient Safety "
                             "Group' on Tuesday 3 March 2026. Add them to the meeting's agenda "
                             "items?")
    store = Store.open(path)
    assert [q["text"] for q in store.questions.for_item(ids["falls"])] == ["Who checks the mats?"]
    store.close()


def test_saying_not_now_adds_nothing(qapp, tmp_path, database):
    path, ids = database
    store = Store.open(path)
    pack = read_review_pack(export_review_pack(store, ids["meeting"], tmp_path / "p.mkreview"))
    store.close()
    reply = save_reply(make_reply(pack, "Sam Okafor", {ids["falls"]: "Why?"}),
                       tmp_path / "sam.mkreply")

    def decline(dialog) -> bool:
        next(b for b in dialog.buttons() if b.text() == "Not now").click()
        return True  # ends the app's run, which closes its window

    _while_running(qapp, decline)
    assert run(_arguments(reply, path)) == 0
    store = Store.open(path)
    assert store.questions.for_item(ids["falls"]) == []
    store.close()


def test_any_other_file_gets_one_plain_sentence(qapp, tmp_path):
    told = {}

    def read(box) -> bool:
        told["title"], told["text"] = box.windowTitle(), box.text()
        assert isinstance(box, QMessageBox)
        box.accept()
        return True

    _while_running(qapp, read)
    assert run(_arguments(tmp_path / "minutes.docx", tmp_path / "x.db")) == 2
    assert told == {"title": "MeetingKit cannot open this file",
                    "text": "minutes.docx is not a review pack (.mkreview) or a partner's reply "
                            "(.mkreply), the two kinds of file MeetingKit opens."}
    assert not (tmp_path / "x.db").exists()
