"""Starting the desktop app: open (or create) the database, add the example committee on first
run, and show the main window. Problems with the database get a calm screen, not a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from meetingkit.errors import DatabaseInUse, MeetingKitError, NewerDatabase, NotADatabase
from meetingkit.instance_lock import InstanceLock
from meetingkit.paths import choose_database, real_path
from meetingkit.store import Store
from ui.context import AppContext
from ui.display import apply_saved_display
from ui.main_window import MainWindow
from ui.messages import tell


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("MeetingKit")
    app.setOrganizationName("MeetingKit")
    app.setApplicationDisplayName("MeetingKit")
    app.setStyle("Fusion")  # the same look on every laptop, and one we have checked for contrast
    from ui.about_window import app_icon

    app.setWindowIcon(app_icon())
    return app


def open_store(path) -> Store:
    from meetingkit.demo import load_example

    store = Store.open(path)
    if store.created:
        load_example(store)
    return store


def open_or_recover(path: Path) -> Store | None:
    """Opens the database; if it is damaged or not ours, offers the latest good backup."""
    try:
        return open_store(path)
    except NewerDatabase as error:
        tell(None, "MeetingKit needs updating", str(error))
        return None
    except NotADatabase as error:
        from meetingkit.recovery import restore
        from ui.safety.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(None, path, str(error))
        dialog.exec()
        if dialog.choice != RecoveryDialog.RESTORE:
            return None
        try:
            restore(dialog.backup.path, path)
            return open_store(path)
        except MeetingKitError as second:
            tell(None, "The backup could not be restored", str(second))
            return None
    except MeetingKitError as error:
        tell(None, "MeetingKit could not open your data", str(error))
        return None


def build_window(store: Store, settings: QSettings | None = None) -> MainWindow:
    context = AppContext(store=store, settings=settings)
    return MainWindow(context)


def after_start(window: MainWindow) -> None:
    """Work that can wait until the window is on screen: the start-up backup, warnings and the
    workspace tabs not shown yet."""
    from meetingkit.store.location import advice
    from ui.safety.backup_actions import backup_in_background

    context = window.context
    window._startup_backup = backup_in_background(context, "start")
    window.workspace.build_the_rest_soon()
    if context.store.location_risk:
        tell(window, "Where your data is kept", advice(context.store.location_risk))


def run(args: argparse.Namespace) -> int:
    app = make_application()
    path = real_path(choose_database(getattr(args, "db", None), getattr(args, "portable", False)))
    try:
        lock = InstanceLock(path).acquire()
    except DatabaseInUse as error:
        tell(None, "MeetingKit is already open", str(error))
        return 1
    except MeetingKitError as error:
        tell(None, "MeetingKit could not start", str(error))
        return 2
    try:
        store = open_or_recover(path)
        if store is None:
            return 2
        settings = QSettings()
        apply_saved_display(settings)  # text size, colours, reading mode: before anything shows
        window = build_window(store, settings)
        if getattr(args, "startup_probe", False):
            from ui.startup_probe import report_first_paint

            report_first_paint(window)
        else:
            QTimer.singleShot(0, lambda: after_start(window))
        window.show()
        try:
            return app.exec()
        finally:
            window.context.store.close()
    finally:
        lock.release()
