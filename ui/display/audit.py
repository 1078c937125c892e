"""An accessibility audit of one window, as a keyboard and screen-reader user meets it.

    problems = audit(window)   # [] when all is well; each Problem says which control and why

It checks the controls a person can see: each has a name a screen reader can speak (its own
text, a label tied to it, or an accessible name); pressing Tab reaches every one of them and
gets out again (no traps); each looks different when it has the focus (measured in pixels); and
each is at least 24 by 24 pixels. Labels tell what they show: a label's spoken name never hides
its text behind a fixed caption, and a label that is only a caption ("Your name:") is not a Tab
stop. tests/test_accessibility_audit.py runs it on every window and dialog, and feeds it bad
widgets to show it can fail.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from ui.display.focus_check import focus_change_problem
from ui.info_label import label_hides_text

MIN_TARGET = 24  # px, WCAG 2.2 target size (minimum)
STEPS_INSIDE = 6  # Tab presses a control may keep for itself (the parts of a date) before a trap
INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QTextEdit, QPlainTextEdit,
          QAbstractSlider)
CLICKABLE = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractSlider)


@dataclass(frozen=True)
class Problem:
    kind: str  # name, label, unreachable, trap, focus, target
    where: str  # which control, as a path of classes and names
    detail: str

    def __str__(self) -> str:
        return f"[{self.kind}] {self.where}: {self.detail}"


def describe(widget: QWidget) -> str:
    """'AgendaTab > QSplitter > QPushButton "Add item"': enough to find it in the code."""
    parts = []
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        label = type(current).__name__
        name = current.accessibleName() or current.objectName()
        if isinstance(current, QAbstractButton) and not name:
            name = current.text().replace("&", "")
        parts.append(f'{label} "{name}"' if name else label)
        current = current.parentWidget()
    if current is not None:
        parts.append(f'window "{current.windowTitle()}"')
    return " > ".join(reversed(parts))


def _inside_other_control(widget: QWidget) -> bool:
    """Parts of a bigger control (the box inside a spin box, a list's scroll bar, the tab bar's
    scroll arrows, a calendar's buttons) are reached and named through that control."""
    if widget.focusProxy() is not None or isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar, QCalendarWidget,
                               QHeaderView)):
            return True
        if isinstance(parent, QAbstractScrollArea) and widget in (
                parent.horizontalScrollBar(), parent.verticalScrollBar()):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The visible, enabled widgets a person can operate (in creation order)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or widget.window() is not root:
            continue
        if isinstance(widget, QScrollBar) or _inside_other_control(widget):
            continue
        takes_focus = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_focus or isinstance(widget, (*INPUTS, QAbstractButton, QTabBar)):
            found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def name_problems(root: QWidget) -> list[Problem]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel)
               if label.buddy() is not None and label.text().strip()}
    problems = []
    for widget in controls(root):
        if isinstance(widget, QTabBar):
            missing = [i for i in range(widget.count()) if not widget.tabText(i).strip()]
            if missing:
                problems.append(Problem("name", describe(widget), f"tabs {missing} have no text"))
            continue
        if isinstance(widget, INPUTS):  # its own text is its value, not its name
            named = widget.accessibleName().strip() or id(widget) in buddies
        else:
            named = spoken_name(widget)
        if not named:
            problems.append(Problem("name", describe(widget), "a screen reader has no name to "
                                    "say: tie a label to it (setBuddy) or set an accessible "
                                    "name"))
    return problems


