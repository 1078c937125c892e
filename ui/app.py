"""Starting the desktop app: open (or create) the database, add the example committee on first
run, and show the main window. Problems with the database get a calm screen, not a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from meetingkit.errors import DatabaseInUse, MeetingKitError, NewerDatabase, NotADatabase
from meetingkit.file_types import REPLY, REVIEW_PACK, kind_of, register_portable_copy
from meetingkit.instance_lock import InstanceLock
from meetingkit.paths import choose_database, is_portable, real_path
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


def read_review_pack(app: QApplication, path: str) -> int:
    """A partner double-clicked a review pack: the review window alone, with no database (it
    needs none), so it opens even while MeetingKit is already open."""
    from ui.review.import_flow import open_review_window

    settings = QSettings()
    apply_saved_display(settings)
    window = open_review_window(path, settings)
    return 2 if window is None else app.exec()


def offer_reply(window: MainWindow, path: str) -> None:
    """A chair double-clicked a partner's reply: go to its meeting and offer to add it."""
    from meetingkit.counting import counted
    from meetingkit.export.dates import long_date
    from ui.messages import ask
    from ui.review.import_flow import add_reply, read_reply_kindly

    reply = read_reply_kindly(window, path)
    if reply is None:
        return
    if not window.navigator.select("meeting", reply.meeting.meeting_id):
        tell(window, "This reply is for another copy of MeetingKit",
             f"This reply from {reply.reviewer} is for the meeting '{reply.meeting.title}' on "
             f"{long_date(reply.meeting.date)}, which is not in this copy of MeetingKit, so "
             "nothing was added.")
        return
    meeting = window.context.store.meetings.get(reply.meeting.meeting_id)
    where = f"the meeting '{meeting.title}' on {long_date(meeting.date)}"
    questions = sum(len(item.questions) for item in reply.items)
    if ask(window, "Add this partner's questions?",
           f"{reply.reviewer} sent {counted(questions, 'question')} about {where}. Add them to "
           "the meeting's agenda items?", "&Add the questions"):
        add_reply(window.context, window, reply)


def after_start(window: MainWindow, portable: bool = False) -> None:
    """Work that can wait until the window is on screen: the start-up backup, warnings, the
    workspace tabs not shown yet, and (a portable copy on Windows) opening its own files."""
    from meetingkit.store.location import advice
    from ui.safety.backup_actions import backup_in_background

    context = window.context
    window._startup_backup = backup_in_background(context, "start")
    window.workspace.build_the_rest_soon()
    if portable:
        register_portable_copy()
    if context.store.location_risk:
        tell(window, "Where your data is kept", advice(context.store.location_risk))


def run(args: argparse.Namespace) -> int:
    app = make_application()
    opened = getattr(args, "file", None)
    kind = kind_of(opened) if opened else None
    if opened and kind is None:
        tell(None, "MeetingKit cannot open this file",
             f"{Path(opened).name} is not a review pack (.mkreview) or a partner's reply "
             "(.mkreply), the two kinds of file MeetingKit opens.")
        return 2
    if kind is REVIEW_PACK:
        return read_review_pack(app, opened)
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
            QTimer.singleShot(0, lambda: after_start(window, portable=is_portable(
                getattr(args, "portable", False))))
            if kind is REPLY:
                QTimer.singleShot(0, lambda: offer_reply(window, opened))
        window.show()
        try:
            return app.exec()
        finally:
            store = window.context.store
            # Gone before the store closes, so no late work (a tab still being built) reads it.
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            store.close()
    finally:
        lock.release()
