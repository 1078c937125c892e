"""What the window needs before its first paint, and nothing more: the Word writers, the e-mail
draft and the plain-language engine load when first used (each added tens of milliseconds to
start-up when a module near the main window imported them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("docx", "meetingkit.export.pack", "meetingkit.export.mail_draft", "meetingkit.plain")

BUILD_THE_WINDOW = f"""
import sys
from ui.app import make_application, open_store
from ui.context import AppContext
from ui.main_window import MainWindow
app = make_application()
window = MainWindow(AppContext(store=open_store(sys.argv[1])))
print(",".join(name for name in {HEAVY!r} if name in sys.modules))
"""


def test_the_main_window_is_built_without_the_heavy_modules(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", BUILD_THE_WINDOW, str(tmp_path / "meetingkit.db")],
        capture_output=True, text=True, timeout=120, cwd=Path(__file__).parent.parent,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1:] in ([], [""]), \
        f"loaded before the first paint: {done.stdout.strip()}"
