"""The app as the screenshot scripts start it: offscreen, no blinking caret (the same picture
every time), its text `scale` times the usual size, set as the Display settings set it."""

from __future__ import annotations


def scaled_app(scale: float):
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application
    from ui.display.apply import apply_display
    from ui.display.settings import DisplaySettings

    app = make_application()
    QApplication.setCursorFlashTime(0)
    # As View > Text size does it: the font, and the tick boxes and dots that grow with it.
    apply_display(DisplaySettings(text_size=round(scale * 100)), force=True)
    return app


def settle(app, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def screenshot_settings(scale: float):
    """Settings for the window the picture is taken of, in a file of their own (one, used again
    each time), so the person's own settings are never touched: its text size, which the window
    puts into effect when it opens."""
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from ui.display.settings import DisplaySettings, save

    path = Path(tempfile.gettempdir()) / "meetingkit-screenshot-settings.ini"
    path.unlink(missing_ok=True)
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    save(settings, DisplaySettings(text_size=round(scale * 100)))
    return settings


def run(take) -> None:
    """A script's command line: `python -m docs.screenshots.make_X_screenshots [folder]`, offscreen,
    at the text size MEETINGKIT_SCREENSHOT_SCALE gives (1 unless set; 2 for the large-text ones)."""
    import os
    import sys
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    for picture in take(target, float(os.environ.get("MEETINGKIT_SCREENSHOT_SCALE", "1"))):
        print(picture)
