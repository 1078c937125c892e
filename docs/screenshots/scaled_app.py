"""The app as the screenshot scripts start it: offscreen, no blinking caret (the same picture
every time), its text `scale` times the usual size."""

from __future__ import annotations


def scaled_app(scale: float):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application

    app = make_application()
    QApplication.setCursorFlashTime(0)
    font = QFont(app.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    app.setFont(font)
    return app


def settle(app, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()
