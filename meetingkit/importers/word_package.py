"""The parts of a Word (.docx) file, read straight from its zip with the hardened parser.

The small parts (styles, numbering, notes, headers and footers, comments, properties) are
parsed whole. The main part can be tens of megabytes, so `body_blocks` reads it a piece at a
time and hands over one paragraph or table at a time, forgetting each once it is used: memory
stays small whatever the size of the document, and progress can be told and a Stop honoured.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from meetingkit.errors import ImportRefused
from meetingkit.importers import safe_xml

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PKG_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DC = "{http://purl.org/dc/elements/1.1/}"


@dataclass(frozen=True)
class Relationship:
    kind: str  # the last word of the relationship type: "styles", "hyperlink", "footer"...
    target: str  # a part name inside the zip, or a web address when external
    external: bool


class WordPackage:
    def __init__(self, data: bytes) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            self._names = set(self._zip.namelist())
        except (zipfile.BadZipFile, ValueError, OSError):
            raise ImportRefused(safe_xml.DAMAGED) from None
        package_rels = self._relationships("", "_rels/.rels")
        main = next((r.target for r in package_rels.values() if r.kind == "officeDocument"),
                    "word/document.xml")
        if main not in self._names:
            raise ImportRefused(safe_xml.DAMAGED)
        self.main_part = main
        self._core = next((r.target for r in package_rels.values() if r.kind == "core-properties"),
                          "docProps/core.xml")
        folder, name = posixpath.split(main)
        self.rels = self._relationships(folder, posixpath.join(folder, "_rels", name + ".rels"))

    # ----- the small parts ---------------------------------------------------------------
    def part(self, kind: str) -> Any | None:
        """The parsed part the main document relates to by `kind` ("styles", ...), or None."""
        target = next((r.target for r in self.rels.values() if r.kind == kind and not r.external),
                      None)
        return self.parse(target) if target else None

    def parts(self, kind: str) -> list[tuple[str, Any]]:
        """(relationship id, parsed part) for every related part of `kind` ("header", ...)."""
        found = []
        for rel_id, rel in sorted(self.rels.items()):
            if rel.kind == kind and not rel.external:
                root = self.parse(rel.target)
                if root is not None:
                    found.append((rel_id, root))
        return found

    def parse(self, name: str) -> Any | None:
        if name not in self._names:
            return None
        return safe_xml.parse(self._read(name))

    def title(self) -> str:
        """The title in the document's properties (File > Info in Word), or ''."""
        root = self.parse(self._core)
        element = root.find(DC + "title") if root is not None else None
        return (element.text or "").strip() if element is not None else ""

    # ----- the main part, a block at a time --------------------------------------------------
    def body_blocks(self, progress: Callable[[float], None] | None = None) -> Iterator[Any]:
        """Each child of the document's body in order (w:p, w:tbl, w:sdt...), complete; the
        caller must be done with it before asking for the next. `progress(fraction)` is told
        how much of the main part has been read."""
        info = self._zip.getinfo(self.main_part)
        with self._zip.open(info) as raw:
            counted = _Counting(raw, info.file_size, progress)
            depth = 0
            body = None
            for event, element in safe_xml.iterparse(counted):
                if event == "start":
                    depth += 1
                    if depth == 2 and element.tag == W + "body":
                        body = element
                    continue
                depth -= 1
                if depth == 2 and body is not None:
                    yield element
                    body.clear()  # forget it: the body never holds more than one block
        if body is None:
            raise ImportRefused(safe_xml.DAMAGED)

    # ----- helpers -------------------------------------------------------------------------
    def _read(self, name: str) -> bytes:
        try:
            return self._zip.read(name)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError):
            raise ImportRefused(safe_xml.DAMAGED) from None

    def _relationships(self, folder: str, rels_name: str) -> dict[str, Relationship]:
        root = self.parse(rels_name)
        found: dict[str, Relationship] = {}
        if root is None:
            return found
        for element in root.iter(_PKG_RELS + "Relationship"):
            rel_id, target = element.get("Id"), element.get("Target") or ""
            if not rel_id:
                continue
            kind = (element.get("Type") or "").rstrip("/").rsplit("/", 1)[-1]
            external = (element.get("TargetMode") or "").lower() == "external"
            if not external:
                target = _resolve(folder, target)
            found[rel_id] = Relationship(kind, target, external)
        return found


def _resolve(folder: str, target: str) -> str:
    target = target.split("#", 1)[0]
    path = target[1:] if target.startswith("/") else posixpath.join(folder, target)
    return posixpath.normpath(path).lstrip("/")


class _Counting(io.RawIOBase):
    """A reader that tells how far through the part it has got."""

    def __init__(self, raw: IO[bytes], size: int,
                 progress: Callable[[float], None] | None) -> None:
        super().__init__()
        self._raw = raw
        self._size = max(1, size)
        self._done = 0
        self._progress = progress

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self._done += len(data)
        if self._progress is not None:
            self._progress(min(1.0, self._done / self._size))
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
