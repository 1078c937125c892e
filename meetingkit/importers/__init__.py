"""Bringing papers in: Word (.docx), PDF, web page (.html), markdown and text files become
markdown.

Every importer refuses bad input with ImportRefused (a one-line reason) and never lets another
exception escape.

- `load_paper(path, progress, stop)` / `load_paper_bytes(data, name, progress, stop)`: choose
  the importer from the file's content (its first bytes), not just its name; `progress` is told
  how far it has got and setting `stop` ends it with ImportStopped (importers/progress.py).
- `import_docx_bytes(data, name)` and `docx_to_markdown(document)`: the Word importer alone.
- `safe_markdown_html(markdown)`: HTML for read-only views, with raw HTML escaped, pictures
  not fetched and only web and e-mail links kept.

Modules: sniff (what a file is), zip_guard (zip bomb and kind checks), safe_xml (every XML part
through defusedxml), word_package (a Word file's parts, its body a block at a time), docx_reader
with docx_styles, docx_inline, docx_tables and docx_notes (Word to markdown), pdf_layout and
pdf_reader (PDF to markdown, with pdfminer.six), html_reader (web pages), typed_lists (bullets
typed by hand), text_reader (markdown and plain text), markdown_guard (flattens absurd
nesting), safe_html, progress, limits.
"""

from __future__ import annotations

from meetingkit.importers.docx_reader import docx_to_markdown
from meetingkit.importers.loader import import_docx_bytes, load_paper, load_paper_bytes
from meetingkit.importers.paper import ImportedPaper
from meetingkit.importers.safe_html import safe_markdown_html

__all__ = [
    "ImportedPaper",
    "docx_to_markdown",
    "import_docx_bytes",
    "load_paper",
    "load_paper_bytes",
    "safe_markdown_html",
]
