"""Markdown and plain text files: decode them carefully and turn plain text into markdown."""

from __future__ import annotations

import re

from meetingkit.errors import ImportRefused
from meetingkit.importers.markdown_guard import limit_nesting

_UTF8_BOM = b"\xef\xbb\xbf"
# C0 control characters other than tab, newline, carriage return and form feed, plus DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.005  # more than this and it is not a text file someone typed
_NOT_TEXT = "This file is not a Word document, markdown or text file, so it cannot be imported."


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Text from bytes: UTF-8 (with or without a byte order mark), UTF-16 with a byte order
    mark, or Windows (cp1252) text as a last resort. Binary data is refused."""
    warnings: list[str] = []
    if data.startswith(_UTF8_BOM):
        text = _strict(data[len(_UTF8_BOM) :], "utf-8")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _strict(data, "utf-16")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            if b"\x00" in data:
                raise ImportRefused(_NOT_TEXT) from None
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise ImportRefused(
                    "This text file is not in a text format MeetingKit can read (it is not "
                    "UTF-8); save it again as UTF-8 text."
                ) from None
            warnings.append(
                "The file was saved in an older Windows text format; check accented letters "
                "and symbols such as £ came through correctly."
            )
    return _clean(text), warnings


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ImportRefused(
            "This text file is damaged: some of its characters cannot be read. Save it again as "
            "UTF-8 text."
        ) from None


def _clean(text: str) -> str:
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(2, len(text) * _MAX_CONTROL_SHARE):
        raise ImportRefused(_NOT_TEXT)
    text = _CONTROL.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if not text.strip():
        raise ImportRefused("The file is empty: there is no text in it to import.")
    return text


def markdown_from_markdown(text: str) -> tuple[str, list[str]]:
    """Markdown files are kept as written, except that very deep nesting is flattened."""
    limited, changed = limit_nesting(text)
    warnings = []
    if changed:
        warnings.append("Some lists or quotes were nested very deeply; the deepest were flattened.")
    return limited.strip("\n") + "\n", warnings


_ORDERED_START = re.compile(r"^( {0,3}\d+)\.(?=\s|$)")
_BLOCK_START = re.compile(r"^( {0,3})([#>+-])")
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]])")


def markdown_from_plain_text(text: str) -> str:
    """Plain text shown as written: characters markdown would act on are escaped, and line
    breaks inside a paragraph are kept as line breaks."""
    paragraphs = re.split(r"\n[ \t]*\n+", text.strip("\n"))
    out = []
    for paragraph in paragraphs:
        lines = [_escape_plain_line(line.rstrip()) for line in paragraph.split("\n")]
        out.append("  \n".join(line for line in lines if line))  # "  \n" is a line break
    return "\n\n".join(part for part in out if part) + "\n"


def _escape_plain_line(line: str) -> str:
    # Four or more leading spaces would make a code block; keep the words, drop the indent.
    line = line.expandtabs(4)
    if line.startswith("    "):
        line = line.lstrip(" ")
    line = _MARKDOWN_INLINE.sub(r"\\\1", line)
    line = _ORDERED_START.sub(r"\1\\.", line)
    return _BLOCK_START.sub(r"\1\\\2", line)


def title_from_markdown(text: str) -> str:
    """The first heading ('# Title' or a line underlined with ===), or '' when there is none."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        atx = re.match(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", line)
        if atx:
            return atx.group(1).strip()
        if (
            index + 1 < len(lines)
            and line.strip()
            and re.match(r"^ {0,3}=+[ \t]*$", lines[index + 1])
        ):
            return line.strip()
    return ""
