"""The reference for MeetingKit's start-up: a bare PySide6 "hello" window.

Prints the milliseconds from process start to the window's first paint (with the event loop
running, so it accepts input) as its last line, then quits. It uses the very same measure as
`meetingkit --startup-probe` (ui.startup_probe: the process age read from the OS, reported one
event-loop turn after the first paint), so the two figures compare like with like.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bare_window_probe.py
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `ui` importable from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from ui.startup_probe import report_first_paint  # noqa: E402 (imports only PySide6)


def main() -> int:
    app = QApplication(sys.argv)
    window = QLabel("Hello")
    window.setWindowTitle("Hello")
    report_first_paint(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
