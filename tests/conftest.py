"""Test configuration: Qt on the offscreen platform, settings kept out of the user's own, and
helpers for driving modal dialogs as a person would."""

from __future__ import annotations

import os

# Before anything imports Qt. The offscreen screen is a common laptop's, 1366 x 768 (Qt's own is
# 800 x 600), so a window that grows past a real laptop's screen grows past this one too.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen:configfile="
                      + os.path.join(os.path.dirname(__file__), "laptop_screen.json"))

from collections.abc import Callable  # noqa: E402
from contextlib import ExitStack  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


def pytest_addoption(parser):
    parser.addoption(
        "--today", default=None, metavar="DAY",
        help="run as if today were DAY (2027-01-12, +400d or -400d): MeetingKit's clock, and "
             "every process the tests start, read that day")


def pytest_configure(config):
    """Moves MeetingKit's clock before any test module imports it, and tells subprocesses."""
    if text := config.getoption("--today"):
        from meetingkit import clock

        day = clock.parse_day(text)
        os.environ[clock.ENVIRONMENT] = day.isoformat()
        clock.set_today(day)


def pytest_report_header(config):
    from meetingkit import clock

    return f"MeetingKit's today: {clock.today():%A %d %B %Y}"


@pytest.fixture
def today_is(monkeypatch):
    """`today_is(date(2026, 12, 2))` makes that day today for the rest of the test, for the
    app and for any process the test starts."""
    from meetingkit import clock

    def move(day):
        monkeypatch.setenv(clock.ENVIRONMENT, day.isoformat())
        stack.enter_context(clock.moved_to(day))
        return day

    with ExitStack() as stack:
        yield move


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory, monkeypatch):
    """Each test gets its own settings file, data and cache folders, never the developer's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("MEETINGKIT_DB", raising=False)
    import sys

    if "ui.announce" in sys.modules:  # each test hears only its own announcements
        sys.modules["ui.announce"].reset()
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))


@pytest.fixture
def store():
    from meetingkit.store import Store

    s = Store.memory()
    yield s
    s.close()


@pytest.fixture
def demo_store(tmp_path):
    from meetingkit.demo import load_example
    from meetingkit.store import Store

    s = Store.open(tmp_path / "demo.db")
    load_example(s)
    yield s
    s.close()


@pytest.fixture
def context(demo_store):
    from ui.context import AppContext

    return AppContext(store=demo_store)


@pytest.fixture
def window(qtbot, context):
    from ui.main_window import MainWindow

    w = MainWindow(context)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # pytest-qt never runs deferred deletes, so closed windows would pile up and slow every
    # later style change; flush them once this window is done.
    import shiboken6
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    # pytest-qt has closed it already and asked for it to be deleted; a large-text test's own
    # teardown may have finished deleting it before putting the normal display back.
    if shiboken6.isValid(w):
        w.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def on_next_dialog(qtbot):
    """Schedules `callback(dialog)` for the next modal dialog to open, then lets the test open
    it. The callback drives the dialog as a person would (typing, clicking OK).

    If the callback fails, every open dialog is closed (so the test fails instead of hanging)
    and the error is raised again when the test ends."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    handled: list[object] = []
    errors: list[BaseException] = []

    def arm(callback: Callable, previous=None) -> list[object]:
        previous = QApplication.activeModalWidget()

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is previous:
                QTimer.singleShot(10, poll)
                return
            handled.append(dialog)
            try:
                callback(dialog)
            except BaseException as error:  # noqa: BLE001 - reported after the dialogs close
                errors.append(error)
                while (top := QApplication.activeModalWidget()) is not None:
                    top.reject() if hasattr(top, "reject") else top.close()
                    QApplication.processEvents()

        QTimer.singleShot(0, poll)
        return handled

    yield arm
    if errors:
        raise errors[0]


@pytest.fixture(params=[100, 200], ids=["normal text", "double text"])
def display(request, qapp):
    """Runs a test at normal and at double text size, then puts the display back."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from ui.display.apply import apply_display
    from ui.display.settings import DisplaySettings

    # Finish deleting earlier tests' windows first: restyling walks every widget there is.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()
    font, palette, sheet = QApplication.font(), QApplication.palette(), qapp.styleSheet()
    apply_display(DisplaySettings(text_size=request.param), force=True)
    yield request.param
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # as at the start
    QApplication.processEvents()
    qapp.setStyleSheet(sheet)
    QApplication.setPalette(palette)
    QApplication.setFont(font)


def fixture_path(*parts: str) -> Path:
    return Path(__file__).parent.joinpath("fixtures", *parts)
