"""Check a Word file's zip container before anything unpacks it.

A .docx is a zip of XML parts. A hostile one can declare small parts that unpack to gigabytes
(a zip bomb). Everything here looks only at the zip's directory and its list of content types,
so checking is cheap even for large files. Python's zipfile stops unpacking a part at its
declared size (and checks its CRC), so declared sizes are a real bound on what the reader will
later unpack. XML tricks (a DOCTYPE, entities) are refused by the hardened parser every part
goes through (safe_xml.py), wherever in the part they hide.
"""

from __future__ import annotations

import io
import zipfile

from meetingkit.errors import ImportRefused
from meetingkit.importers import limits

_WORD_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
)
_MACRO_OR_TEMPLATE_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_DAMAGED = "This Word document is damaged and cannot be opened; open it in Word and save it again."
_SAVE_AS_DOCX = "save it as a Word document (.docx) and import that"


def check_word_zip(data: bytes) -> None:
    """Refuse anything that is not a plain, sanely sized Word (.docx) document."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_sizes(infos)
            names = {info.filename for info in infos}
            _check_kind(archive, names)
    except ImportRefused:
        raise
    except Exception:
        # BadZipFile, zlib.error, EOFError, RuntimeError (an encrypted part) and the like: the
        # zip is damaged in some way, which is all the user needs to know.
        raise ImportRefused(_DAMAGED) from None


def _check_sizes(infos: list[zipfile.ZipInfo]) -> None:
    if not infos:
        raise ImportRefused("This file is an empty zip archive, not a Word document.")
    if len(infos) > limits.MAX_ZIP_MEMBERS:
        raise ImportRefused("This Word document has far too many parts to be a real document.")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ImportRefused(
                "This Word document is password-protected; save it without a password."
            )
        if info.file_size > limits.MAX_MEMBER_UNCOMPRESSED:
            raise ImportRefused(_too_big())
        if (
            info.file_size > limits.RATIO_CHECK_FROM
            and info.file_size > limits.MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
        ):
            raise ImportRefused(
                "This file unpacks to far more than its size (it looks like a zip bomb), so it "
                "was not opened."
            )
        total += info.file_size
        if total > limits.MAX_TOTAL_UNCOMPRESSED:
            raise ImportRefused(_too_big())


def _too_big() -> str:
    return (
        f"This Word document unpacks to more than {limits.MAX_TOTAL_UNCOMPRESSED // limits.MB} MB; "
        "remove large pictures or split it, then import it again."
    )


def _check_kind(archive: zipfile.ZipFile, names: set[str]) -> None:
    if "mimetype" in names and "content.xml" in names:
        raise ImportRefused(f"This is an OpenDocument (LibreOffice) file; {_SAVE_AS_DOCX}.")
    if "[Content_Types].xml" not in names:
        raise ImportRefused("This is a zip archive, not a Word document.")
    content_types = _read_start(archive, "[Content_Types].xml", 1_000_000).decode(
        "utf-8", "replace"
    )
    if any(kind in content_types for kind in _WORD_MAIN_TYPES):
        return
    if any(kind in content_types for kind in _MACRO_OR_TEMPLATE_TYPES):
        raise ImportRefused(f"This is a Word template or a document with macros; {_SAVE_AS_DOCX}.")
    if "spreadsheetml" in content_types:
        raise ImportRefused("This is an Excel spreadsheet, not a Word document.")
    if "presentationml" in content_types:
        raise ImportRefused("This is a PowerPoint presentation, not a Word document.")
    raise ImportRefused("This is a zip archive, not a Word document.")


def _read_start(archive: zipfile.ZipFile, name: str, size: int) -> bytes:
    with archive.open(name) as part:
        return part.read(size)
