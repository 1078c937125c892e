"""The two files partners and chairs send each other, and how Windows learns to open them.

A partner double-clicks the review pack (.mkreview) that came by e-mail and it opens in the
review window; a chair double-clicks a partner's reply (.mkreply) and MeetingKit offers to add
the questions to the meeting. Both are registered for the signed-in person only, under
HKEY_CURRENT_USER\\Software\\Classes, which needs no admin rights: by the installer
(packaging/windows/meetingkit.iss lists the same keys) and by the portable build when it starts.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CLASSES = r"Software\Classes"


@dataclass(frozen=True)
class FileType:
    extension: str
    prog_id: str  # Windows' name for "this kind of file, opened by this program"
    description: str  # what Explorer shows in its Type column


REVIEW_PACK = FileType(".mkreview", "MeetingKit.ReviewPack", "MeetingKit review pack")
REPLY = FileType(".mkreply", "MeetingKit.Reply", "MeetingKit reply from a partner")
FILE_TYPES = (REVIEW_PACK, REPLY)


def kind_of(path: str | Path) -> FileType | None:
    suffix = Path(path).suffix.lower()
    return next((t for t in FILE_TYPES if t.extension == suffix), None)


def registry_values(program: str | Path) -> list[tuple[str, str]]:
    """(key under HKEY_CURRENT_USER, default value) for every key that opens both kinds of file
    with `program`, its icon taken from the program itself."""
    program = str(program)
    values = []
    for kind in FILE_TYPES:
        base = rf"{CLASSES}\{kind.prog_id}"
        values += [
            (rf"{CLASSES}\{kind.extension}", kind.prog_id),
            (base, kind.description),
            (rf"{base}\DefaultIcon", f'"{program}",0'),
            (rf"{base}\shell\open\command", f'"{program}" "%1"'),
        ]
    return values


def registered_program(read: Callable[[str], str | None]) -> str | None:
    """The program Windows opens review packs with for this person, if any (`read` gives a
    key's default value under HKEY_CURRENT_USER, or None)."""
    command = read(rf"{CLASSES}\{REVIEW_PACK.prog_id}\shell\open\command") or ""
    return command.split('"')[1] if command.startswith('"') and command.count('"') >= 2 else None


def should_register(program: str | Path, read: Callable[[str], str | None],
                    exists: Callable[[str], bool]) -> bool:
    """A portable copy registers itself when nothing is registered, or what is registered has
    gone (an old copy deleted from a stick); it never takes over from a copy that is there,
    such as the installed one."""
    current = registered_program(read)
    if current is None or not exists(current):
        return True
    return False if current != str(program) else not all(
        read(key) == value for key, value in registry_values(program))


def register_for_this_user(program: str | Path, winreg=None) -> None:
    """Writes the keys with Windows' registry module (passed in by tests)."""
    if winreg is None:
        import winreg  # Windows only
    for key, value in registry_values(program):
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
            winreg.SetValueEx(handle, "", 0, winreg.REG_SZ, value)
    _tell_explorer()


def read_default(key: str, winreg=None) -> str | None:
    if winreg is None:
        import winreg  # Windows only
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
            return winreg.QueryValueEx(handle, "")[0]
    except OSError:
        return None


def register_portable_copy() -> bool:
    """A portable copy on Windows makes its own files open with it, unless another copy that
    is still there already does. True when it registered."""
    if sys.platform != "win32" or not getattr(sys, "frozen", False):
        return False
    program = Path(sys.executable).resolve()
    if not should_register(program, read_default, lambda p: Path(p).is_file()):
        return False
    try:
        register_for_this_user(program)
    except OSError:  # a locked-down registry: double-clicking just won't open MeetingKit
        return False
    return True


def _tell_explorer() -> None:
    """Explorer shows the new icons at once instead of after the next sign-in."""
    if sys.platform != "win32":
        return
    import ctypes

    SHCNE_ASSOCCHANGED, SHCNF_IDLIST = 0x08000000, 0
    ctypes.windll.shell32.SHChangeNotify(SHCNE_ASSOCCHANGED, SHCNF_IDLIST, None, None)
