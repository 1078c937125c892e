"""Dialogs tall enough for their wrapped labels.

Qt sizes a window from its layout's height when nothing wraps; a label that wraps onto two lines
(a long form label at 200% text) needs more, and Qt squeezed the rows until the words were cut
in half. When a dialog is shown, or its text size changes while it is open, this grows it to
the height its layout needs at its width, within the screen (the dialog's own scroll area, if
any, takes the rest).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog


class _DialogFitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QDialog):
            return False
        if event.type() == QEvent.Type.Show:
            fit_height(watched)
        elif event.type() == QEvent.Type.FontChange and watched.isVisible():
            # Text made bigger while it is open (Display settings): once the layout has
            # caught up, grow to fit, or the lines overlap until the dialog is opened again.
            QTimer.singleShot(0, lambda: shiboken6.isValid(watched) and fit_height(watched))
        return False


def fit_height(dialog: QDialog) -> None:
    layout = dialog.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    need = layout.totalHeightForWidth(dialog.width())
    screen = dialog.screen()
    if screen is not None:
        frame = dialog.frameGeometry().height() - dialog.height()
        need = min(need, screen.availableGeometry().height() - max(frame, 0))
    if need > dialog.height():
        dialog.resize(dialog.width(), need)


def install_fit_height(app: QApplication) -> None:
    if app.property("mk_fit_height"):
        return
    app.setProperty("mk_fit_height", True)
    app.installEventFilter(_DialogFitter(app))
