"""Time shares while the meeting runs: how much time staff and partners have had on this item
and in the whole meeting, and a gentle suggestion when partners have had far less than their
share. Worked out every ten seconds and when a turn ends, not on every refresh."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from meetingkit.timer import Attendee, Snapshot, Turn, share_prompt, who_was_heard
from ui.announce import announce
from ui.info_label import InfoLabel
from ui.run.format import GROUP_WORDS, duration_words, set_text

CHECK_EVERY_MS = 10_000


def live_turn(snap: Snapshot) -> Turn | None:
    """The turn in progress as if it ended now, so the shares include the current speaker."""
    if snap.speaker is None or snap.spoken <= 0:
        return None
    return Turn(snap.speaker.person_id, snap.speaker.role, snap.agenda_item_id,
                snap.mode or "round", "", snap.spoken)


def shares_line(turns: list[Turn], attendees: list[Attendee], item_id: Any) -> str:
    summary = who_was_heard(turns, attendees, agenda_item_id=item_id)
    if summary.total_seconds <= 0:
        return "nobody has spoken yet"
    parts = []
    for group in summary.roles:
        people = f"{group.head_count} {'person' if group.head_count == 1 else 'people'}"
        parts.append(f"{GROUP_WORDS.get(group.role, group.role)} {duration_words(group.seconds)}"
                     f" ({people})")
    return "; ".join(parts)


class SharesPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("Time shares", parent)
        self.setAccessibleName("Time shares")
        layout = QVBoxLayout(self)
        self.item_line = QLabel()
        self.meeting_line = QLabel()
        self.prompt = InfoLabel("Suggestion")
        for label in (self.item_line, self.meeting_line, self.prompt):
            label.setWordWrap(True)
            layout.addWidget(label)
        self.prompt.setVisible(False)
        self._source = None  # a callable giving (turns, attendees, item id, item title, snapshot)
        self._told = ""
        self.checker = QTimer(self)
        self.checker.setInterval(CHECK_EVERY_MS)
        self.checker.timeout.connect(self.check)

    def watch(self, source) -> None:
        self._source = source
        self.checker.start()
        self.check()

    def check(self) -> None:
        if self._source is None:
            return
        turns, attendees, item_id, item_title, snap = self._source()
        turns = list(turns)
        live = live_turn(snap)
        if live is not None:
            turns.append(live)
        if item_id is not None:
            set_text(self.item_line, f"On “{item_title}”: {shares_line(turns, attendees, item_id)}.")
        else:
            set_text(self.item_line, "Choose an agenda item to see its time shares.")
        set_text(self.meeting_line,
                 f"In the whole meeting: {shares_line(turns, attendees, None)}.")
        prompt = share_prompt(turns, attendees, agenda_item_id=item_id) if item_id else None
        prompt = prompt or share_prompt(turns, attendees)
        set_text(self.prompt, f"Suggestion: {prompt}" if prompt else "")
        if self.prompt.isHidden() == bool(prompt):
            self.prompt.setVisible(bool(prompt))
        if prompt and prompt != self._told:
            announce(self, f"Suggestion: {prompt}")
        self._told = prompt or ""
