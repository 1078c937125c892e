"""The safety screens as a person meets them: a damaged file on start, Back up now, Restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from meetingkit.backup import list_backups
from meetingkit.demo import load_example
from meetingkit.store import Store
from meetingkit.store.changes import Changes, Kind
from ui.app import open_or_recover
from ui.navigator import KIND_ROLE


def _button(dialog, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text)


def test_a_damaged_file_on_start_offers_the_backup(tmp_path, qtbot, on_next_dialog):
    path = tmp_path / "meetingkit.db"
    store = Store.open(path)
    load_example(store)
    store.backup_now("start")
    store.close()
    path.write_bytes(b"\x00garbage" * 500)
    seen = []

    def restore(dialog):
        seen.append(dialog.findChildren(type(dialog.layout().itemAt(0).widget()))[0].text())
        qtbot.mouseClick(_button(dialog, "Restore the backup"), Qt.MouseButton.LeftButton)

    on_next_dialog(restore)
    reopened = open_or_recover(path)
    assert reopened is not None
    assert "has not been changed or deleted" in seen[0] and "good backup" in seen[0]
    assert reopened.committees.all()[0].name == "Patient Safety Group (example)"
    assert list(tmp_path.glob("meetingkit-damaged-*.db"))  # the damaged file is kept
    reopened.close()


def test_choosing_to_close_leaves_the_damaged_file_alone(tmp_path, qtbot, on_next_dialog):
    path = tmp_path / "meetingkit.db"
    path.write_bytes(b"not a database")
    on_next_dialog(lambda d: qtbot.mouseClick(_button(d, "Close MeetingKit"),
                                              Qt.MouseButton.LeftButton))
    assert open_or_recover(path) is None
    assert path.read_bytes() == b"not a database"


def test_back_up_now_and_restore_with_a_preview(window, qtbot, on_next_dialog, monkeypatch):
    store = window.context.store
    action = next(a for a in window.menus["File"].actions() if a.objectName() == "back_up_now")
    action.trigger()
    assert "Backup saved" in window.statusBar().currentMessage()
    store.committees.create("Made after the backup")
    window.context.bus.changed.emit(Changes.of_kinds(Kind.COMMITTEES))
    monkeypatch.setattr("ui.safety.backup_actions.confirm", lambda *a: True)
    previews = []

    def choose_and_restore(dialog):
        dialog.list.setFocus()
        dialog.list.setCurrentRow(0)
        previews.append(dialog.preview.text())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    on_next_dialog(choose_and_restore)
    restore = next(a for a in window.menus["File"].actions()
                   if a.objectName() == "restore_from_backup")
    restore.trigger()
    assert "1 committee," in previews[0] and "looks healthy" in previews[0]
    names = [c.name for c in window.context.store.committees.all()]
    assert "Made after the backup" not in names
    rows = window.navigator.model_
    assert [rows.index(r, 0).data() for r in range(rows.rowCount())
            if rows.index(r, 0).data(KIND_ROLE) == "committee"] == names
    reasons = {b.reason for b in list_backups(window.context.store.path.parent / "backups")}
    assert "before-restore" in reasons  # the data as it was is kept too


def test_after_a_restore_the_minutes_show_the_restored_notes_and_actions(
        window, qtbot, on_next_dialog, monkeypatch):
    """It can fail: after a restore the notes box kept the newer words (and the next key
    saved them over the restored notes), and the carried-forward actions read from the
    closed database."""
    from ui.minutes.tab import ITEM

    context = window.context
    tab = window.workspace.tab("minutes")
    window.workspace.setCurrentWidget(tab)
    items = context.store.agenda.items(context.meeting_id)
    story = next(i for i in items if "patient's story" in i.title)
    tab._select(ITEM, story.id)
    notes = tab.item_panel.notes
    notes.editor.setPlainText("Written before the backup.")
    notes.flush()
    next(a for a in window.menus["File"].actions() if a.objectName() == "back_up_now").trigger()
    notes.editor.setPlainText("Written after the backup.")
    notes.flush()
    monkeypatch.setattr("ui.safety.backup_actions.confirm", lambda *a: True)

    def choose_and_restore(dialog):
        dialog.list.setCurrentRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    on_next_dialog(choose_and_restore)
    next(a for a in window.menus["File"].actions()
         if a.objectName() == "restore_from_backup").trigger()
    assert context.store.notes.get(story.id) == "Written before the backup."
    assert notes.editor.toPlainText() == "Written before the backup."
    carried_item = next(i for i in items if i.standing == "actions")
    tab._select(ITEM, carried_item.id)
    carried = tab.item_panel.standing.carried
    assert carried.rowCount() > 0
    assert carried.index(0, 0).data()  # read from the restored database, not the closed one
