"""The frozen app's entry point: both MeetingKit (windowed) and meetingkit-cli start here.

`meetingkit-cli --bundle-check` runs packaging/bundle_check.py inside the built folder instead.
"""

from __future__ import annotations

import os
import sys


def _give_windowed_app_somewhere_to_write() -> None:
    # A windowed Windows program has no console: sys.stdout and sys.stderr are None, and a
    # library that writes to them would crash. Send their words nowhere instead.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _give_windowed_app_somewhere_to_write()
    if sys.argv[1:] == ["--bundle-check"]:  # for IT teams and the packaging test
        from bundle_check import run_checks

        raise SystemExit(run_checks())
    from meetingkit.cli import main

    raise SystemExit(main())
