"""Where the shipped data (word lists, templates, styles, icons, demo content) lives.

Found the same way from a source checkout, an installed wheel and a frozen (PyInstaller) build,
so nothing else in the code builds resource paths by hand.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path


@cache
def resource_root() -> Path:
    override = os.environ.get("MEETINGKIT_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller unpacks data next to the executable's internals
        return Path(frozen_root) / "resources"
    package = Path(str(importlib_resources.files("meetingkit")))
    installed = package / "resources"  # the wheel puts resources/ inside the package
    if installed.is_dir():
        return installed
    return package.parent / "resources"  # source checkout or editable install


def resource_path(*parts: str) -> Path:
    """Path to a shipped resource, e.g. resource_path("plain", "jargon.csv")."""
    return resource_root().joinpath(*parts)


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")
