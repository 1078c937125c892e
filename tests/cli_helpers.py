"""Runs `meetingkit ...` in a fresh Python and reports which Qt modules it imported, so tests
can check that headless commands never load Qt."""

from __future__ import annotations

import subprocess
import sys

NO_QT = (
    "import sys, runpy\n"
    "sys.argv = ['meetingkit'] + sys.argv[1:]\n"
    "try:\n"
    "    runpy.run_module('meetingkit', run_name='__main__')\n"
    "except SystemExit as done:\n"
    "    code = done.code\n"
    "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui')))\n"
    "print('QT-MODULES:', qt)\n"
    "sys.exit(code)\n"
)


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", NO_QT, *args], capture_output=True, text=True,
                          env=env, timeout=120)
