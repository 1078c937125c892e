"""Send the meeting pack… makes what it says it sends, driven as a chair would: the check, the
patient-details question (before anything is written), a folder, then the Word pack, the
partners' review pack and an e-mail draft (.eml) addressed to the members with an e-mail
address, opened in the mail program, or the folder shown where none is set up. The sending is
recorded, with what was sent."""

from __future__ import annotations

import email
from email import policy

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from meetingkit import clock
from meetingkit.review import read_review_pack
from meetingkit.store.changes import Changes, Kind

ADDRESSES = {"Priya Shah": "priya.shah@example.nhs.uk", "Sam Okafor": "sam.okafor@example.org",
             "Lin Chen": "not given"}


@pytest.fixture
def chair(window, monkeypatch, tmp_path):
    """The demo committee, some members with e-mail addresses; the folder chooser and the
    system's 'open this file' stood in for, as the desktop's own windows cannot be driven."""
    store = window.context.store
    committee = store.committees.all()[0]
    for person in store.committees.members(committee.id):
        if person.name in ADDRESSES:
            store.people.update(person.id, email=ADDRESSES[person.name])
    window.folder = tmp_path / "pack"
    window.folder.mkdir()
    window.asked_for_folder = []
    window.opened = []
    window.mail_program = True

    def choose_folder(parent):
        window.asked_for_folder.append(parent)
        return window.folder

    def open_in_system(path):
        window.opened.append(path)
        return window.mail_program or path.is_dir()

    monkeypatch.setattr("ui.publish.send_files.choose_folder", choose_folder)
    monkeypatch.setattr("ui.publish.send_files.open_in_system", open_in_system)
    window.workspace.setCurrentIndex(0)
    return window


def _press(qtbot, box, words: str) -> None:
    button = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == words)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _send(chair, qtbot, on_next_dialog, patient_answer: str = "Export anyway") -> dict:
    """Presses Send the pack, gives a reason, answers any patient-details question, and reads
    the closing message. Returns what the chair saw."""
    seen: dict = {"warnings": []}

    def closing(box):
        seen["closing"] = box.text()
        seen["closing_title"] = box.windowTitle()
        _press(qtbot, box, "OK")

    def after_send(box):
        if box.windowTitle() == "Check for patient details":
            seen["warnings"].append(box.text())
            if patient_answer == "Export anyway":
                on_next_dialog(closing)
            _press(qtbot, box, patient_answer)
        else:
            closing(box)

    def send(dialog):
        if dialog.reason.isVisible():
            qtbot.keyClicks(dialog.reason, "Going out today; the rest comes next week")
        on_next_dialog(after_send)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    on_next_dialog(send)
    qtbot.mouseClick(chair.workspace.widget(0).send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "closing" in seen or seen["warnings"] and
                    patient_answer != "Export anyway", timeout=60000)
    return seen


def test_sending_makes_the_pack_the_review_pack_and_an_email(chair, qtbot, on_next_dialog):
    store = chair.context.store
    meeting = store.meetings.get(chair.context.meeting_id)
    seen = _send(chair, qtbot, on_next_dialog)
    made = sorted(p.name for p in chair.folder.iterdir())
    assert len(made) == 3, made
    word = next(chair.folder.glob("*-meeting-pack.docx"))
    review = next(chair.folder.glob("*-review-pack.mkreview"))
    draft = next(chair.folder.glob("*-email.eml"))
    assert docx.Document(str(word)).core_properties.title.startswith(meeting.title)
    assert read_review_pack(review).meeting.title == meeting.title
    # The draft opens in the mail program (a mail program is set up here).
    assert chair.opened == [draft]
    message = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["Subject"].startswith(f"Meeting pack: {meeting.title}, ")
    assert {a.addr_spec for a in message["To"].addresses} == {
        "priya.shah@example.nhs.uk", "sam.okafor@example.org"}
    body = message.get_body(("plain",)).get_content()
    assert "The meeting pack for our meeting on" in body
    assert "send any questions or comments by" in body
    attached = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert attached == {word.name: word.read_bytes(), review.name: review.read_bytes()}
    # The chair is told what was made and where, and who has no address.
    assert seen["closing_title"] == "The meeting pack is ready to send"
    assert "The e-mail is open in your mail program. Check it, then press Send." in seen["closing"]
    assert "no e-mail address for" in seen["closing"] and "Lin Chen" in seen["closing"]
    # Recorded as sent, today, with what was sent.
    record = store.meetings.get(meeting.id)
    assert record.published_at.startswith(clock.today().isoformat())
    assert f"Files: {word.name} and {review.name}, with an e-mail draft to 2 members" in \
        record.publish_note
    assert "No e-mail address for: " in record.publish_note


def test_without_a_mail_program_the_folder_is_shown(chair, qtbot, on_next_dialog):
    chair.mail_program = False
    seen = _send(chair, qtbot, on_next_dialog)
    draft = next(chair.folder.glob("*-email.eml"))
    assert chair.opened == [draft, chair.folder]
    assert "the folder is shown instead" in seen["closing"]


def test_patient_details_are_checked_before_anything_is_written(chair, qtbot, on_next_dialog):
    store = chair.context.store
    item = store.agenda.items(chair.context.meeting_id)[1]
    store.agenda.update(item.id, summary="Mrs Cole, NHS number 943 476 5919, fell twice.")
    chair.context.bus.changed.emit(Changes.of_kinds(Kind.AGENDA))
    seen = _send(chair, qtbot, on_next_dialog, patient_answer="Go back and check")
    QApplication.processEvents()
    assert seen["warnings"] and "943 476 5919" in seen["warnings"][0]
    assert list(chair.folder.iterdir()) == [] and chair.asked_for_folder == []
    assert store.meetings.get(chair.context.meeting_id).published_at is None


def test_stopping_or_a_failure_sends_nothing(chair, qtbot, on_next_dialog, monkeypatch):
    from meetingkit.errors import MeetingKitError

    def fail(*args, **kwargs):
        raise MeetingKitError("The disk is full, so the file was not saved.")

    monkeypatch.setattr("ui.publish.send_files.write_send_files", fail)
    seen = _send(chair, qtbot, on_next_dialog)
    assert seen["closing_title"] == "The meeting pack was not made"
    assert "The disk is full" in seen["closing"] and "Nothing was sent." in seen["closing"]
    assert chair.context.store.meetings.get(chair.context.meeting_id).published_at is None
    assert list(chair.folder.iterdir()) == []


def test_the_send_dialog_says_what_sending_does(chair, qtbot, on_next_dialog):
    from PySide6.QtWidgets import QLabel

    words = {}

    def look(dialog):
        words["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_next_dialog(look)
    qtbot.mouseClick(chair.workspace.widget(0).send_button, Qt.MouseButton.LeftButton)
    assert "makes an e-mail to the committee's members with both attached" in words["text"]
