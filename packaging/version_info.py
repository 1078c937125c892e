"""The Windows version resource for MeetingKit.exe, made from meetingkit.__version__.

Windows shows it in the file's Properties > Details, and software-inventory tools used by trust
IT teams read it. PyInstaller reads the text this writes (a VSVersionInfo expression).
"""

from __future__ import annotations

import re
from pathlib import Path

COMPANY = "MeetingKit developers"
DESCRIPTION = "MeetingKit: accessible patient-safety meetings"
COPYRIGHT = "Copyright (c) MeetingKit developers. MIT licence."
BRITISH_ENGLISH_UNICODE = "080904B0"  # language 0x0809 (en-GB), code page 1200 (Unicode)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0); '0.2.0rc1' -> (0, 2, 0, 0). Windows wants four small numbers."""
    numbers = []
    for part in version.split(".")[:4]:
        digits = re.match(r"\d+", part)
        if not digits:
            break
        numbers.append(min(int(digits.group()), 65535))
    numbers += [0] * (4 - len(numbers))
    return tuple(numbers)  # type: ignore[return-value]


def version_file_text(version: str, exe_name: str) -> str:
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": "MeetingKit",
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return (
        "VSVersionInfo(\n"
        "  ffi=FixedFileInfo(\n"
        f"    filevers={numbers},\n"
        f"    prodvers={numbers},\n"
        "    mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        f"      StringTable({BRITISH_ENGLISH_UNICODE!r}, [\n"
        f"{table}])]),\n"
        "    VarFileInfo([VarStruct('Translation', [0x0809, 1200])])])\n"
    )


def write_version_file(folder: Path, version: str, exe_name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{exe_name}-version.txt"
    path.write_text(version_file_text(version, exe_name), encoding="utf-8")
    return path
