"""Open discussion: one "Raise hand" button per person, and the queue of raised hands in order.
The chair presses Next speaker (Space) to call the first hand in the queue."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from meetingkit.timer import Attendee, Snapshot
from ui.run.controls import generous
from ui.run.format import ROLE_WORDS, set_text
from ui.run.session import RunSession


class HandsPanel(QGroupBox):
    def __init__(self, session: RunSession, parent: QWidget | None = None):
        super().__init__("Raised hands", parent)
        self.setAccessibleName("Raised hands")
        self.session = session
        self.grid = QGridLayout(self)
        self.queue_label = QLabel()
        self.queue_label.setWordWrap(True)
        self.buttons: dict[object, tuple[Attendee, QPushButton]] = {}
        self._queue: tuple = ()

    def set_people(self, people: list[Attendee]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() and item.widget() is not self.queue_label:
                item.widget().deleteLater()
        self.buttons = {}
        self.grid.addWidget(self.queue_label, 0, 0, 1, 2)
        for row, person in enumerate(people, start=1):
            name = QLabel(f"{person.name} ({ROLE_WORDS.get(person.role, person.role)})")
            name.setWordWrap(True)
            button = QPushButton("Raise hand")
            button.setAccessibleName(f"Raise hand for {person.name}")
            generous(button)
            button.clicked.connect(lambda _=False, p=person: self._toggle(p))
            name.setBuddy(button)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(button, row, 1)
            name.show()  # now, not on the next turn of the event loop (keys may come first)
            button.show()
            self.buttons[person.person_id] = (person, button)
        self._queue = ()
        self._show_queue(())

    def show_snapshot(self, snap: Snapshot) -> None:
        queue = snap.still_to_speak if snap.mode == "open" else ()
        if queue != self._queue:
            self._queue = queue
            self._show_queue(queue)

    def _show_queue(self, queue: tuple) -> None:
        waiting = [p.person_id for p in queue]
        for person_id, (person, button) in self.buttons.items():
            if person_id in waiting:
                place = waiting.index(person_id) + 1
                text, name = f"Lower hand (number {place} in the queue)", "Lower hand"
            else:
                text, name = "Raise hand", "Raise hand"
            if set_text(button, text):  # names only on a change: each one is announced
                button.setAccessibleName(f"{name} for {person.name}")
        words = ", ".join(f"{i}. {p.name}" for i, p in enumerate(queue, start=1))
        set_text(self.queue_label, f"Hands up, in order: {words}." if queue
                 else "No hands up yet. Use a person's Raise hand button.")

    def _toggle(self, person: Attendee) -> None:
        if any(p.person_id == person.person_id for p in self._queue):
            self.session.act("lower_hand", person.person_id)
        else:
            self.session.act("raise_hand", person.person_id)
