"""Help > About MeetingKit (ui/about_window.py): name, version, icon, where the data is kept,
the licence and details to copy, all usable from the keyboard and passing the app's audit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from meetingkit import __version__
from ui import about_window
from ui.about_window import AboutWindow, app_icon, show_about_window


@pytest.fixture
def about(qtbot, context):
    dialog = AboutWindow(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_it_shows_the_name_version_and_icon(about):
    assert about.windowTitle() == "About MeetingKit"
    assert about.title_label.text() == "MeetingKit"
    assert about.version_label.text() == f"Version {__version__}"
    assert not about.icon_label.pixmap().isNull()
    assert not app_icon().isNull()
    assert about.icon_label.accessibleName()  # the picture is described to screen readers


def test_it_says_where_the_data_is(about, context):
    assert about.data_line.text() == str(context.store.path)
    assert about.data_line.isReadOnly()
    assert about.backup_line.text() == str(context.store.path.parent / "backups")
    assert "own user folder" in _texts(about)
    assert "no admin rights" in _texts(about)


def test_a_portable_copy_says_so(qtbot, context, monkeypatch):
    monkeypatch.setattr(about_window, "is_portable", lambda requested=False: True)
    dialog = AboutWindow(context)
    qtbot.addWidget(dialog)
    assert "portable copy" in _texts(dialog)
    assert "Portable copy: yes" in dialog.details


def test_the_licence_opens_from_the_keyboard(about, qtbot):
    assert "MIT licence" in _texts(about)
    assert "Open Government Licence" in _texts(about)
    about.licence_button.setFocus()
    qtbot.keyClick(about.licence_button, Qt.Key.Key_Space)
    assert about.licence_text.isVisible()
    assert "Permission is hereby granted" in about.licence_text.toPlainText()
    assert about.licence_text.hasFocus()
    assert about.licence_button.text().replace("&", "") == "Hide the full licence"
    qtbot.keyClick(about.licence_button, Qt.Key.Key_Space)
    assert not about.licence_text.isVisible()


def test_copy_details_fills_the_clipboard_and_says_so(about, qtbot, context):
    from ui.announce import last_announcements

    qtbot.mouseClick(about.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied.startswith(f"MeetingKit {__version__}\n")
    assert f"Data file: {context.store.path}" in copied
    assert "Qt for Python" in copied
    assert about.copied_label.text().startswith("Details copied")
    assert last_announcements[-1] == about.copied_label.text()


def test_open_the_data_folder_opens_it_on_this_computer(about, qtbot, monkeypatch, context):
    opened = []
    monkeypatch.setattr(about_window.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    qtbot.mouseClick(about.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].isLocalFile()
    assert opened[0].toLocalFile() == str(context.store.path.parent)


def test_if_the_folder_cannot_open_it_says_where_it_is(about, qtbot, monkeypatch, context):
    monkeypatch.setattr(about_window.QDesktopServices, "openUrl", lambda url: False)
    qtbot.mouseClick(about.open_button, Qt.MouseButton.LeftButton)
    assert str(context.store.path.parent) in about.copied_label.text()


def test_escape_closes_it_and_close_is_the_default(about, qtbot):
    assert about.close_button.isDefault()
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    assert not about.isVisible()


def test_show_about_window_opens_it_over_the_main_window(window, on_next_dialog):
    seen = []

    def look(dialog):
        seen.append(dialog.windowTitle())
        dialog.close_button.click()

    on_next_dialog(look)
    show_about_window(window, window.context)
    assert seen == ["About MeetingKit"]


def test_it_passes_the_accessibility_audit(qtbot, context, display):
    audit = pytest.importorskip("ui.display.audit")
    dialog = AboutWindow(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [str(problem) for problem in audit.audit(dialog)] == []
    dialog.licence_button.click()
    qtbot.waitUntil(lambda: dialog.licence_text.isVisible())
    QApplication.processEvents()
    assert [str(problem) for problem in audit.audit(dialog)] == []
