"""A guard against a bug in PySide6 6.12.0 on Python 3.10 and 3.11: every call to a Qt method
that returns nothing takes one reference from Python's None, and after about 5,000 such calls
Python stops with "Fatal Python error: none_dealloc". (Python 3.12 and later never free None,
so the bug does no harm there.) We give None so many references that they cannot run out,
which is what Python 3.12 does itself. Remove when PySide6 is fixed or Python 3.12 is required.
"""

from __future__ import annotations

import ctypes
import sys

_SPARE_REFERENCES = 1 << 40  # a trillion calls


def keep_none_alive() -> bool:
    """Returns True when the guard was needed (and is now in place)."""
    if sys.version_info >= (3, 12) or getattr(keep_none_alive, "done", False):
        return False
    from PySide6 import __version__ as pyside_version

    if not pyside_version.startswith("6.12."):  # pyproject pins below 6.12; this is a fallback
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is a PyObject's first field
    refcount.value += _SPARE_REFERENCES
    keep_none_alive.done = True  # type: ignore[attr-defined]
    return True
