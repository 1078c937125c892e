"""Opening a review pack that arrived by e-mail, treating it as hostile.

The file's size is checked before it is read; the zip's directory is checked (number of parts,
declared sizes, compression ratio, no passwords, no names that try to leave the pack, no
duplicates) before any part is unpacked; parts are read into memory only, never written to
disk; and every field of the manifest is checked. Anything wrong refuses the whole file with
one plain line (ImportRefused)."""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from pathlib import Path

from meetingkit.errors import ImportRefused
from meetingkit.review import limits
from meetingkit.review.fields import FieldReader
from meetingkit.review.model import MeetingRef, ReviewItem, ReviewPack, ReviewPaper

DAMAGED = "This review pack is damaged or was not made by MeetingKit, so it was not opened."
NOT_A_PACK = "This file is not a MeetingKit review pack (they end in .mkreview)."
TOO_BIG = (f"This file is larger than {limits.MAX_PACK_BYTES // limits.MB} MB, far bigger than a "
           "review pack, so it was not opened.")
_PAPER_NAME = re.compile(limits.PAPER_NAME_PATTERN)


def read_review_pack(path: Path | str) -> ReviewPack:
    return read_review_pack_bytes(read_limited(path, limits.MAX_PACK_BYTES, TOO_BIG))


def read_limited(path: Path | str, limit: int, too_big: str) -> bytes:
    """The file's bytes, refusing it before reading if it is larger than `limit`."""
    try:
        with open(path, "rb") as file:
            if os.fstat(file.fileno()).st_size > limit:
                raise ImportRefused(too_big)
            data = file.read(limit + 1)
    except ImportRefused:
        raise
    except OSError as error:
        raise ImportRefused(f"{Path(path).name} could not be read: "
                            f"{error.strerror or error}.") from error
    if len(data) > limit:  # it grew while being read
        raise ImportRefused(too_big)
    return data


def read_review_pack_bytes(data: bytes) -> ReviewPack:
    if len(data) > limits.MAX_PACK_BYTES:
        raise ImportRefused(TOO_BIG)
    if not data.startswith(b"PK"):
        raise ImportRefused(NOT_A_PACK)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = _checked_directory(archive)
            if limits.MANIFEST_NAME not in infos:
                raise ImportRefused(NOT_A_PACK)
            return _parse(archive, infos)
    except ImportRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, RuntimeError,
            NotImplementedError, OSError, ValueError, KeyError, RecursionError, MemoryError):
        raise ImportRefused(DAMAGED) from None


def _checked_directory(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.MAX_MEMBERS:
        raise ImportRefused(DAMAGED)
    found: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if _leaves_the_pack(name):
            raise ImportRefused("This review pack has files that try to reach outside it, so it "
                                "was not opened.")
        if name in found:
            raise ImportRefused(DAMAGED)
        if info.flag_bits & 0x1:
            raise ImportRefused("This review pack is password-protected, so it cannot be opened.")
        if info.file_size > limits.MAX_MEMBER_BYTES or (
                info.file_size > limits.RATIO_FROM_BYTES
                and info.file_size > limits.MAX_RATIO * max(1, info.compress_size)):
            raise ImportRefused("This review pack unpacks to far more than its size (it looks "
                                "like a zip bomb), so it was not opened.")
        total += info.file_size
        if total > limits.MAX_TOTAL_BYTES:
            raise ImportRefused(TOO_BIG)
        found[name] = info
    return found


def _leaves_the_pack(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return (name.startswith(("/", "\\")) or "\\" in name or "\x00" in name or ":" in name
            or ".." in parts)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with archive.open(info) as member:  # zipfile stops at the declared size and checks the CRC
        data = member.read(limit + 1)
    if len(data) > limit:
        raise ImportRefused(DAMAGED)
    return data


def _parse(archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo]) -> ReviewPack:
    fields = FieldReader(DAMAGED)
    manifest = fields.load_json(_read_member(archive, infos[limits.MANIFEST_NAME],
                                             limits.MAX_MANIFEST_BYTES))
    fields.format_and_version(manifest, limits.PACK_FORMAT, limits.PACK_VERSION, "review pack")
    meeting = fields.mapping(manifest, "meeting")
    reference = MeetingRef(
        meeting_id=fields.integer(meeting, "id", 1),
        title=fields.text(meeting, "title", limits.MAX_SHORT_TEXT, required=True,
                          single_line=True),
        date=fields.iso_date(meeting, "date"),
        committee=fields.text(meeting, "committee", limits.MAX_SHORT_TEXT, single_line=True),
    )
    items = []
    seen_ids: set[int] = set()
    for raw in fields.items(manifest, "items", limits.MAX_ITEMS):
        if not isinstance(raw, dict):
            raise fields.refuse()
        item_id = fields.integer(raw, "id", 1)
        if item_id in seen_ids:
            raise fields.refuse()
        seen_ids.add(item_id)
        papers = tuple(_paper(archive, infos, fields, p)
                       for p in fields.items(raw, "papers", limits.MAX_PAPERS_PER_ITEM))
        items.append(ReviewItem(
            item_id=item_id,
            number=fields.integer(raw, "number", 1, 10_000),
            title=fields.text(raw, "title", limits.MAX_SHORT_TEXT, required=True,
                              single_line=True),
            purpose=fields.text(raw, "purpose", limits.MAX_SHORT_TEXT, single_line=True),
            presenter=fields.text(raw, "presenter", limits.MAX_SHORT_TEXT, single_line=True),
            minutes=fields.integer(raw, "minutes", 0, 24 * 60),
            summary=fields.text(raw, "summary", limits.MAX_LONG_TEXT),
            papers=papers,
        ))
    return ReviewPack(
        pack_id=fields.identifier(manifest, "pack_id"),
        meeting=reference,
        start_time=fields.text(meeting, "start_time", 20, single_line=True),
        place=fields.text(meeting, "place", limits.MAX_SHORT_TEXT, single_line=True),
        items=tuple(items),
        created_at=fields.text(manifest, "created_at", 40, single_line=True),
    )


def _paper(archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], fields: FieldReader,
           raw: object) -> ReviewPaper:
    if not isinstance(raw, dict):
        raise fields.refuse()
    name = raw.get("file")
    if not isinstance(name, str) or not _PAPER_NAME.fullmatch(name) or name not in infos:
        raise fields.refuse()
    try:
        markdown = _read_member(archive, infos[name], limits.MAX_MEMBER_BYTES).decode("utf-8")
    except UnicodeDecodeError:
        raise fields.refuse() from None
    words = []
    for pair in fields.items(raw, "words", limits.MAX_GLOSSARY_TERMS):
        if (not isinstance(pair, list) or len(pair) != 2
                or not all(isinstance(p, str) and len(p) <= limits.MAX_SHORT_TEXT for p in pair)):
            raise fields.refuse()
        words.append((" ".join(pair[0].split()), " ".join(pair[1].split())))
    plain = raw.get("plain", False)
    if not isinstance(plain, bool):
        raise fields.refuse()
    return ReviewPaper(
        title=fields.text(raw, "title", limits.MAX_SHORT_TEXT, required=True, single_line=True),
        author=fields.text(raw, "author", limits.MAX_SHORT_TEXT, single_line=True),
        markdown=markdown.replace("\x00", ""),
        is_plain=plain,
        words=tuple(words),
    )
