"""Generous controls for the meeting screens: big targets, big text that follows the app's text
size (also when it is changed while the screen is open), accessible names, shortcuts shown."""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

MIN_TARGET_PX = 44  # well over the 24 px minimum: easy to hit in a hurry, or with a tremor


class _FollowAppFont(QObject):
    """Re-applies scaled fonts and target sizes when the app's text size changes (widgets with
    a font of their own are not told, so this listens to the application) and after a widget
    is polished (a style sheet's min-height is applied then, after ours)."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.widgets: weakref.WeakSet[QWidget] = weakref.WeakSet()
        app.fontChanged.connect(self._font_changed)

    def _font_changed(self, _font: QFont) -> None:
        for widget in list(self.widgets):
            if shiboken6.isValid(widget):
                _apply(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Installed only on our own widgets, never on the application (that would see, and
        # wrap, every object in the app).
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange):
            # The style polishes the widget after this filter has seen the event: come back
            # once it has, and put our sizes back.
            QTimer.singleShot(0, self, lambda w=watched: _apply(w) if shiboken6.isValid(w)
                              else None)
        return False


_follower: _FollowAppFont | None = None


def _watch(widget: QWidget) -> None:
    global _follower
    app = QApplication.instance()
    if _follower is None or not shiboken6.isValid(_follower) or _follower.parent() is not app:
        _follower = _FollowAppFont(app)
    if widget not in _follower.widgets:
        _follower.widgets.add(widget)
        widget.installEventFilter(_follower)


def _apply(widget: QWidget) -> None:
    """Works from the app font, not the widget's, so it is right even while Qt is still
    passing a new app font down to the widget."""
    font = QFont(QApplication.font())
    factor = widget.property("mk_font_factor")
    if factor:
        font.setPointSizeF(max(1.0, font.pointSizeF() * float(factor)))
        font.setBold(bool(widget.property("mk_font_bold")))
        widget.setFont(font)
    refit = widget.property("mk_refit")
    if refit:
        getattr(widget, refit)()
    grow = widget.property("mk_generous")
    if grow:
        height = QFontMetrics(font).height()
        least = MIN_TARGET_PX if grow >= 2 else 28
        widget.setMinimumHeight(max(least, round(height * float(grow))))


def scale_font(widget: QWidget, factor: float, bold: bool = False) -> QWidget:
    """Text `factor` times the app's size (never a fixed pixel size)."""
    widget.setProperty("mk_font_factor", factor)
    widget.setProperty("mk_font_bold", bold)
    _watch(widget)
    _apply(widget)
    return widget


def follow_text_size(widget: QWidget, method: str) -> None:
    """Calls widget.<method>() whenever the app's text size changes."""
    widget.setProperty("mk_refit", method)
    _watch(widget)


def generous(widget: QWidget, grow: float = 2.2) -> QWidget:
    """At least 44 px tall (28 px for a smaller `grow`, such as radio buttons and ticks),
    and taller still when the text is large."""
    widget.setProperty("mk_generous", grow)
    _watch(widget)
    _apply(widget)
    return widget


def big_button(text: str, key_hint: str, slot: Callable[[], None], name: str = "") -> QPushButton:
    """A button whose label shows its key, e.g. "Next speaker  [Space]"."""
    button = QPushButton(f"{text}  [{key_hint}]" if key_hint else text)
    button.setAccessibleName(name or text)
    if key_hint:
        button.setAccessibleDescription(f"Shortcut key: {key_hint}")
    button.clicked.connect(slot)
    generous(button)
    return button


def heading(text: str, factor: float = 1.25) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    scale_font(label, factor, bold=True)
    return label


class FocusLabel(QLabel):
    """A label that takes the focus (a home for the panel's keys) and shows it: the app's
    style sheet draws the ring when there is one; otherwise this draws its own."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContentsMargins(4, 4, 4, 4)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        app = QApplication.instance()
        if self.hasFocus() and not (app is not None and app.styleSheet()):
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
            painter.end()
