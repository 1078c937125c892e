"""One agenda item in the minutes: what it is, what fills itself in (standing items), the notes,
the decisions and the actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QVBoxLayout

from meetingkit.errors import MeetingKitError
from meetingkit.model import AgendaItem
from meetingkit.store.changes import Changes, Kind
from ui.context import AppContext
from ui.info_label import InfoLabel
from ui.minutes.actions_box import ActionsBox
from ui.minutes.decisions_box import DecisionsBox
from ui.minutes.notes_box import NotesBox
from ui.minutes.scroll_body import ScrollBody
from ui.minutes.standing import StandingBlock


class ItemPanel(QScrollArea):
    go_to_attendance = Signal()

    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.meeting_id: int | None = None
        self.item_id: int | None = None
        self.setWidgetResizable(True)
        self.setAccessibleName("Agenda item in the minutes")
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop: it follows the focus
        body = ScrollBody()
        self.heading = InfoLabel("Agenda item", tab_stop=True, rich=True)  # read in full
        self.standing = StandingBlock(context)
        self.standing.go_to_attendance.connect(self.go_to_attendance.emit)
        self.notes = NotesBox(context)
        self.decisions = DecisionsBox(context)
        self.actions = ActionsBox(context)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.standing)
        # The notes take any spare height; the boxes below keep the height they ask for, so
        # their buttons are never squeezed (see ui/minutes/scroll_body.py).
        for box in (self.standing, self.decisions, self.actions):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.decisions)
        layout.addWidget(self.actions)
        self.setWidget(body)
        context.bus.changed.connect(self._changed)

    def show_item(self, meeting_id: int | None, item_id: int | None) -> None:
        if item_id != self.item_id:  # another item starts at its heading, not where one was
            self.verticalScrollBar().setValue(0)
        self.meeting_id, self.item_id = meeting_id, item_id
        item = self._item()
        self.heading.setText(_heading_html(item) if item else "")
        self.standing.show_item(meeting_id, item.standing if item else "")
        self.notes.show_item(item.id if item else None)
        self.decisions.show_item(item.id if item else None)
        self.actions.show_item(meeting_id, item.id if item else None)

    def choose_decision(self, decision_id: int) -> bool:
        """The decision chosen, in view, the keyboard on it (Find in all meetings)."""
        if not self.decisions.choose(decision_id):
            return False
        self.ensureWidgetVisible(self.decisions.list)
        return True

    def choose_action(self, action_id: int) -> bool:
        """The action chosen, in view, the keyboard on it (Find in all meetings)."""
        if not self.actions.view.choose_one(action_id):
            return False
        self.ensureWidgetVisible(self.actions.view)
        return True

    def flush(self) -> bool:
        return self.notes.flush()

    def _item(self) -> AgendaItem | None:
        if self.item_id is None:
            return None
        try:
            return self.context.store.agenda.get(self.item_id)
        except MeetingKitError:  # deleted on the Agenda tab a moment ago
            return None

    def _changed(self, changes: Changes) -> None:
        if self.item_id is None:
            return
        if changes.touches(Kind.NOTES):
            self.notes.follow(changes)
        if changes.touches(Kind.AGENDA):
            item = self._item()
            self.heading.setText(_heading_html(item) if item else "")
        if changes.touches(Kind.ACTIONS, Kind.MEETINGS, Kind.ATTENDANCE, Kind.DECISIONS,
                           Kind.AGENDA):
            self.standing.refresh()
        if changes.touches(Kind.DECISIONS):
            self.decisions.refresh()
        if changes.touches(Kind.ACTIONS, Kind.PEOPLE, Kind.COMMITTEES):
            self.actions.refresh()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _heading_html(item: AgendaItem) -> str:
    who = f" Presented by {_esc(item.presenter)}." if item.presenter else ""
    summary = f"<p>{_esc(item.summary)}</p>" if item.summary.strip() else ""
    return (f"<h2>{item.position + 1}. {_esc(item.title)}</h2>"
            f"<p>{_esc(item.purpose_label)}.{who}</p>{summary}")
