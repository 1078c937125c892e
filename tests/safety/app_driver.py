"""Runs the real app (ui.app.run, Qt offscreen) for the safety tests, with its message boxes
printed instead of shown (a modal box would wait for a click no test can give):

    python tests/safety/app_driver.py DB      prints TOLD <title> for each message, OPEN once
                                              the window is up and its start-up work began
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a source checkout


def main(db: str) -> int:
    import ui.app
    from meetingkit.cli import build_parser

    def told(_parent, title: str, text: str) -> None:
        print(f"TOLD {title}: {text}", flush=True)

    started = ui.app.after_start

    def after_start(window, **options) -> None:
        started(window, **options)
        window._startup_backup.join()  # the start-up backup, made before anyone looks
        print("OPEN", flush=True)

    ui.app.tell = told
    ui.app.after_start = after_start
    return ui.app.run(build_parser(with_subcommands=False).parse_args(["--db", db]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
