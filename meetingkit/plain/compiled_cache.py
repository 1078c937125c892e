"""The compiled word lists kept between runs, so a command-line check or the app's first check
need not read and compile thousands of entries every time (issue 16: speed holds as the lists
grow; with lists four times today's size, compiling was about 150 ms of a 0.35 s check).

A copy is plain data (marshal: strings, numbers, tuples, dicts; never code), with a checksum,
in the per-user cache folder. Its name is a digest of everything the compiled lists depend on:
the bytes of every list file, a trust's own entries, the packs switched on, MeetingKit's version
and the source of the modules that compile them. A changed list or engine gives a new name, so a
stale copy is never read. A damaged, unreadable or unwritable copy is passed over: the lists
are compiled as before, and the check goes on. MEETINGKIT_NO_CACHE=1 turns copies off."""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import threading
import zlib
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from meetingkit import __version__
from meetingkit.paths import cache_folder

FORMAT = b"MKLISTS2"  # change when the tables' shape changes
_CHECKSUM = 4  # a CRC-32 of the rest: finds a copy cut short or changed on disk
KEEP = 8  # copies kept (one per set of packs and trust entries in use); older ones are deleted
PREFIX = "word-lists-"
# The modules whose code decides what the compiled tables hold.
_COMPILERS = ("meetingkit.plain.glossary", "meetingkit.plain.morph", "meetingkit.plain.matcher",
              "meetingkit.plain.mask", "meetingkit.plain.model", "meetingkit.plain.packs",
              "meetingkit.plain.compiled_cache")


def enabled() -> bool:
    return os.environ.get("MEETINGKIT_NO_CACHE", "") in ("", "0")


@cache
def _code_digest() -> bytes:
    """The compiling modules' source, so an edited engine never reads an old copy. A frozen
    build has no source to read: its version, in the key too, stands for it."""
    digest = hashlib.blake2b(__version__.encode() + FORMAT)
    for name in _COMPILERS:
        spec = getattr(sys.modules.get(name), "__spec__", None)
        origin = getattr(spec, "origin", None)
        if origin:
            try:
                digest.update(Path(origin).read_bytes())
            except OSError:
                pass
    return digest.digest()


def key_for(files: Iterable[Path], *parts: str) -> str:
    """The name of the copy for these list files' bytes and these other parts (packs, a
    trust's entries). Raises OSError if a list file cannot be read."""
    digest = hashlib.blake2b(_code_digest())
    for path in files:
        data = path.read_bytes()
        digest.update(len(data).to_bytes(8, "little") + data)
    for part in parts:
        encoded = part.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "little") + encoded)
    return digest.hexdigest()[:40]


def derived_key(base: str, *parts: str) -> str:
    """A key for a copy made from another (the shipped lists plus a trust's entries)."""
    return key_for((), base, *parts)


def _path(key: str) -> Path:
    return cache_folder() / f"{PREFIX}{key}.bin"


def load(key: str, rebuild: Callable[[object], object]):
    """rebuild(tables) for the copy named `key`, or None if there is none or it is damaged."""
    if not enabled():
        return None
    try:
        data = _path(key).read_bytes()
    except OSError:
        return None
    head = len(FORMAT) + _CHECKSUM
    if data[:len(FORMAT)] != FORMAT or len(data) < head:
        return None
    payload = memoryview(data)[head:]
    if zlib.crc32(payload).to_bytes(_CHECKSUM, "little") != data[len(FORMAT):head]:
        return None  # cut short or changed on disk
    try:
        return rebuild(marshal.loads(payload))
    except (ValueError, TypeError, KeyError, IndexError, EOFError, AttributeError):
        return None  # not what this version writes: made again below


def save(key: str, tables) -> None:
    """Keep `tables` (strings, numbers, tuples, lists, dicts) as the copy named `key`. A full disk, a read-only folder or a copy another
    MeetingKit is writing at the same moment: nothing is kept, and nothing else happens."""
    if not enabled():
        return
    path = _path(key)
    try:
        payload = marshal.dumps(_shared(tables))
        checksum = zlib.crc32(payload).to_bytes(_CHECKSUM, "little")
        path.parent.mkdir(parents=True, exist_ok=True)
        # One part file per process and thread: two checks may compile the same lists at once
        # (the CRC would catch a copy they wrote over each other, but then nothing is kept).
        part = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.part")
        try:
            part.write_bytes(FORMAT + checksum + payload)
            os.replace(part, path)  # whole or not at all: a reader never sees half a copy
        finally:
            part.unlink(missing_ok=True)
        _prune(path.parent)
    except (OSError, ValueError):
        pass


def _shared(value, seen: dict | None = None):
    """`value` with equal strings made one object: marshal then writes each once and refers
    back to it, which halves the time to read the lists' copy (their rows repeat the same
    sources, licences and explanations thousands of times). Only strings: equal tuples may
    differ in kind ((1,) == (True,)), which marshal would not keep."""
    seen = {} if seen is None else seen
    if isinstance(value, str):
        return seen.setdefault(value, value)
    if isinstance(value, tuple):
        return tuple(_shared(item, seen) for item in value)
    if isinstance(value, list):
        return [_shared(item, seen) for item in value]
    if isinstance(value, dict):
        return {_shared(k, seen): _shared(v, seen) for k, v in value.items()}
    return value


def _prune(folder: Path) -> None:
    """Delete all but the KEEP newest copies (lists changed, a pack set no longer used)."""
    copies = []
    for path in folder.glob(f"{PREFIX}*.bin"):
        try:
            copies.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    for _, path in sorted(copies, reverse=True)[KEEP:]:
        try:
            path.unlink()
        except OSError:
            pass
