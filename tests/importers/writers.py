"""Documents made in the test run by real third-party writers: pandoc and LibreOffice (run
headless). A test that needs one is skipped, saying which, only when it is not installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

TIMEOUT = 180


def need(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        pytest.skip(f"{program} is not installed, so the document it writes cannot be made")
    return found


def pandoc(source: str, folder: Path, name: str, *args: str, kind: str = "markdown") -> Path:
    """`source` (markdown, or another kind pandoc reads) written by pandoc as `name`."""
    program = need("pandoc")
    given = folder / f"{Path(name).stem}-source.txt"
    given.write_text(source, encoding="utf-8")
    out = folder / name
    subprocess.run([program, "-f", kind, str(given), "-o", str(out), *args], check=True,
                   timeout=TIMEOUT, capture_output=True)
    return out


def soffice(source: Path, target: str, folder: Path | None = None) -> Path:
    """`source` converted by LibreOffice; target as soffice names it ("pdf", "docx:MS Word
    2007 XML"). A profile of its own, so runs beside another LibreOffice do not clash."""
    program = need("soffice")
    folder = folder or source.parent / "converted"
    folder.mkdir(exist_ok=True)
    profile = source.parent / "lo-profile"
    subprocess.run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(folder), str(source)],
                   check=True, timeout=TIMEOUT, capture_output=True)
    out = folder / (source.stem + "." + target.split(":")[0])
    if not out.is_file():
        pytest.fail(f"LibreOffice did not write {out.name}")
    return out
