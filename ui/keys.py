"""Keys that do what a person expects, wherever they are in the app.

- A shortcut never types into a text box. On Linux and Windows Qt lets Alt+letter type its
  letter when no shortcut takes it: with the caret in a paper, Alt+U while "Use suggestion" was
  greyed out typed "u" into the paper. Alt+letter (without Ctrl, so AltGr still types) is
  therefore never typed. macOS is left alone: there Option+letter is how accents are typed.
- Enter presses the focused button in the main window and other windows that are not dialogs
  (dialogs already do this themselves), as Space does.
- Ctrl+Y in a text box with typing to redo redoes that typing, as Ctrl+Z undoes it first;
  Edit > Redo takes the key only when the box has nothing to redo.
- The mouse wheel changes a number box or a drop-down list only when it has the focus; over one
  that does not, the wheel scrolls the page as it would anywhere else ("Time for each person"
  went from 1.0 to 0.5 minutes while a chair scrolled the Run tab).

    install_key_guards()   # once; the main window and the review window call it
    guard_wheel(widget)    # every number box and drop-down inside `widget`, now

The key guard follows the focus (a filter on the focused widget only, never on the whole
application, which would see every event in the app).
"""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

TEXT_BOXES = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
_ALT_ONLY = (Qt.KeyboardModifier.AltModifier,
             Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
_GUARDED = "mk_wheel_guarded"


def alt_would_type(event: QKeyEvent) -> bool:
    """An Alt+letter press that Qt would type as its letter."""
    if sys.platform == "darwin":
        return False
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return mods in _ALT_ONLY and bool(event.text()) and event.text().isprintable()


def enter_presses(widget: QWidget, event: QKeyEvent) -> bool:
    """Enter on a focused push button outside a dialog (a dialog's own buttons do it)."""
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return False
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return False
    if not isinstance(widget, QAbstractButton) or isinstance(widget, (QCheckBox, QRadioButton)):
        return False
    return not isinstance(widget.window(), QDialog) and widget.isEnabled()


def is_redo_key(event: QKeyEvent) -> bool:
    """Ctrl+Y: Edit > Redo's key, which Qt's text boxes on Linux do not know as their own redo
    (theirs is Ctrl+Shift+Z), so it redid the app's last change instead of the box's typing."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_Y and mods == Qt.KeyboardModifier.ControlModifier


def box_can_redo(widget: QObject) -> bool:
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly() and widget.isRedoAvailable()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly() and widget.document().isRedoAvailable()
    return False


class _KeyGuard(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self.watched: QWidget | None = None
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, QApplication.focusWidget())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.watched is not None and shiboken6.isValid(self.watched):
            self.watched.removeEventFilter(self)
        self.watched = None
        if new is not None and (isinstance(new, TEXT_BOXES + (QAbstractButton,))
                                or isinstance(new.parentWidget(), TEXT_BOXES)):
            self.watched = new
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if isinstance(event, QKeyEvent) and is_redo_key(event) and box_can_redo(watched):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # the box's own redo, not Edit > Redo's
                return True
            if kind == QEvent.Type.KeyPress:
                watched.redo()
                return True
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if isinstance(watched, QAbstractButton):
                if enter_presses(watched, event):
                    watched.animateClick()
                    return True
            elif alt_would_type(event):
                return True  # a shortcut that found nothing to do: never typed
        return False


def install_key_guards() -> None:
    app = QApplication.instance()
    if app is None or app.property("mk_key_guard"):
        return
    guard = _KeyGuard(app)
    app.setProperty("mk_key_guard", True)
    app._mk_key_guard = guard  # kept alive with the application


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus() or (isinstance(watched, QComboBox) and watched.view().isVisible()):
            return False  # chosen on purpose: the wheel changes it
        area = _scroll_area_around(watched)
        if area is not None and isinstance(event, QWheelEvent):
            QApplication.sendEvent(area.viewport(), QWheelEvent(
                area.viewport().mapFromGlobal(event.globalPosition()), event.globalPosition(),
                event.pixelDelta(), event.angleDelta(), event.buttons(), event.modifiers(),
                event.phase(), event.inverted()))
        return True


_wheel_guard: _WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    """Every number box and drop-down list inside `root` (and `root` itself) changes with the
    wheel only when it has the focus, and the wheel never gives it the focus."""
    global _wheel_guard
    app = QApplication.instance()
    if _wheel_guard is None or not shiboken6.isValid(_wheel_guard) or \
            _wheel_guard.parent() is not app:
        _wheel_guard = _WheelGuard(app)
    found = [root] if isinstance(root, (QAbstractSpinBox, QComboBox)) else []
    found += root.findChildren(QAbstractSpinBox) + root.findChildren(QComboBox)
    for widget in found:
        if widget.property(_GUARDED) or isinstance(widget.parentWidget(), QAbstractItemView):
            continue
        widget.setProperty(_GUARDED, True)
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(_wheel_guard)


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return parent
        parent = parent.parentWidget()
    return None
