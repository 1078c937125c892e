"""The app's own words pass its own plain-language checker (meetingkit.plain): every title,
label, button, tooltip, accessible name and description, menu item, tab, hint and column
heading of the main window (all tabs, hidden parts too) and of every dialog we can build."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

plain = pytest.importorskip("meetingkit.plain", reason="the plain-language engine is not here")

FAILING_CATEGORIES = {"jargon", "latin", "person-first"}

# Words the checker marks that are plain in the app's own use. Keep this short; say why.
ALLOWED: dict[tuple[str, str], str] = {
    ("jargon", "key"): "keyboard keys ('Shortcut key: Space'): the literal meaning; the word list "
                       "means 'key' as in 'key priorities'",
    ("jargon", "patient safety partner"): "the role's own name, which partners use of "
                                          "themselves; papers get it explained from the list",
}

# Found in other people's screens and reported to the integrator (lower-case finding text).
# Remove an entry once the words are changed: a stale entry fails the test.
REPORTED: dict[str, str] = {
}


def _words(window) -> dict[str, str]:
    from ui.display.discover import build, dialog_classes
    from ui.display.ui_words import window_words
    from ui.shortcuts_window import ShortcutsWindow

    found = window_words(window)
    for cls in [*dialog_classes(), ShortcutsWindow]:
        dialog, _why = build(cls, window)
        if dialog is not None:
            for text, where in window_words(dialog).items():
                found.setdefault(text, f"{cls.__name__} {where}")
            dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return found


@pytest.fixture
def plain_window(qtbot, store):
    """A committee and meeting with plain names, so every screen is built but no example
    paper or title (the user's data) is mistaken for the app's words."""
    from ui.context import AppContext
    from ui.main_window import MainWindow

    committee = store.committees.create(name="Safety group")
    person = store.people.create(name="Sam Green", role="partner")
    store.committees.add_member(committee, person)
    store.meetings.create(committee, "Safety group", "2030-01-10")
    window = MainWindow(AppContext(store=store))
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_apps_own_words_are_plain(plain_window):
    words = _words(plain_window)
    assert len(words) > 100  # the collector really reads the screens
    problems, reported_seen = [], set()
    for text, where in words.items():
        for finding in plain.check(text).findings:
            if finding.category not in FAILING_CATEGORIES:
                continue
            term = finding.text.lower()
            if (finding.category, term) in ALLOWED:
                continue
            if term in REPORTED:
                reported_seen.add(term)
                continue
            problems.append(f"{finding.category} {finding.text!r} in {where}: {text!r} "
                            f"({finding.message})")
    assert not problems, "\n".join(problems)
    assert set(REPORTED) <= reported_seen, "fixed, remove from REPORTED: " + \
        ", ".join(sorted(set(REPORTED) - reported_seen))


def test_the_check_finds_jargon_in_a_label(qtbot):
    """It can fail: a label in committee-speak is caught."""
    from PySide6.QtWidgets import QLabel, QWidget

    from ui.display.ui_words import window_words

    root = QWidget()
    qtbot.addWidget(root)
    QLabel("The committee is asked to note the deliverables going forward.", root)
    texts = window_words(root)
    findings = [f for text in texts for f in plain.check(text).findings
                if f.category in FAILING_CATEGORIES]
    assert findings
