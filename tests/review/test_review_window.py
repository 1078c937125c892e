"""The partner's review window, driven as a person would: open the pack, choose an item with
the keyboard, type questions, make the text bigger, save the reply; and what they see."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from review_helpers import review_meeting, with_manifest

from meetingkit.review import export_review_pack, read_reply, read_review_pack_bytes
from ui.context import AppContext
from ui.review.import_flow import open_review_pack
from ui.review.window import ReviewWindow


@pytest.fixture(autouse=True)
def _closing_without_asking(monkeypatch):
    """Windows left open are closed after each test; nobody is there to answer a question."""
    monkeypatch.setattr("ui.review.window.ask_before_closing", lambda parent, kept: "close")


@pytest.fixture
def told(monkeypatch):
    messages: list[tuple[str, str]] = []
    for module in ("ui.review.window", "ui.review.import_flow"):
        monkeypatch.setattr(f"{module}.tell", lambda parent, title, text:
                            messages.append((title, text)))
    return messages


@pytest.fixture
def pack_path(store, tmp_path):
    ids = review_meeting(store)
    return export_review_pack(store, ids["meeting"], tmp_path / "pack.mkreview")


def _open(qtbot, store, pack_path, settings=None, monkeypatch=None) -> ReviewWindow:
    parent = QWidget()
    qtbot.addWidget(parent)
    window = open_review_pack(AppContext(store=store, settings=settings), parent, pack_path)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_read_an_item_write_questions_and_save_the_reply(qtbot, store, pack_path, tmp_path,
                                                        monkeypatch, told):
    window = _open(qtbot, store, pack_path)
    assert "Patient Safety Group" in window.windowTitle()
    assert window.agenda.count() == 2 and window.agenda.item(0).text() == "1. Welcome"
    assert "The chair says hello." in window.reader.toPlainText()

    window.agenda.setFocus()
    qtbot.keyClick(window.agenda, Qt.Key.Key_Down)  # the second item, by keyboard
    shown = window.reader.toPlainText()
    assert "2. Falls on the wards" in shown and "To decide" in shown
    assert "The team looked at falls." in shown  # the plain version, in Plain view
    assert "Datix" not in shown

    qtbot.keyClicks(window.reviewer, "Sam Okafor")
    window.questions.setFocus()
    qtbot.keyClicks(window.questions, "What is a fall?")
    qtbot.keyClick(window.questions, Qt.Key.Key_Return)
    qtbot.keyClick(window.questions, Qt.Key.Key_Return)
    qtbot.keyClicks(window.questions, "Who tells the family?")
    assert window.agenda.item(1).text() == "2. Falls on the wards (you wrote a question)"
    assert window.progress.text() == "You have written questions for 1 of 2 items."

    target = tmp_path / "sam.mkreply"
    monkeypatch.setattr("ui.review.files.ask_save_path", lambda *args: target)
    qtbot.keyClick(window.questions, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    reply = read_reply(target)
    assert reply.reviewer == "Sam Okafor"
    assert [(i.title, i.questions) for i in reply.items] == [
        ("Falls on the wards", ("What is a fall?", "Who tells the family?"))]
    assert told[-1][0] == "Reply saved" and "E-mail this file" in told[-1][1]
    assert "sam.mkreply" in window.progress.text()


def test_saving_without_a_name_asks_for_it(qtbot, store, pack_path, monkeypatch, told):
    window = _open(qtbot, store, pack_path)
    qtbot.keyClicks(window.questions, "Why?")
    monkeypatch.setattr("ui.review.files.ask_save_path",
                        lambda *args: pytest.fail("no file should be asked for"))
    window.save_button.click()
    assert told == [("Not ready to save yet", "Please write your name, so the chair knows who "
                     "the questions are from.")]
    assert window.reviewer.hasFocus()


def test_text_size_grows_with_the_keyboard(qtbot, store, pack_path):
    window = _open(qtbot, store, pack_path)
    normal = window.reader.font().pointSizeF()
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.text_size.currentText() == "200%"
    assert window.reader.font().pointSizeF() == pytest.approx(normal * 2)
    assert window.questions.font().pointSizeF() == pytest.approx(normal * 2)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.font().pointSizeF() == pytest.approx(normal)


def test_text_size_works_under_an_application_style_sheet(qtbot, store, pack_path):
    app = QApplication.instance()
    before = app.styleSheet()
    app.setStyleSheet("QWidget { margin: 0px; }")  # Qt then stops passing fonts to children
    try:
        window = _open(qtbot, store, pack_path)
        normal = app.font().pointSizeF()
        window.text_size.set_factor(2.0)
        assert window.reader.font().pointSizeF() == pytest.approx(normal * 2)
        assert window.agenda.font().pointSizeF() == pytest.approx(normal * 2)
    finally:
        app.setStyleSheet(before)


def test_tab_goes_through_every_control_without_a_trap(qtbot, store, pack_path):
    window = _open(qtbot, store, pack_path)
    window.reviewer.setFocus()
    visited = []
    for _ in range(8):
        visited.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert visited == [window.reviewer, window.text_size, window.agenda, window.reader,
                       window.questions, window.reading_button, window.save_button,
                       window.close_button]
    for widget in visited:
        assert widget.accessibleName() or widget.text()


def test_typed_questions_are_kept_when_the_window_closes(qtbot, store, pack_path, tmp_path,
                                                         monkeypatch):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = _open(qtbot, store, pack_path, settings)
    qtbot.keyClicks(window.reviewer, "Sam")
    qtbot.keyClicks(window.questions, "A question I have not sent yet")
    asked = []
    monkeypatch.setattr("ui.review.window.ask_before_closing",
                        lambda parent, kept: asked.append(kept) or "close")
    window.close()
    assert asked == [True]
    again = _open(qtbot, store, pack_path, settings)
    assert again.reviewer.text() == "Sam"
    assert again.questions.toPlainText() == "A question I have not sent yet"
    assert again.agenda.item(0).text() == "1. Welcome (you wrote a question)"


def test_keep_reading_cancels_the_close(qtbot, store, pack_path, monkeypatch):
    window = _open(qtbot, store, pack_path)
    qtbot.keyClicks(window.questions, "Unsent")
    monkeypatch.setattr("ui.review.window.ask_before_closing", lambda parent, kept: "stay")
    window.close()
    assert window.isVisible()


def test_markup_in_a_pack_is_shown_as_plain_words(qtbot, store, pack_path, tmp_path):
    def add_markup(manifest):
        manifest["meeting"]["title"] = "<b>Bold</b> meeting"
        manifest["items"][0]["title"] = "<script>alert(1)</script>"
        manifest["items"][0]["summary"] = "<img src=http://tracker/x.png> hello"

    hostile = tmp_path / "hostile.mkreview"
    hostile.write_bytes(with_manifest(pack_path.read_bytes(), add_markup))
    read_review_pack_bytes(hostile.read_bytes())  # it opens: the text is only text
    window = _open(qtbot, store, hostile)
    assert window.agenda.item(0).text() == "1. <script>alert(1)</script>"
    shown = window.reader.toPlainText()
    assert "<script>alert(1)</script>" in shown
    assert "<img src=http://tracker/x.png> hello" in shown
    assert "<b>Bold</b> meeting" in window.windowTitle()


def test_a_refused_pack_gets_one_plain_message(qtbot, store, tmp_path, told):
    broken = tmp_path / "broken.mkreview"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_review_pack(AppContext(store=store), parent, broken) is None
    assert told == [("This review pack could not be opened",
                     "This review pack is damaged or was not made by MeetingKit, so it was not "
                     "opened.")]


def test_the_draft_survives_a_damaged_settings_value(qtbot, store, pack_path, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = _open(qtbot, store, pack_path, settings)
    settings.setValue(window._draft_key(), json.dumps({"notes": {"x": 1}}))
    again = _open(qtbot, store, pack_path, settings)
    assert again.questions.toPlainText() == ""
