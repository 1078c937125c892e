"""Running a long export on a worker thread while a progress window shows how far it has got,
with a Stop button. The window stays responsive; the export gets a progress callback and a stop
flag (threading.Event), and any error is handed back to the caller on the main thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Job = Callable[[Callable[[float, str], None], threading.Event], Any]


class _Worker(QThread):
    progressed = Signal(float, str)

    def __init__(self, job: Job, stop: threading.Event):
        super().__init__()
        self.job = job
        self.stop = stop
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.job(self.progressed.emit, self.stop)
        except BaseException as error:  # handed to the main thread, which decides what to show
            self.error = error


def run_with_progress(parent: QWidget | None, title: str, job: Job) -> Any:
    """Runs `job(progress, stop)` on a worker thread and returns its result (or raises its
    error). A progress window appears if the job takes more than a moment."""
    stop = threading.Event()
    dialog = QProgressDialog(title, "Stop", 0, 100, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setMinimumDuration(500)  # quick exports finish before it would appear
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(stop.set)
    worker = _Worker(job, stop)

    def show_progress(fraction: float, message: str) -> None:
        dialog.setValue(int(fraction * 100))
        if message:
            dialog.setLabelText(message)

    worker.progressed.connect(show_progress)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result
