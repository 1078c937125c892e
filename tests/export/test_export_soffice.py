"""The Word files open cleanly in another word processor: LibreOffice converts each to PDF.
Skipped where LibreOffice is not installed."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from export_helpers import rich_meeting

from meetingkit.export import (
    ClaimRow,
    InvolvementClaim,
    export_action_log,
    export_claim,
    export_minutes,
    export_pack,
)

SOFFICE = shutil.which("soffice")
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")]


def _to_pdf(paths, tmp_path):
    out = tmp_path / "pdf"
    profile = tmp_path / "profile"  # its own profile: no clash with a LibreOffice already open
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *map(str, paths)],
        capture_output=True, text=True, timeout=240,
    )
    assert done.returncode == 0, done.stderr
    return [out / (p.stem + ".pdf") for p in paths]


def test_every_export_converts_in_libreoffice(store, tmp_path):
    meeting = rich_meeting(store)
    claim = InvolvementClaim("Sam Okafor", "Patient Safety Group",
                             [ClaimRow("2026-03-03", "Meeting", 2, "4.80")], hourly_rate=18)
    paths = [
        export_pack(store, meeting["meeting"], tmp_path / "pack.docx"),
        export_pack(store, meeting["meeting"], tmp_path / "pack-large.docx", large_print=True),
        export_minutes(store, meeting["meeting"], tmp_path / "minutes.docx", who_was_heard=True),
        export_action_log(store, meeting["committee"], tmp_path / "actions.docx"),
        export_claim(claim, tmp_path / "claim.docx"),
    ]
    for pdf in _to_pdf(paths, tmp_path):
        assert pdf.exists() and pdf.stat().st_size > 1000
        assert pdf.read_bytes().startswith(b"%PDF")
