"""The `meetingkit` command: with no subcommand it opens the app; with one it runs headless.

Each subcommand lives in its own module in this package and is imported only when it is used,
so headless commands start fast and never import Qt. A module provides:

    HELP = "one line for --help"
    def add_arguments(parser: argparse.ArgumentParser) -> None
    def run(args: argparse.Namespace) -> int
"""

from __future__ import annotations

import argparse
import importlib
import sys

from meetingkit import __version__
from meetingkit.errors import MeetingKitError

# name -> module in meetingkit.cli; the order is the order shown in --help.
COMMANDS: dict[str, str] = {
    "demo": "demo",
    "check": "check",
    "rewrite": "rewrite",
    "export": "export",
    "backup": "backup",
}


def build_parser(with_subcommands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="meetingkit",
        description="MeetingKit: accessible patient-safety meetings. "
        "Run with no command to open the app; give it a review pack (.mkreview) to read it, or "
        "a partner's reply (.mkreply) to add its questions to the meeting.",
    )
    parser.add_argument("--version", action="version", version=f"MeetingKit {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file to use (default: MEETINGKIT_DB or your data folder)"
    )
    parser.add_argument(
        "--portable", action="store_true", help="keep the data in a folder beside the program"
    )
    parser.add_argument(
        "--startup-probe", action="store_true", help=argparse.SUPPRESS
    )
    if not with_subcommands:  # a file double-clicked in Explorer arrives here
        parser.add_argument("file", nargs="?", metavar="FILE", help=argparse.SUPPRESS)
    else:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for name, module_name in COMMANDS.items():
            module = importlib.import_module(f"meetingkit.cli.{module_name}")
            command_parser = sub.add_parser(name, help=module.HELP, description=module.HELP)
            module.add_arguments(command_parser)
            command_parser.set_defaults(_module=module)
    return parser


def _wants_subcommand(argv: list[str]) -> bool:
    return any(arg in COMMANDS for arg in argv if not arg.startswith("-"))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Only build the full parser (importing each command module) when a command is asked for,
    # so opening the app pays for none of them.
    wants_command = _wants_subcommand(argv) or "-h" in argv or "--help" in argv
    parser = build_parser(with_subcommands=wants_command)
    args = parser.parse_args(argv)
    module = getattr(args, "_module", None)
    if module is None:
        from meetingkit.cli.gui import open_app

        return open_app(args)
    try:
        return module.run(args) or 0
    except MeetingKitError as error:
        print(f"meetingkit: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
