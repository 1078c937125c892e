"""The main window driven as a person would: menus, keys, dialogs; checking what they see."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton

from meetingkit.paths import default_database
from ui.app import build_window, open_store


def _menu_action(window, menu_title: str, text: str):
    menu = window.menus[menu_title]
    for action in menu.actions():
        if action.text().replace("&", "").rstrip("…") == text:
            return action
    raise AssertionError(f"no {text!r} in {menu_title} menu")


def _activate(window, qtbot) -> None:
    """After a dialog closes, focus returns to the window (as it does on a desktop)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _type_into(dialog: QDialog, accessible_name: str, text: str, qtbot) -> None:
    (field,) = [w for w in dialog.findChildren(QLineEdit) if w.accessibleName() == accessible_name]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_first_run_makes_the_database_in_the_user_data_folder_with_the_example(qtbot, tmp_path):
    path = default_database()
    assert str(tmp_path.parent) in str(path) or "data" in str(path)  # the test's own folder
    assert not path.exists()
    store = open_store(path)
    window = build_window(store)
    qtbot.addWidget(window)
    window.show()
    assert path.exists()
    tree = window.navigator.model_
    assert tree.index(0, 0).data() == "Patient Safety Group (example)"
    assert window.context.meeting_id is not None  # the upcoming meeting opens
    overview = window.workspace.widget(0).summary.text()
    assert "Patient Safety Group" in overview and "Still to do" in overview
    tabs = [window.workspace.tabText(i) for i in range(window.workspace.count())]
    assert tabs == ["Overview", "Agenda", "Papers", "Run the meeting", "Minutes", "Feedback"]
    window.close()  # the window saves what is pending, so it closes before the store
    store.close()


def test_create_rename_and_delete_a_committee(window, qtbot, on_next_dialog, monkeypatch):
    def fill(dialog):
        _type_into(dialog, "Name", "Medicines Safety Group", qtbot)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_next_dialog(fill)
    _menu_action(window, "File", "New committee").trigger()
    assert window.navigator.currentIndex().data() == "Medicines Safety Group"
    assert "Medicines Safety Group" in [c.name for c in window.context.store.committees.all()]

    def rename(dialog):
        _type_into(dialog, "Name", "Medicines Group", qtbot)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_next_dialog(rename)
    _menu_action(window, "File", "Committee settings").trigger()
    assert window.navigator.currentIndex().data() == "Medicines Group"

    monkeypatch.setattr("ui.main_window.confirm", lambda *a: True)
    _menu_action(window, "File", "Delete committee or meeting").trigger()
    assert "Medicines Group" not in [c.name for c in window.context.store.committees.all()]


def test_cancel_changes_nothing(window, qtbot, on_next_dialog):
    before = window.context.store.committees.all()

    def cancel(dialog):
        _type_into(dialog, "Name", "Should not exist", qtbot)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_next_dialog(cancel)
    _menu_action(window, "File", "New committee").trigger()
    assert window.context.store.committees.all() == before


def test_new_meeting_with_ctrl_n_then_edit_and_delete(window, qtbot, on_next_dialog, monkeypatch):
    store = window.context.store
    committee_id = store.committees.all()[0].id
    count = len(store.meetings.for_committee(committee_id))

    def fill(dialog):
        _type_into(dialog, "Place", "Room 4", qtbot)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_next_dialog(fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    meetings = store.meetings.for_committee(committee_id)
    assert len(meetings) == count + 1
    new = next(m for m in meetings if m.place == "Room 4")
    assert window.context.meeting_id == new.id
    assert "Room 4" in window.workspace.widget(0).summary.text()

    def edit(dialog):
        _type_into(dialog, "Place", "Room 5", qtbot)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_next_dialog(edit)
    _activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.meetings.get(new.id).place == "Room 5"

    asked = []
    monkeypatch.setattr("ui.main_window.confirm", lambda *a: asked.append(a) or False)
    _menu_action(window, "File", "Delete committee or meeting").trigger()
    assert asked and len(store.meetings.for_committee(committee_id)) == count + 1  # kept


def test_add_edit_and_remove_a_person(window, qtbot, on_next_dialog, monkeypatch):
    store = window.context.store
    committee_id = window.navigator.current_committee_id()

    def people(dialog):
        def add_person(person_dialog):
            _type_into(person_dialog, "Name", "Alex Green", qtbot)
            person_dialog.role.setCurrentIndex(person_dialog.role.findData("partner"))
            qtbot.keyClick(person_dialog, Qt.Key.Key_Return)

        on_next_dialog(add_person)
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Add person…")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # returns when the person is added
        shown = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert "Alex Green – Patient safety partner" in shown
        assert "Alex Green" in dialog.list.currentItem().text()  # the new person is selected
        monkeypatch.setattr("ui.dialogs.people_dialog.confirm", lambda *a: True)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    on_next_dialog(people)
    qtbot.keyClick(window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    names = [p.name for p in store.committees.members(committee_id)]
    assert "Alex Green" not in names  # removed from the committee...
    assert "Alex Green" in [p.name for p in store.people.all()]  # ...but their records stay


def test_window_geometry_is_remembered(qtbot, demo_store):
    from PySide6.QtCore import QSettings

    from ui.context import AppContext
    from ui.main_window import MainWindow

    settings = QSettings()
    first = MainWindow(AppContext(store=demo_store, settings=settings))
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)  # within the offscreen screen (1366 x 768)
    first.close()
    second = MainWindow(AppContext(store=demo_store, settings=settings))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 560)
