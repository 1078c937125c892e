"""One announce function for every message: Qt's announcement event, and (for Orca 43, which has
no handler for that event) the focused widget's accessible description, given back afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from tests.widget_helpers import show_widget
from ui import announce
from ui.announce import SETTLE_MS


class _Heard:
    """Every accessibility event Qt sends, as (kind, text) pairs."""

    def __init__(self):
        self.events: list[tuple[str, str]] = []


@pytest.fixture
def form(qtbot, monkeypatch):
    monkeypatch.setenv("MEETINGKIT_ANNOUNCE", "both")
    window = QWidget()
    layout = QVBoxLayout(window)
    box = QLineEdit()
    box.setAccessibleName("What needs doing")
    box.setAccessibleDescription("The action, starting with a verb")
    button = QPushButton("Add action")
    layout.addWidget(box)
    layout.addWidget(button)
    show_widget(qtbot, window, (400, 200))
    window.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    return window, box, button


def test_the_focused_widget_says_the_message_then_gets_its_own_words_back(form, qtbot):
    window, box, button = form
    announce.announce(window, "Action added: Write to the ward managers")
    assert announce.last_announcements[-1] == "Action added: Write to the ward managers"
    qtbot.waitUntil(lambda: box.accessibleDescription().startswith("Action added"),
                    timeout=SETTLE_MS * 10)
    button.setFocus()
    qtbot.waitUntil(lambda: box.accessibleDescription() == "The action, starting with a verb")
    assert button.accessibleDescription() == ""


def test_the_same_message_twice_is_still_a_change(form, qtbot):
    window, box, _button = form
    announce.announce(window, "Decision added.")
    qtbot.waitUntil(lambda: box.accessibleDescription() == "Decision added.")
    announce.announce(window, "Decision added.")
    qtbot.waitUntil(lambda: box.accessibleDescription() != "Decision added.")
    assert box.accessibleDescription().strip() == "Decision added."


def test_a_burst_of_messages_leaves_the_last_one(form, qtbot):
    window, box, _button = form
    for name in ("Sam", "Lin", "Jo"):
        announce.announce(window, f"{name}'s turn.")
    qtbot.waitUntil(lambda: box.accessibleDescription() == "Jo's turn.")


def test_qt_announcement_event_is_sent_too(form, monkeypatch):
    window, _box, _button = form
    sent = []
    real = QAccessible.updateAccessibility
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        lambda event: (sent.append(event.type()), real(event))[1])
    announce.announce(window, "Jo Williams's turn.")
    assert QAccessible.Event.Announcement in sent


def test_only_qt_event_when_asked(form, qtbot, monkeypatch):
    window, box, _button = form
    monkeypatch.setenv("MEETINGKIT_ANNOUNCE", "event")
    announce.announce(window, "Decision added.")
    qtbot.wait(SETTLE_MS * 3)
    assert box.accessibleDescription() == "The action, starting with a verb"


def test_in_a_list_the_current_row_says_it_and_gets_its_own_words_back(qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget

    monkeypatch.setenv("MEETINGKIT_ANNOUNCE", "both")
    meetings = QListWidget()
    meetings.addItems(["Mon 21 Dec 2026 – Draft", "Mon 26 Oct 2026 – Minutes approved"])
    show_widget(qtbot, meetings, (400, 200))
    meetings.activateWindow()
    meetings.setFocus()
    meetings.setCurrentRow(0)
    qtbot.waitUntil(meetings.hasFocus)
    role = Qt.ItemDataRole.AccessibleDescriptionRole
    announce.announce(meetings, "Agenda tab.")  # Orca follows the row, not the list
    qtbot.waitUntil(lambda: meetings.item(0).data(role) == "Agenda tab.")
    assert meetings.accessibleDescription() == ""
    meetings.setCurrentRow(1)
    qtbot.waitUntil(lambda: meetings.item(0).data(role) is None)


def test_a_message_said_on_arrival_is_not_said_again(form, qtbot):
    """Add action: the message, then the focus back to the box. Orca reads the description
    when it arrives; announce() must not change it again, or the message is heard twice."""
    window, box, button = form
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    message = "Action added: Write to the ward managers."
    announce.announce(window, message)  # as the main window does for the status message
    announce.say_on_arrival(box, message)
    box.setFocus()
    qtbot.wait(SETTLE_MS * 3)
    assert box.accessibleDescription() == message  # no mark added: no second change
    button.setFocus()
    qtbot.waitUntil(lambda: box.accessibleDescription() == "The action, starting with a verb")
