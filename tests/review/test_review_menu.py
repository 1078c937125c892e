"""The chair's side, from the File menu as the main window will offer it: export the packs,
minutes and action log; import a partner's reply (twice: the questions appear once)."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from meetingkit.review import make_reply, read_review_pack, save_reply
from meetingkit.store.changes import Kind
from ui.review.menu import review_menu_actions

MENU_TEXTS = ["Open review pack", "Import a partner's reply", "Export meeting pack (Word)",
              "Export review pack", "Export minutes (Word)", "Export action log"]


@pytest.fixture
def chair(window, monkeypatch):
    """The main window with the review entries added to its File menu, as the hook does."""
    for menu, action in review_menu_actions(window.context, window):
        window._menu(menu).addAction(action)
    told: list[tuple[str, str]] = []
    for module in ("ui.review.export_flow", "ui.review.import_flow"):
        monkeypatch.setattr(f"{module}.tell",
                            lambda parent, title, text: told.append((title, text)))
    window.told = told
    return window


def _entry(window, text: str):
    for action in window.menus["File"].actions():
        if action.text().replace("&", "").rstrip("…") == text:
            return action
    raise AssertionError(f"no {text!r} in the File menu")


def _save_to(monkeypatch, path):
    monkeypatch.setattr("ui.review.files.ask_save_path", lambda *args: path)


def _answer_options(on_next_dialog, qtbot, tick: tuple[str, ...] = ()):
    def answer(dialog):
        for box in dialog.findChildren(QCheckBox):
            if box.accessibleName() in tick:
                box.setChecked(True)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    return on_next_dialog(answer)


def test_the_file_menu_has_every_entry(chair):
    for text in MENU_TEXTS:
        assert _entry(chair, text).isEnabled()
    chair.context.bus.meeting_selected.emit(None)
    assert _entry(chair, "Open review pack").isEnabled()
    assert not _entry(chair, "Export minutes (Word)").isEnabled()


def test_export_the_meeting_pack_in_large_print(chair, qtbot, on_next_dialog, monkeypatch,
                                                tmp_path):
    target = tmp_path / "pack.docx"
    _save_to(monkeypatch, target)
    answered = _answer_options(on_next_dialog, qtbot, tick=("Large print (16 point text)",))
    _entry(chair, "Export meeting pack (Word)").trigger()
    assert answered
    document = docx.Document(str(target))
    assert document.styles["Normal"].font.size.pt >= 16
    assert chair.told[-1][0] == "Saved" and "pack.docx" in chair.told[-1][1]
    assert "The meeting pack is saved as pack.docx." in chair.statusBar().currentMessage()


def test_patient_details_are_flagged_before_export(chair, qtbot, monkeypatch, tmp_path):
    store = chair.context.store
    item = store.agenda.items(chair.context.meeting_id)[3]
    store.agenda.update(item.id, summary="Mrs Jones, NHS number 943 476 5919, waited weeks.")
    warned = []
    monkeypatch.setattr("ui.review.export_flow.confirm_patient_details",
                        lambda parent, findings: warned.extend(findings) or False)
    _save_to(monkeypatch, tmp_path / "review.mkreview")
    _entry(chair, "Export review pack").trigger()
    assert {f.kind for f in warned} >= {"nhs_number"}
    assert not (tmp_path / "review.mkreview").exists()


def test_export_minutes_and_the_action_log(chair, qtbot, on_next_dialog, monkeypatch, tmp_path):
    _save_to(monkeypatch, tmp_path / "minutes.docx")
    _answer_options(on_next_dialog, qtbot)
    _entry(chair, "Export minutes (Word)").trigger()
    lines = [p.text for p in docx.Document(str(tmp_path / "minutes.docx")).paragraphs]
    assert lines[0].startswith("DRAFT minutes:")

    _save_to(monkeypatch, tmp_path / "actions.csv")
    _answer_options(on_next_dialog, qtbot, tick=("Include actions that are done or closed",))
    _entry(chair, "Export action log").trigger()
    text = (tmp_path / "actions.csv").read_text(encoding="utf-8-sig")
    assert "Overdue" in text and "Done" in text


def test_import_a_partners_reply_twice(chair, monkeypatch, tmp_path):
    store = chair.context.store
    meeting_id = chair.context.meeting_id
    _save_to(monkeypatch, tmp_path / "pack.mkreview")
    _entry(chair, "Export review pack").trigger()
    pack = read_review_pack(tmp_path / "pack.mkreview")
    story = pack.items[3]
    reply_path = save_reply(make_reply(pack, "Sam Okafor",
                                       {story.item_id: "Was the family told why?"}),
                            tmp_path / "sam.mkreply")
    monkeypatch.setattr("ui.review.files.ask_open_path", lambda *args: reply_path)
    changes = []
    chair.context.bus.changed.connect(changes.append)

    _entry(chair, "Import a partner's reply").trigger()
    _entry(chair, "Import a partner's reply").trigger()
    questions = store.questions.for_item(story.item_id)
    assert [(q["author"], q["text"]) for q in questions] == [
        ("Sam Okafor", "Was the family told why?")]
    assert chair.told[-2][1].startswith("Added 1 question from Sam Okafor to 1 item.")
    assert "Was the family told why?" in chair.told[-2][1]
    assert "already here" in chair.told[-1][1]
    assert any(change.touches(Kind.QUESTIONS) for change in changes)
    assert meeting_id == chair.context.meeting_id


def test_a_reply_for_another_meeting_changes_nothing(chair, monkeypatch, tmp_path):
    store = chair.context.store
    _save_to(monkeypatch, tmp_path / "pack.mkreview")
    _entry(chair, "Export review pack").trigger()
    pack = read_review_pack(tmp_path / "pack.mkreview")
    reply_path = save_reply(make_reply(pack, "Sam", {pack.items[3].item_id: "Why?"}),
                            tmp_path / "sam.mkreply")
    past = store.meetings.previous(chair.context.meeting_id)
    chair.navigator.select("meeting", past.id)
    assert chair.context.meeting_id == past.id
    before = list(store.conn.iterdump())
    monkeypatch.setattr("ui.review.files.ask_open_path", lambda *args: reply_path)
    _entry(chair, "Import a partner's reply").trigger()
    assert chair.told[-1][0] == "This reply is for another meeting"
    assert "Choose that meeting on the left" in chair.told[-1][1]
    assert list(store.conn.iterdump()) == before


def test_open_a_review_pack_from_the_menu(chair, qtbot, monkeypatch, tmp_path):
    _save_to(monkeypatch, tmp_path / "pack.mkreview")
    _entry(chair, "Export review pack").trigger()
    monkeypatch.setattr("ui.review.files.ask_open_path", lambda *args: tmp_path / "pack.mkreview")
    monkeypatch.setattr("ui.review.window.ask_before_closing", lambda parent, kept: "close")
    _entry(chair, "Open review pack").trigger()
    (review,) = chair.context.windows
    qtbot.addWidget(review)
    assert review.isVisible() and review.agenda.count() == 7
