"""Polite announcements for screen readers, without moving focus: one function for all of them.

    announce(widget, "Decision added.")

Two ways out, because no single one is heard everywhere:
- Qt's announcement event (QAccessibleAnnouncementEvent), for screen readers that handle it
  (NVDA through UI Automation on Windows, newer Orca).
- On Linux also the accessible description of the widget that has the keyboard focus: Orca 43
  has no handler for Qt's event and does not speak a label that changes, but it speaks a change
  to the focused widget's description (measured with Orca 43 on Debian; see
  tests/test_accessibility_atspi.py). In a list or table the focus a screen reader follows is
  the current row, so the row's description carries it. The widget's (or row's) own
  description comes back once the focus has left it, so it is never read out later as new.

MEETINGKIT_ANNOUNCE=event keeps only Qt's event (for a screen reader that would otherwise say
it twice); =both uses both on any system. Callers never announce a running countdown: only a
change a person needs to hear (a new speaker, "one minute left" once, a thing done).

A test can read `last_announcements` to check that a change was announced.
"""

from __future__ import annotations

import os
import sys
from collections import deque

import shiboken6
from PySide6.QtCore import QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

last_announcements: deque[str] = deque(maxlen=50)

SETTLE_MS = 250  # after the focus has settled: a focus change would cut the message short
_MARK = "\u00a0"  # added to a message the same as the one showing, so it is a change


def uses_description() -> bool:
    """Whether announcements also go through the focused widget's description."""
    choice = os.environ.get("MEETINGKIT_ANNOUNCE", "").strip().lower()
    if choice in ("event", "both"):
        return choice == "both"
    return sys.platform.startswith("linux")


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    text = " ".join((text or "").split())
    if not text:
        return
    last_announcements.append(text)
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    if uses_description():
        _FocusedDescription.instance().say(text)


def say_on_arrival(widget: QWidget, text: str) -> None:
    """For a message and a move of the focus at once ("Action added", then back to the box):
    call just before moving the focus to `widget`. The message is then its description when
    the screen reader arrives, said once with its name, and not again by announce()."""
    if uses_description():
        _FocusedDescription.instance().arrive(widget, " ".join(text.split()))


def reset() -> None:
    """Forgets what was announced and anything still waiting (each test starts afresh)."""
    last_announcements.clear()
    found = _FocusedDescription._instance
    if found is not None and shiboken6.isValid(found):
        found.timer.stop()
        found.pending = ""


class _FocusedDescription(QObject):
    """Puts a message in the focused widget's accessible description, and gives the widget its
    own description back once the focus has moved on."""

    _instance: _FocusedDescription | None = None

    @classmethod
    def instance(cls) -> _FocusedDescription:
        app = QApplication.instance()
        found = cls._instance
        if found is None or not shiboken6.isValid(found) or found.parent() is not app:
            found = cls._instance = cls(app)
        return found

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.pending = ""
        self.lent: dict[int, tuple[QWidget, str]] = {}  # id -> (widget, its own description)
        self.rows: list[tuple[QAbstractItemView, QPersistentModelIndex, object]] = []
        self.arrived: set[int] = set()  # widgets already saying the message on arrival
        self.timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.timer.timeout.connect(self._show)
        app.focusChanged.connect(self._focus_changed)

    def arrive(self, widget: QWidget, text: str) -> None:
        target = _focus_target(widget)
        if id(target) not in self.lent:
            self.lent[id(target)] = (target, target.accessibleDescription())
        self.arrived.add(id(target))
        target.setAccessibleDescription(text)

    def say(self, text: str) -> None:
        self.pending = text
        self.timer.start()  # a burst of messages: the last one is heard

    def _show(self) -> None:
        widget = QApplication.focusWidget()
        if widget is None or not self.pending:
            return
        target = _focus_target(widget)
        self._give_back_rows()
        if isinstance(target, QAbstractItemView) and self._say_on_row(target, self.pending):
            self.pending = ""
            return
        key = id(target)
        if key not in self.lent:
            self.lent[key] = (target, target.accessibleDescription())
        text = self.pending
        if key in self.arrived and target.accessibleDescription() == text:
            self.pending = ""  # said on arrival (say_on_arrival); once is enough
            return
        if target.accessibleDescription() == text:  # the same words again are still news
            text += _MARK
        self.pending = ""
        target.setAccessibleDescription(text)

    def _say_on_row(self, view: QAbstractItemView, text: str) -> bool:
        """The current row's description says it (False if the list cannot hold one)."""
        index = view.currentIndex()
        if not index.isValid():
            return False
        role = Qt.ItemDataRole.AccessibleDescriptionRole
        own = index.data(role)
        if own == text:
            text += _MARK
        if not view.model().setData(index, text, role):
            return False
        self.rows.append((view, QPersistentModelIndex(index), own))
        if not view.property("mk_announce_rows"):  # moving to another row gives it back too
            view.setProperty("mk_announce_rows", True)
            view.selectionModel().currentChanged.connect(
                lambda *_: QTimer.singleShot(0, self, self._give_back_rows))
        view_face = QAccessible.queryAccessibleInterface(view)
        row_face = view_face.focusChild() if view_face is not None else None
        if row_face is not None:
            QAccessible.updateAccessibility(QAccessibleEvent(
                row_face, QAccessible.Event.DescriptionChanged))
        return True

    def _give_back_rows(self) -> None:
        for view, index, own in self.rows:
            if shiboken6.isValid(view) and index.isValid():
                view.model().setData(view.model().index(index.row(), index.column(),
                                                        index.parent()), own,
                                     Qt.ItemDataRole.AccessibleDescriptionRole)
        self.rows.clear()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self.rows:
            QTimer.singleShot(0, self, self._give_back_rows)
        if self.lent:
            # After Qt has told the screen reader about the new focus: a description changed
            # before that would still be read out, as the old widget's.
            QTimer.singleShot(0, self, self._give_back)

    def _give_back(self) -> None:
        focus = QApplication.focusWidget()
        focused = id(_focus_target(focus)) if focus is not None else None
        for key, (widget, own) in list(self.lent.items()):
            if key == focused:
                continue
            del self.lent[key]
            self.arrived.discard(key)
            if shiboken6.isValid(widget):
                widget.setAccessibleDescription(own)


def _focus_target(widget: QWidget) -> QWidget:
    """The widget a screen reader has as its focus: a widget's focus proxy stands for it."""
    while widget.focusProxy() is not None and widget.focusProxy() is not widget:
        widget = widget.focusProxy()
    return widget
