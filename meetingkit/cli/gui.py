"""Opens the desktop app. The only place the core reaches for ui/, and only by import at run time."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Mapping

NO_DESKTOP = ("MeetingKit could not find a desktop to open its window on. Start it from a "
              "desktop session, or on a machine without one run it as `xvfb-run meetingkit`; "
              "`meetingkit check`, `rewrite` and `export` need no window.")


def missing_desktop(environ: Mapping[str, str] = os.environ,
                    platform: str = sys.platform) -> str | None:
    """On Linux without a display Qt aborts with a page of text about plugins; say it plainly
    before Qt is started. Windows and macOS always have a desktop to draw on."""
    if not platform.startswith(("linux", "freebsd", "openbsd")):
        return None
    if any(environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        return None
    return NO_DESKTOP


def open_app(args: argparse.Namespace) -> int:
    if message := missing_desktop():
        print(f"meetingkit: {message}", file=sys.stderr)
        return 2
    # The core first: PySide6 reads the source of every module imported after it (looking for
    # its __feature__ switches), so importing ours before Qt makes start-up quicker.
    import meetingkit.demo  # noqa: F401
    import meetingkit.store  # noqa: F401

    try:
        app_module = importlib.import_module("ui.app")
    except ImportError as error:  # e.g. a headless server without the Qt wheel
        print(f"meetingkit: the desktop app could not start ({error}).")
        return 2
    return app_module.run(args)
