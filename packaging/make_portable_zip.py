"""Zips the built MeetingKit folder as a portable copy: unzip it anywhere and run it.

    python packaging/make_portable_zip.py                 # from dist/MeetingKit
    python packaging/make_portable_zip.py --folder OUT/MeetingKit --output OUT/mk.zip

The zip holds one MeetingKit folder with a portable.txt file beside the programs. That file
turns portable mode on (meetingkit.paths): the data is kept in MeetingKit-data beside the
programs, so the whole thing can live on a USB stick or a network drive and nothing is written
to the laptop. Nothing needs installing and no admin rights are needed.
"""

from __future__ import annotations

import argparse
import platform
import sys
import zipfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
for folder in (PACKAGING, ROOT):  # when run from a checkout without installing MeetingKit
    if str(folder) not in sys.path:
        sys.path.append(str(folder))

from bundle_contents import APP_NAME, megabytes  # noqa: E402

from meetingkit import __version__  # noqa: E402
from meetingkit.paths import PORTABLE_MARKER  # noqa: E402

DATA_FOLDER = "MeetingKit-data"  # made beside the programs by portable mode; never zipped
MARKER_TEXT = """\
This file makes MeetingKit portable.

While this file is here, MeetingKit keeps all its data (committees, meetings, minutes, actions
and backups) in the MeetingKit-data folder beside it, not in your own user folder. So you can
keep MeetingKit on a USB stick or a shared drive and take your meetings with you.

Keep the stick safe: the data may include people's names. To keep the data in your own user
folder instead, delete this file.
"""


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    machine = platform.machine().lower()
    machine = {"amd64": "x64", "x86_64": "x64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def default_zip_name() -> str:
    return f"MeetingKit-{__version__}-portable-{platform_tag()}.zip"


def make_portable_zip(folder: Path, output: Path) -> Path:
    """Writes output: folder's contents under MeetingKit/, plus the portable.txt marker.

    Symbolic links (only in Linux builds) are stored as the files they point to, because zip
    tools on Windows cannot make links. Any MeetingKit-data or marker already in the folder
    (from trying the build out) is left out, so nobody's test data is shipped.
    """
    if not (folder / "_internal").is_dir():
        raise SystemExit(f"{folder} is not a built MeetingKit folder: run packaging/build.py")
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if relative.parts[0] in (DATA_FOLDER, PORTABLE_MARKER) or path.is_dir():
                continue
            zf.write(path.resolve(), f"{APP_NAME}/{relative.as_posix()}")
        zf.writestr(f"{APP_NAME}/{PORTABLE_MARKER}", MARKER_TEXT.replace("\n", "\r\n"))
    partial.replace(output)  # never leave a half-written zip under the real name
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=ROOT / "dist" / APP_NAME,
                        help="the built MeetingKit folder (default: dist/MeetingKit)")
    parser.add_argument("--output", type=Path, help=f"zip to write (default: dist/{default_zip_name()})")
    args = parser.parse_args(argv)
    output = args.output or args.folder.parent / default_zip_name()
    written = make_portable_zip(args.folder, output)
    print(f"Wrote {written}")
    print(f"Size: {megabytes(written.stat().st_size)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
