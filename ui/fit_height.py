"""Dialogs tall enough for their wrapped labels.

Qt sizes a window from its layout's height when nothing wraps; a label that wraps onto two lines
(a long form label at 200% text) needs more, and Qt squeezed the rows until the words were cut
in half. `fit_to_wrapped_labels(dialog)` makes the dialog grow to the height its layout needs
at its width, within the screen, when it is shown and when its text size changes while it is
open. Form dialogs get it from ui.forms.ok_cancel.

The watcher is a child of the dialog and watches only it: an application-wide filter in Python
would be called for every event of every object, also ones being destroyed.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog


class _DialogFitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show:
            fit_height(watched)
        elif event.type() == QEvent.Type.FontChange and watched.isVisible():
            # Text made bigger while it is open (Display settings): once the layout has
            # caught up, grow to fit, or the lines overlap until the dialog is opened again.
            QTimer.singleShot(0, self, lambda: fit_height(watched))
        return False


def fit_to_wrapped_labels(dialog: QDialog) -> None:
    if not dialog.property("mk_fits_labels"):
        dialog.setProperty("mk_fits_labels", True)
        dialog.installEventFilter(_DialogFitter(dialog))


def fit_height(dialog: QDialog) -> None:
    if not shiboken6.isValid(dialog):
        return
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
