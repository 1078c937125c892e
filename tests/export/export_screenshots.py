"""Draws the first pages of every kind of Word export, as LibreOffice lays them out, into
docs/exports/ (small PNGs for the README and for reviewers to look at):

    python tests/export/export_screenshots.py

Uses the same exports as the LibreOffice page checks (every_export.py)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT)]

from every_export import make_every_export  # noqa: E402
from soffice import screenshots, to_pdf  # noqa: E402

from meetingkit.store import Store  # noqa: E402


def main() -> None:
    target = ROOT / "docs" / "exports"
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        store = Store.open(folder / "committee.db")
        try:
            made = make_every_export(store, folder)
        finally:
            store.close()
        for old in target.glob("*.png"):
            old.unlink()
        for export, pdf in zip(made, to_pdf([m.path for m in made], folder), strict=True):
            for png in screenshots(pdf, target, export.name):
                print(png.relative_to(ROOT))


if __name__ == "__main__":
    main()