def tab_order(root: QWidget, limit: int = 400) -> tuple[list[QWidget], str]:
    """Presses Tab from the first control until the focus comes back round. Returns the
    widgets visited in order, and why it stopped if it did not come back ('' when it did)."""
    from PySide6.QtTest import QTest

    candidates = [w for w in controls(root) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if not candidates:
        return [], ""
    root.activateWindow()
    QApplication.processEvents()
    candidates[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    start = QApplication.focusWidget()
    visited = [start] if start is not None else []
    if len(candidates) == 1:
        return visited, ""
    presses_here = 0
    for _ in range(limit):
        current = QApplication.focusWidget()
        if current is None:
            return visited, "the focus left the window"
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        after = QApplication.focusWidget()
        if after is current:  # a date box moves day, month, year first; then it lets go
            presses_here += 1
            if presses_here > STEPS_INSIDE:
                return visited, f"Tab does not leave {describe(current)}"
            continue
        presses_here = 0
        if after is start:
            return visited, ""
        visited.append(after)
    return visited, "Tab never came back to where it started"


def reach_problems(root: QWidget) -> list[Problem]:
    visited, stuck = tab_order(root)
    problems = []
    if stuck:
        where = describe(visited[-1]) if visited else describe(root)
        problems.append(Problem("trap", where, stuck))
    seen = {id(w) for w in visited}
    for widget in controls(root):
        if id(widget) in seen or _group_reached(widget, seen) or _clear_button_of_box(widget):
            continue
        how = ("it never takes the keyboard focus" if not widget.focusPolicy()
               & Qt.FocusPolicy.TabFocus else "Tab goes past it")
        problems.append(Problem("unreachable", describe(widget), how))
    return problems


def _clear_button_of_box(widget: QWidget) -> bool:
    """The clear button Qt shows inside a text box once it holds text. Only the mouse reaches it,
    but what it does the keyboard does in the box itself (Ctrl+A, then Delete). It still needs a
    name (ui.forms.enable_clear_button gives one)."""
    return isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QLineEdit)


def _group_reached(widget: QWidget, seen: set[int]) -> bool:
    """Tab stops once in a group of radio buttons; the arrow keys choose within it."""
    if not isinstance(widget, QRadioButton):
        return False
    group = widget.group()
    if group is not None:
        members = group.buttons() if group.exclusive() else []
    elif widget.autoExclusive() and widget.parentWidget() is not None:
        members = [b for b in widget.parentWidget().findChildren(QRadioButton)
                   if b.parentWidget() is widget.parentWidget() and b.autoExclusive()]
    else:
        members = []
    return any(id(member) in seen for member in members)


def focus_problems(root: QWidget) -> list[Problem]:
    problems = []
    for widget in controls(root):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            detail = focus_change_problem(widget)
            if detail:
                problems.append(Problem("focus", describe(widget), detail))
    return problems


def target_problems(root: QWidget) -> list[Problem]:
    problems = []
    for widget in controls(root):
        sizes = []
        if isinstance(widget, QTabBar):
            sizes = [(widget.tabText(i), widget.tabRect(i).size())
                     for i in range(widget.count())]
        elif isinstance(widget, CLICKABLE):
            sizes = [("", widget.size())]
        for label, size in sizes:
            if size.width() < MIN_TARGET or size.height() < MIN_TARGET:
                what = f" tab {label!r}" if label else ""
                problems.append(Problem("target", describe(widget) + what,
                                        f"{size.width()}x{size.height()} px, under "
                                        f"{MIN_TARGET}x{MIN_TARGET}"))
    return problems


def is_caption(label: QLabel) -> bool:
    """A label that only names something else: tied to a control, or a few words and a colon."""
    text = label.text().replace("&", "").strip()
    return label.buddy() is not None or (text.endswith(":") and len(text.split()) <= 6)


def label_problems(root: QWidget) -> list[Problem]:
    problems = []
    for area in root.findChildren(QScrollArea):
        if area.isVisible() and area.window() is root and \
                area.focusPolicy() & Qt.FocusPolicy.TabFocus:
            problems.append(Problem("label", describe(area), "a scroll area is a Tab stop: "
                                    "screen readers say an empty 'layered pane' there"))
    for label in root.findChildren(QLabel):
        if not label.isVisible() or label.window() is not root or not label.text().strip():
            continue
        if label_hides_text(label):
            problems.append(Problem("label", describe(label), "its spoken name "
                                    f"'{label.accessibleName()}' hides the text it shows: "
                                    "use ui.info_label.InfoLabel, or no fixed name"))
        if label.focusPolicy() & Qt.FocusPolicy.TabFocus and is_caption(label):
            problems.append(Problem("label", describe(label), "a caption is a Tab stop: Tab "
                                    "should go to the control it names"))
    return problems


def audit(root: QWidget) -> list[Problem]:
    """Every check, on a window that is shown. Moves the focus about, so run it last."""
    return (name_problems(root) + label_problems(root) + target_problems(root)
            + reach_problems(root) + focus_problems(root))
