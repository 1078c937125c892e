"""The plain-language engine's tests keep its cache (the common-word table) in a folder of their
own, never in the user's cache folder."""

from __future__ import annotations

import os
import tempfile

import pytest


@pytest.fixture(autouse=True, scope="session")
def _plain_cache_folder():
    if os.environ.get("MEETINGKIT_CACHE"):
        yield
        return
    with tempfile.TemporaryDirectory(prefix="meetingkit-plain-cache-") as folder:
        os.environ["MEETINGKIT_CACHE"] = folder
        try:
            yield
        finally:
            os.environ.pop("MEETINGKIT_CACHE", None)
