"""Checking the fields of an incoming JSON document: each value must have the right type and a
sane size, or the whole file is refused with one plain line. Text is kept as text (markup in
it is never interpreted here; the views escape it)."""

from __future__ import annotations

import json
import re

from meetingkit.clean_text import without_bidi_controls
from meetingkit.errors import ImportRefused

# Control characters other than tab and newline, and lone surrogates: never shown or stored.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class FieldReader:
    """Reads fields from dicts, refusing the file with `refusal` when one is wrong."""

    def __init__(self, refusal: str):
        self.refusal = refusal

    def refuse(self) -> ImportRefused:
        return ImportRefused(self.refusal)

    def load_json(self, data: bytes) -> dict:
        """UTF-8 JSON, also with the byte-order mark Notepad and some mail programs add (and
        UTF-16 or UTF-32 with theirs): json reads the mark and drops it."""
        try:
            value = json.loads(data)
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise self.refuse() from None
        if not isinstance(value, dict):
            raise self.refuse()
        return value

    def mapping(self, source: dict, key: str) -> dict:
        value = source.get(key)
        if not isinstance(value, dict):
            raise self.refuse()
        return value

    def items(self, source: dict, key: str, limit: int) -> list:
        value = source.get(key)
        if not isinstance(value, list) or len(value) > limit:
            raise self.refuse()
        return value

    def text(self, source: dict, key: str, limit: int, required: bool = False,
             single_line: bool = False) -> str:
        value = source.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str) or len(value) > limit:
            raise self.refuse()
        value = _UNPRINTABLE.sub("", value).replace("\r\n", "\n").replace("\r", "\n")
        if single_line:  # a name or a title: nothing that turns how it reads around
            value = " ".join(without_bidi_controls(value).split())
        if required and not value.strip():
            raise self.refuse()
        return value

    def integer(self, source: dict, key: str, low: int = 0, high: int = 2**53) -> int:
        value = source.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.refuse()
        return value

    def identifier(self, source: dict, key: str) -> str:
        value = source.get(key)
        if not isinstance(value, str) or not _ID.match(value):
            raise self.refuse()
        return value

    def iso_date(self, source: dict, key: str) -> str:
        from datetime import date

        value = self.text(source, key, 10, required=True)
        try:
            date.fromisoformat(value)
        except ValueError:
            raise self.refuse() from None
        return value

    def format_and_version(self, source: dict, expected_format: str, newest: int,
                           what: str) -> int:
        if source.get("format") != expected_format:
            raise self.refuse()
        version = self.integer(source, "version", 1, 10_000)
        if version > newest:
            raise ImportRefused(f"This {what} was made by a newer MeetingKit. Update MeetingKit, "
                                "then open it again.")
        return version
