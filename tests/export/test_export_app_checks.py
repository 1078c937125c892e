"""In the app, the exports that used to leave without the patient-details check now ask first,
as the pack and minutes always did: the action log (Word and CSV), the glossary, the claim form.
Driven as a person would, from the File menu, the glossary window and the Minutes tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from ui.review.menu import review_menu_actions

PATIENT = "Call Mrs Cole on 07700 900461 about DOB 14/03/1947"


@pytest.fixture
def chair(window, monkeypatch):
    for menu, action in review_menu_actions(window.context, window):
        window._menu(menu).addAction(action)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr("ui.review.export_flow.tell",
                        lambda parent, title, text: told.append((title, text)))
    window.told = told
    return window


def _entry(window, text: str):
    for action in window.menus["File"].actions():
        if action.text().replace("&", "").rstrip("…") == text:
            return action
    raise AssertionError(f"no {text!r} in the File menu")


def _press(qtbot, box: QMessageBox, words: str) -> None:
    button = next(b for b in box.findChildren(QPushButton) if b.text() == words)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _warning_then(on_next_dialog, qtbot, answer: str, seen: list):
    def warning(box):
        seen.append(box.text())
        _press(qtbot, box, answer)

    return warning


@pytest.mark.parametrize("ending", ["csv", "docx"])
def test_the_action_log_asks_before_patient_details_leave(chair, qtbot, on_next_dialog,
                                                         monkeypatch, tmp_path, ending):
    store = chair.context.store
    meeting = chair.context.meeting_id
    store.actions.add(meeting, PATIENT, "Jo Williams", "2026-04-01")
    target = tmp_path / f"actions.{ending}"
    monkeypatch.setattr("ui.review.files.ask_save_path", lambda *args: target)
    for answer, written in (("Go back and check", False), ("Export anyway", True)):
        seen: list[str] = []

        def options(dialog, answer=answer, seen=seen):
            on_next_dialog(_warning_then(on_next_dialog, qtbot, answer, seen))
            qtbot.keyClick(dialog, Qt.Key.Key_Return)

        on_next_dialog(options)
        _entry(chair, "Export action log").trigger()
        qtbot.waitUntil(lambda seen=seen: bool(seen))
        assert "07700 900461" in seen[0] and "patient's details" in seen[0]
        qtbot.waitUntil(lambda written=written: target.exists() == written)
    assert PATIENT in target.read_bytes().decode("utf-8-sig") if ending == "csv" else True


def test_the_glossary_export_asks_and_neutralises_formulas(qtbot, context, on_next_dialog,
                                                          tmp_path):
    from ui.glossary.csv_transfer import export_csv

    store = context.store
    store.glossary.save("=HYPERLINK(\"http://x.example\")", "", "use", kind="jargon")
    store.glossary.save("bed 4", PATIENT, "", kind="jargon")
    target = tmp_path / "glossary.csv"
    seen: list[str] = []
    on_next_dialog(_warning_then(on_next_dialog, qtbot, "Go back and check", seen))
    assert export_csv(context, None, str(target)) is False
    assert "07700 900461" in seen[0] and not target.exists()
    on_next_dialog(_warning_then(on_next_dialog, qtbot, "Export anyway", seen))
    assert export_csv(context, None, str(target)) is True
    text = target.read_bytes().decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text


def test_the_claim_form_asks_first(qtbot, context, on_next_dialog, tmp_path, monkeypatch):
    from ui.minutes.tab import INVOLVEMENT, MinutesTab

    store = context.store
    committee = store.committees.all()[0].id
    past = store.meetings.for_committee(committee)[1]
    store.meetings.update(past.id, title=f"Meeting about {PATIENT}")
    store.involvement.set_rates(committee, 15000, 7500, 45)
    tab = MinutesTab(context)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.set_meeting(past.id)
    tab.show_part(INVOLVEMENT)
    panel = tab.involvement
    panel.preparation_hours.setFocus()
    panel.preparation_hours.selectAll()
    qtbot.keyClicks(panel.preparation_hours, "1")
    qtbot.keyClick(panel.preparation_hours, Qt.Key.Key_Tab)
    target = tmp_path / "claim.docx"
    monkeypatch.setattr("ui.minutes.claim_box.choose_save_path", lambda *_a: str(target))
    seen: list[str] = []
    on_next_dialog(_warning_then(on_next_dialog, qtbot, "Go back and check", seen))
    qtbot.mouseClick(panel.claim.word_button, Qt.MouseButton.LeftButton)
    assert seen and "07700 900461" in seen[0] and not target.exists()
    on_next_dialog(_warning_then(on_next_dialog, qtbot, "Export anyway", seen))
    qtbot.mouseClick(panel.claim.word_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
