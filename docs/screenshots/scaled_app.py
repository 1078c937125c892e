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
    """Settings for the window the picture is taken of (in a folder of their own, so the
    person's own settings are never touched): its text size, which the window puts into effect
    when it opens."""
    import tempfile

    from PySide6.QtCore import QSettings

    from ui.display.settings import DisplaySettings, save

    folder = tempfile.mkdtemp(prefix="meetingkit-screenshots-")
    settings = QSettings(f"{folder}/settings.ini", QSettings.Format.IniFormat)
    save(settings, DisplaySettings(text_size=round(scale * 100)))
    return settings
