"""Opening Word files in LibreOffice, as a recipient without Word would: convert to PDF, then
read the pages back (pdfinfo for the count, pdftotext -layout for the words line by line, as
they were laid out) or draw them (pdftoppm) for screenshots."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

SOFFICE = shutil.which("soffice")
HAVE_TOOLS = bool(SOFFICE and shutil.which("pdftotext") and shutil.which("pdfinfo"))


def to_pdf(paths: list[Path], folder: Path) -> list[Path]:
    out = folder / "pdf"
    profile = folder / "lo-profile"  # its own profile: no clash with a LibreOffice already open
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *map(str, paths)],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    pdfs = [out / (Path(p).stem + ".pdf") for p in paths]
    for pdf in pdfs:
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), pdf
    return pdfs


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def pages(pdf: Path) -> list[str]:
    """Each page's text, laid out as on the page (one string per page)."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    found = text.split("\f")
    return found[:-1] if found and not found[-1].strip() else found


def screenshots(pdf: Path, folder: Path, stem: str, first: int = 1, last: int = 2,
                resolution: int = 50) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), "-f", str(first), "-l", str(last),
                    str(pdf), str(folder / stem)], check=True)
    drawn = sorted(folder.glob(f"{stem}-*.png"))
    if shutil.which("convert"):  # ImageMagick: a 48-colour palette makes them a quarter the size
        for png in drawn:
            subprocess.run(["convert", str(png), "+dither", "-colors", "48", f"PNG8:{png}"],
                           check=True)
    return drawn
