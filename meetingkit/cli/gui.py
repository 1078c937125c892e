"""Opens the desktop app. The only place the core reaches for ui/, and only by import at run time."""

from __future__ import annotations

import argparse
import importlib


def open_app(args: argparse.Namespace) -> int:
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
