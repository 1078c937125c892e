"""Fixtures for the importer tests (builders live in docx_builders.py)."""

from __future__ import annotations

import docx
import pytest
from docx_builders import docx_bytes


@pytest.fixture
def small_docx() -> bytes:
    """A short paper with a heading, formatting, a list and a table."""
    document = docx.Document()
    document.add_heading("Falls review", 1)
    paragraph = document.add_paragraph("Falls fell by ")
    paragraph.add_run("a third").bold = True
    paragraph.add_run(" this quarter.")
    document.add_paragraph("Ward A", style="List Bullet")
    document.add_paragraph("Ward B", style="List Bullet 2")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Ward"
    table.cell(0, 1).text = "Falls"
    table.cell(1, 0).text = "A"
    table.cell(1, 1).text = "4"
    document.add_paragraph("Questions for partners.")
    return docx_bytes(document)
