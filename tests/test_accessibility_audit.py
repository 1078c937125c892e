"""The accessibility audit (ui/display/audit.py) run over the whole app: the main window with
each tab chosen, in every theme, and every dialog that can be built from the example data.
Each control a person can see must have a spoken name, be reached by Tab (no traps), show the
focus clearly, and be at least 24 x 24 px. The last tests feed it bad widgets: it can fail."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
)

from ui import announce
from ui.display.apply import apply_display
from ui.display.audit import audit
from ui.display.discover import build, dialog_classes
from ui.display.settings import DisplaySettings
from ui.display.themes import THEME_NAMES

# Problems found in other people's screens and reported to the integrator: (kind, part of the
# control's path). Remove an entry once it is fixed: a stale entry fails the test below.
KNOWN_PROBLEMS: set[tuple[str, str]] = set()

# Dialogs that must be audited: if discovery stops finding them, the audit is not looking.
MUST_AUDIT = {"CommitteeDialog", "MeetingDialog", "PersonDialog", "PeopleDialog",
              "DisplaySettingsDialog", "ShortcutsWindow"}


@pytest.fixture(autouse=True)
def _steady(qapp):
    QApplication.setCursorFlashTime(0)  # a caret that blinks would change the pictures
    apply_display(DisplaySettings())
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    apply_display(DisplaySettings())


def _activate(widget, qtbot) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def _new_problems(found, seen_known: set) -> list[str]:
    fresh = []
    for problem in found:
        known = next((k for k in KNOWN_PROBLEMS
                      if k[0] == problem.kind and k[1] in problem.where), None)
        if known:
            seen_known.add(known)
        else:
            fresh.append(str(problem))
    return fresh


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_main_window_with_each_tab_passes_the_audit(window, qtbot, theme):
    window.display_controller.theme(theme)
    _activate(window, qtbot)
    seen_known: set = set()
    fresh = []
    for index in range(window.workspace.count()):
        window.workspace.setCurrentIndex(index)
        QApplication.processEvents()
        title = window.workspace.tabText(index)
        fresh += [f"{title} tab: {p}" for p in _new_problems(audit(window), seen_known)]
    assert not fresh, "\n".join(fresh)


def test_every_dialog_passes_the_audit(window, qtbot):
    from ui.shortcuts_window import ShortcutsWindow

    audited, skipped, fresh = set(), {}, []
    seen_known: set = set()
    for cls in [*dialog_classes(), ShortcutsWindow]:
        dialog, why = build(cls, window)
        if dialog is None:
            skipped[cls.__name__] = why
            continue
        qtbot.addWidget(dialog)
        _activate(dialog, qtbot)
        fresh += [f"{cls.__name__}: {p}" for p in _new_problems(audit(dialog), seen_known)]
        audited.add(cls.__name__)
        dialog.close()
    print("audited:", sorted(audited), "\nskipped:", skipped)
    assert MUST_AUDIT <= audited, skipped
    assert not fresh, "\n".join(fresh)


def test_known_problems_are_still_problems(window, qtbot):
    """So the list of reported problems shrinks as they are fixed."""
    if not KNOWN_PROBLEMS:
        return
    _activate(window, qtbot)
    seen: set = set()
    for index in range(window.workspace.count()):
        window.workspace.setCurrentIndex(index)
        _new_problems(audit(window), seen)
    assert KNOWN_PROBLEMS - seen == set(), "fixed: remove them from KNOWN_PROBLEMS"


def _bad_dialog() -> tuple[QDialog, dict[str, object]]:
    dialog = QDialog()
    dialog.setWindowTitle("Bad on purpose")
    good = QPushButton("Fine button")
    nameless = QLineEdit()  # no label, no accessible name
    mouse_only = QPushButton("Mouse only")
    mouse_only.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab never reaches it
    faint = QPushButton("Faint focus")
    faint.setStyleSheet("QPushButton, QPushButton:focus { border: none; background: #F0F4F5;"
                        " color: #212B32; padding: 6px; }")  # nothing changes on focus
    tiny = QPushButton("")
    tiny.setAccessibleName("Tiny")
    tiny.setStyleSheet("QPushButton { min-height: 0; min-width: 0; padding: 0; }")
    tiny.setFixedSize(12, 12)
    trap = QTextEdit()
    trap.setAccessibleName("Notes that keep the Tab key")
    hiding = QLabel("The pack is due on Monday 14 December.")
    hiding.setAccessibleName("The meeting pack")  # a fixed caption: the date is never heard
    caption_stop = QLabel("Your name:")
    caption_stop.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a caption as a Tab stop
    caption_stop.setStyleSheet("QLabel:focus { border: 3px solid black; }")
    layout = QVBoxLayout(dialog)
    for widget in (good, nameless, mouse_only, faint, tiny, trap, hiding, caption_stop):
        layout.addWidget(widget)
    return dialog, {"nameless": nameless, "mouse_only": mouse_only, "faint": faint,
                    "tiny": tiny, "trap": trap, "hiding": hiding, "caption_stop": caption_stop}


def test_the_audit_catches_bad_controls(qtbot):
    dialog, bad = _bad_dialog()
    qtbot.addWidget(dialog)
    _activate(dialog, qtbot)
    problems = audit(dialog)
    text = "\n".join(map(str, problems))
    kinds = {(p.kind, p.where.rsplit(" > ", 1)[-1]) for p in problems}
    assert ("name", "QLineEdit") in kinds, text
    assert ("unreachable", 'QPushButton "Mouse only"') in kinds, text
    assert ("focus", 'QPushButton "Faint focus"') in kinds, text
    assert ("target", 'QPushButton "Tiny"') in kinds, text
    assert any(p.kind == "trap" and "QTextEdit" in p.where for p in problems), text
    assert ("label", 'QLabel "The meeting pack"') in kinds, text
    assert ("label", "QLabel") in kinds, text  # the caption that is a Tab stop
    assert not any('"Fine button"' in p.where for p in problems), text


def test_the_audit_passes_the_same_controls_made_well(qtbot):
    dialog, bad = _bad_dialog()
    qtbot.addWidget(dialog)
    bad["nameless"].setAccessibleName("Your name")
    bad["mouse_only"].setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    bad["faint"].setStyleSheet("")
    bad["tiny"].setStyleSheet("")
    bad["tiny"].setFixedSize(32, 32)
    bad["trap"].setTabChangesFocus(True)
    bad["hiding"].setAccessibleName("")  # read as its own text
    bad["caption_stop"].setFocusPolicy(Qt.FocusPolicy.NoFocus)
    _activate(dialog, qtbot)
    assert audit(dialog) == []


def test_without_our_style_sheet_the_focus_is_too_faint(qtbot):
    """Qt's own Fusion look shows focus faintly: the style sheet is what makes it visible."""
    dialog, bad = _bad_dialog()
    qtbot.addWidget(dialog)
    bad["faint"].setStyleSheet("")
    QApplication.instance().setStyleSheet("")
    try:
        _activate(dialog, qtbot)
        faint = {p.where.rsplit(" > ", 1)[-1] for p in audit(dialog) if p.kind == "focus"}
    finally:
        apply_display(DisplaySettings(), force=True)
    assert {'QPushButton "Fine button"', 'QPushButton "Faint focus"'} <= faint


def test_status_messages_reach_screen_readers_without_moving_focus(window, qtbot):
    _activate(window, qtbot)
    window.navigator.setFocus()
    window.context.bus.status.emit("Meeting pack saved.")
    assert announce.last_announcements[-1] == "Meeting pack saved."
    assert window.statusBar().currentMessage() == "Meeting pack saved."
    assert QApplication.focusWidget() is window.navigator
