"""Builds the MeetingKit folder: a self-contained program that runs without Python installed.

    python packaging/build.py                     # makes dist/MeetingKit/
    python packaging/build.py --distpath OUT --workpath SCRATCH --quiet

Runs PyInstaller on packaging/meetingkit.spec, then prints where the folder is and how big it
is. Build on the system you are building for: a Windows folder must be built on Windows.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "meetingkit.spec"
if str(PACKAGING) not in sys.path:  # when imported rather than run
    sys.path.append(str(PACKAGING))

from bundle_contents import APP_NAME, folder_size, megabytes  # noqa: E402


def build(distpath: Path, workpath: Path, quiet: bool = False, clean: bool = False) -> Path:
    """Runs PyInstaller and returns the built folder. Raises CalledProcessError if it fails."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm",
               "--distpath", str(distpath), "--workpath", str(workpath)]
    if quiet:
        command += ["--log-level", "WARN"]
    if clean:
        command.append("--clean")
    subprocess.run([*command, str(SPEC)], check=True, cwd=ROOT)
    return distpath / APP_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist",
                        help="where the MeetingKit folder goes (default: dist/)")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build",
                        help="PyInstaller's scratch folder (default: build/)")
    parser.add_argument("--quiet", action="store_true", help="show only warnings and errors")
    parser.add_argument("--clean", action="store_true", help="ignore what an earlier build cached")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print("PyInstaller is not installed. Run: python -m pip install 'pyinstaller>=6.10'",
              file=sys.stderr)
        return 2
    try:
        folder = build(args.distpath.resolve(), args.workpath.resolve(), args.quiet, args.clean)
    except subprocess.CalledProcessError as error:
        print(f"The build failed (PyInstaller exit status {error.returncode}).", file=sys.stderr)
        return 1
    print(f"Built {folder}")
    print(f"Size: {megabytes(folder_size(folder))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
