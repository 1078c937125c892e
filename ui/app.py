"""Starting the desktop app: open (or create) the database, add the example committee on first
run, and show the main window. Problems with the database get a calm screen, not a traceback."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from meetingkit.errors import MeetingKitError
from meetingkit.paths import choose_database
from meetingkit.store import Store
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.messages import tell


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("MeetingKit")
    app.setOrganizationName("MeetingKit")
    app.setApplicationDisplayName("MeetingKit")
    app.setStyle("Fusion")  # the same look on every laptop, and one we have checked for contrast
    return app


def open_store(path) -> Store:
    from meetingkit.demo import load_example

    store = Store.open(path)
    if store.created:
        load_example(store)
    return store


def build_window(store: Store, settings: QSettings | None = None) -> MainWindow:
    context = AppContext(store=store, settings=settings)
    return MainWindow(context)


def run(args: argparse.Namespace) -> int:
    app = make_application()
    path = choose_database(getattr(args, "db", None), getattr(args, "portable", False))
    try:
        store = open_store(path)
    except MeetingKitError as error:
        tell(None, "MeetingKit could not open your data", str(error))
        return 2
    window = build_window(store, QSettings())
    if getattr(args, "startup_probe", False):
        from ui.startup_probe import report_first_paint

        report_first_paint(window)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
