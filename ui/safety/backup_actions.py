"""File > Back up now and File > Restore from backup, and the quiet backup made at start."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.backup import describe_backup, list_backups
from meetingkit.counting import counted
from meetingkit.errors import MeetingKitError
from meetingkit.leftovers import clean_leftovers
from meetingkit.paths import backup_folder
from meetingkit.recovery import restore
from meetingkit.store import Store
from ui.context import AppContext
from ui.info_label import InfoLabel
from ui.messages import confirm, tell


class _Done(QObject):
    finished = Signal(str)


def backup_in_background(context: AppContext, reason: str = "start") -> threading.Thread:
    """The start-up backup runs on its own connection and thread, so the window opens at once.
    First it tidies what a killed backup or export left behind (meetingkit/leftovers.py)."""
    path = context.store.path
    done = _Done()
    done.finished.connect(lambda text: context.bus.status.emit(text) if text else None)

    def work() -> None:
        clean_leftovers(path, holding_the_lock=True)  # the app holds the one-copy lock
        try:
            store = Store.open(path, backup_before_migrating=False)
            try:
                store.backup_now(reason, make_way=True)  # never holds off autosave
            finally:
                store.close()
            done.finished.emit("")
        except MeetingKitError as error:
            done.finished.emit(f"The start-up backup was not made: {error}")

    thread = threading.Thread(target=work, name="start-up backup", daemon=True)
    thread._done = done  # keep the signal object alive with the thread
    thread.start()
    return thread


def backup_menu_actions(context: AppContext, parent: QWidget) -> list[tuple[str, QAction]]:
    back_up = QAction("&Back up now", parent)
    back_up.setShortcut("Ctrl+Shift+B")
    back_up.setObjectName("back_up_now")
    back_up.triggered.connect(lambda: back_up_now(context, parent))
    restore_action = QAction("&Restore from a backup…", parent)
    restore_action.setObjectName("restore_from_backup")
    restore_action.triggered.connect(lambda: RestoreDialog(parent, context).exec())
    return [("File", back_up), ("File", restore_action)]


def back_up_now(context: AppContext, parent: QWidget | None) -> Path | None:
    made = context.perform(parent, lambda: context.store.backup_now("by-hand"), set())
    if made:
        context.bus.status.emit(f"Backup saved: {made.name}")
    return made


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("Restore from a backup")
        intro = QLabel("Choose a backup. You will see what it holds before anything changes. "
                       "Your data now is backed up first, so you can change your mind.")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Backups, newest first")
        intro.setBuddy(self.list)
        for backup in list_backups(backup_folder(context.store.path)):
            item = QListWidgetItem(f"{backup.made_at:%A %d %B %Y, %H:%M} ({backup.reason})")
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        self.preview = InfoLabel("What this backup holds")
        self.preview.setText("Choose a backup to see what it holds.")
        self.list.currentItemChanged.connect(self._show_preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton("Restore this backup",
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.preview, buttons):
            layout.addWidget(widget)
        if self.list.count() == 0:
            self.preview.setText("There are no backups yet. Use File > Back up now to make one.")

    def _chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _show_preview(self) -> None:
        path = self._chosen()
        if path is None:
            return
        try:
            info = describe_backup(path)
        except MeetingKitError as error:
            self.preview.setText(str(error))
            self.restore_button.setEnabled(False)
            return
        health = "It looks healthy." if info["healthy"] else "It looks damaged: do not use it."
        self.preview.setText(
            f"This backup holds {counted(info['committees'], 'committee')}, "
            f"{counted(info['meetings'], 'meeting')}, {counted(info['papers'], 'paper')} and "
            f"{counted(info['actions'], 'action')}. The latest meeting in it "
            f"is on {info['latest_meeting'] or 'no date'}. {health}")
        self.restore_button.setEnabled(info["healthy"])

    def _restore(self) -> None:
        path = self._chosen()
        if path is None or not confirm(self, "Restore this backup?",
                                       "Your data now will be replaced by this backup. A copy of "
                                       "your data now is kept first.", "Restore"):
            return
        context = self.context
        db_path = context.store.path
        try:
            context.store.backup_now("before-restore")
            context.store.close()
            restore(path, db_path, label="replaced")
        except MeetingKitError as error:
            tell(self, "The backup was not restored", str(error))
        finally:
            context.store = Store.open(db_path)
        context.bus.changed.emit(frozenset({"committees", "meetings", "agenda", "papers",
                                            "minutes", "actions", "people", "glossary"}))
        context.bus.status.emit("Backup restored.")
        self.accept()
