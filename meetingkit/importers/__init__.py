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

from importlib import import_module

# Each name from the module that makes it, imported only when first used: reading a markdown
# paper from the command line need not load the Word and web-page readers (about 10 ms).
_HOMES = {
    "ImportedPaper": "meetingkit.importers.paper",
    "docx_to_markdown": "meetingkit.importers.docx_reader",
    "import_docx_bytes": "meetingkit.importers.loader",
    "load_paper": "meetingkit.importers.loader",
    "load_paper_bytes": "meetingkit.importers.loader",
    "safe_markdown_html": "meetingkit.importers.safe_html",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # found at once next time
    return value
