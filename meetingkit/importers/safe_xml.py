"""Every XML part of an incoming file is parsed here, with defusedxml: a document type
declaration (DOCTYPE), an entity or an external reference anywhere in a part refuses the file.

Word never writes a DOCTYPE, so one is a sign of entity-expansion tricks. The parser sees the
whole part in whatever encoding it declares (UTF-8, UTF-16...), so a DOCTYPE cannot hide behind
a long comment or a different encoding, as it could from a check of the first bytes alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from meetingkit.errors import ImportRefused

UNUSUAL = "This Word document contains unusual code and was not opened, to be safe."
DAMAGED = "This Word document is damaged and cannot be opened; open it in Word and save it again."


def parse(data: bytes, unusual: str = UNUSUAL, damaged: str = DAMAGED) -> Any:
    """The root element of a small part (styles, numbering, notes...)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        return fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise ImportRefused(unusual) from None
    except (ParseError, ValueError, LookupError):  # LookupError: an unknown encoding
        raise ImportRefused(damaged) from None


def iterparse(source: IO[bytes], unusual: str = UNUSUAL,
              damaged: str = DAMAGED) -> Iterator[tuple[str, Any]]:
    """("start" or "end", element) for a big part, read a piece at a time."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError
    from defusedxml.ElementTree import iterparse as defused_iterparse

    try:
        yield from defused_iterparse(source, events=("start", "end"), forbid_dtd=True)
    except DefusedXmlException:
        raise ImportRefused(unusual) from None
    except (ParseError, ValueError, LookupError):
        raise ImportRefused(damaged) from None
