"""What an importer hands back: a paper as markdown, ready to check and store."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ImportedPaper:
    title: str
    markdown: str
    source_name: str  # the file's name as the user chose it, e.g. "Falls report.docx"
    warnings: list[str] = field(default_factory=list)  # plain-English notes for the user
