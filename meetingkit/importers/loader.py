"""Choose the importer from what a file really contains, and refuse what cannot be imported.

Whatever goes wrong inside, the caller sees ImportRefused with one plain sentence, never
another exception: the UI shows the sentence and carries on.
"""

from __future__ import annotations

import functools
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from meetingkit.errors import ImportRefused
from meetingkit.importers import limits, sniff
from meetingkit.importers.paper import ImportedPaper
from meetingkit.importers.progress import ImportStopped, Progress, ProgressCallback

_T = TypeVar("_T")

WORD_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm", ".doc", ".dot"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_KINDS_WE_TAKE = "Word (.docx), PDF, web page (.html), markdown (.md) and text (.txt) files"
_OLD_OR_LOCKED = (
    "This Word document is password-protected or in the old .doc format; save it as .docx "
    "without a password."
)


def _never_crash(function: Callable[..., _T]) -> Callable[..., _T]:
    @functools.wraps(function)
    def guarded(*args: object, **kwargs: object) -> _T:
        try:
            return function(*args, **kwargs)
        except (ImportRefused, ImportStopped):
            raise
        except MemoryError:
            raise ImportRefused("This file is too big to import on this computer.") from None
        except Exception:  # anything else means the file is damaged in a way we did not foresee
            raise ImportRefused("This file could not be read; it may be damaged.") from None

    return guarded


@_never_crash
def load_paper(path: str | os.PathLike[str], progress: ProgressCallback | None = None,
               stop: object = None) -> ImportedPaper:
    """Import a paper from a Word, PDF, web page, markdown or text file on disk.
    `progress(fraction, words)` is told how far it has got; setting `stop` (a
    threading.Event) stops it with ImportStopped."""
    path = Path(path)
    steps = Progress(progress, stop)
    steps.step(0.0, "Opening the file…")
    return load_paper_bytes(_read_limited(path), path.name, progress, stop)


@_never_crash
def load_paper_bytes(data: bytes, source_name: str, progress: ProgressCallback | None = None,
                     stop: object = None) -> ImportedPaper:
    """Import a paper from a file's bytes; `source_name` is its file name (for the title)."""
    _check_size(len(data))
    steps = Progress(progress, stop)
    kind = sniff.sniff(data[:64])
    suffix = Path(source_name).suffix.lower()
    if kind == sniff.ZIP:
        return _import_docx(data, source_name, steps)
    if kind == sniff.OLE:
        raise ImportRefused(_OLD_OR_LOCKED)
    if kind == sniff.PDF:
        from meetingkit.importers.pdf_reader import import_pdf_bytes

        return import_pdf_bytes(data, source_name, steps)
    if kind == sniff.RTF:
        raise ImportRefused(
            "This is a Rich Text (.rtf) file; open it in Word and save it as .docx."
        )
    if kind in sniff.DESCRIPTIONS:
        raise ImportRefused(
            f"This is {sniff.DESCRIPTIONS[kind]}, not a paper. MeetingKit takes {_KINDS_WE_TAKE}."
        )
    if suffix in WORD_SUFFIXES:
        raise ImportRefused(
            f"This file is named {suffix} but is not really a Word document, so it was not opened."
        )
    from meetingkit.importers import text_reader

    steps.step(0.1, "Reading the text…")
    text, warnings = text_reader.decode_text(data)
    if len(text) > limits.MAX_PAPER_CHARACTERS:
        from meetingkit.importers.docx_reader import too_long_message

        raise ImportRefused(too_long_message(limits.MAX_PAPER_CHARACTERS))
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _looks_like_html(text)):
        from meetingkit.importers.html_reader import import_html_text

        return import_html_text(text, source_name, warnings)
    if suffix in MARKDOWN_SUFFIXES:
        markdown, more = text_reader.markdown_from_markdown(text)
        warnings += more
        title = text_reader.title_from_markdown(markdown)
    else:
        markdown, title = text_reader.markdown_from_plain_text(text), ""
    return ImportedPaper(title or _stem(source_name), markdown, source_name, warnings)


@_never_crash
def import_docx_bytes(data: bytes, source_name: str = "document.docx",
                      progress: ProgressCallback | None = None,
                      stop: object = None) -> ImportedPaper:
    """Import a Word (.docx) document from its bytes, with all the safety checks."""
    return _import_docx(data, source_name, Progress(progress, stop))


def _import_docx(data: bytes, source_name: str, steps: Progress) -> ImportedPaper:
    from meetingkit.importers.docx_reader import convert_document, open_docx
    from meetingkit.importers.zip_guard import check_word_zip

    _check_size(len(data))
    kind = sniff.sniff(data[:64])
    if kind == sniff.OLE:
        raise ImportRefused(_OLD_OR_LOCKED)
    if kind != sniff.ZIP:
        raise ImportRefused("This file is not really a Word document, so it was not opened.")
    check_word_zip(data)
    result = convert_document(open_docx(data), steps)
    if not result.markdown.strip():
        raise ImportRefused("This Word document has no text in it to import.")
    return ImportedPaper(
        result.title or _stem(source_name), result.markdown, source_name, result.warnings
    )


def _read_limited(path: Path) -> bytes:
    """The file's bytes, refusing huge or odd files before reading them whole."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ImportRefused("This is a folder, not a file.")
        if not stat.S_ISREG(info.st_mode):
            raise ImportRefused("This is not an ordinary file, so it cannot be imported.")
        _check_size(info.st_size)
        with path.open("rb") as handle:
            data = handle.read(limits.MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ImportRefused(
            "The file could not be found; it may have been moved or deleted."
        ) from None
    except PermissionError:
        raise ImportRefused("MeetingKit is not allowed to open this file.") from None
    except IsADirectoryError:
        raise ImportRefused("This is a folder, not a file.") from None
    except OSError:
        raise ImportRefused("The file could not be read.") from None
    _check_size(len(data))
    return data


def _check_size(size: int) -> None:
    if size == 0:
        raise ImportRefused("The file is empty: there is nothing in it to import.")
    if size > limits.MAX_FILE_BYTES:
        raise ImportRefused(
            f"This file is bigger than {limits.MAX_FILE_BYTES // limits.MB} MB, too big to be a "
            "paper; remove large pictures or split it."
        )


def _looks_like_html(text: str) -> bool:
    """A web page saved under another name (or none): it starts with a doctype or <html>."""
    start = text.lstrip("\ufeff \t\r\n")[:200].lower()
    return start.startswith(("<!doctype html", "<html"))


def _stem(source_name: str) -> str:
    return Path(source_name).stem.strip() or "Untitled paper"
