"""ruff keeps the code clean, and keeps Qt out of the core (banned-import rule TID251)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_is_clean():
    done = subprocess.run([sys.executable, "-m", "ruff", "check", str(ROOT)], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_core_never_imports_qt():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "meetingkit").rglob("*.py")
        if any(line.lstrip().startswith(("import PySide6", "from PySide6", "import ui", "from ui"))
               for line in path.read_text(encoding="utf-8").splitlines())
    ]
    assert offenders == []
