"""Word XML is parsed with defusedxml: a DOCTYPE (the start of entity tricks) refuses the file
wherever it hides, including after a long comment or in a part saved as UTF-16, which a look
at the first bytes of a part missed."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

import pytest
from docx_builders import rezip

from meetingkit.errors import ImportRefused
from meetingkit.importers import import_docx_bytes

UNUSUAL = "This Word document contains unusual code and was not opened, to be safe."
ENTITIES = '<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'


def _document_xml(small_docx: bytes) -> str:
    with zipfile.ZipFile(BytesIO(small_docx)) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def _utf16(xml: str) -> bytes:
    return re.sub(r"encoding=['\"]UTF-8['\"]", 'encoding="UTF-16"', xml, count=1).encode("utf-16")


def _with_doctype(xml: str, before: str = "") -> str:
    declaration, rest = xml.split("?>", 1)
    return declaration + "?>" + before + ENTITIES + rest.replace("Falls review", "&lol2;")


def refusal(data: bytes) -> str:
    with pytest.raises(ImportRefused) as caught:
        import_docx_bytes(data, "paper.docx")
    return str(caught.value)


def test_a_doctype_after_a_long_comment_is_refused(small_docx: bytes) -> None:
    xml = _with_doctype(_document_xml(small_docx), "<!--" + "padding " * 2000 + "-->")
    assert xml.index("<!DOCTYPE") > 16_000  # well past the first bytes of the part
    assert refusal(rezip(small_docx, {"word/document.xml": xml.encode("utf-8")})) == UNUSUAL


def test_a_doctype_in_a_utf16_part_is_refused(small_docx: bytes) -> None:
    data = _utf16(_with_doctype(_document_xml(small_docx)))  # b"<!doctype" never appears
    assert b"<!DOCTYPE" not in data and b"<\x00!\x00D\x00O\x00C" in data
    assert refusal(rezip(small_docx, {"word/document.xml": data})) == UNUSUAL


def test_a_utf16_part_without_tricks_still_imports(small_docx: bytes) -> None:
    data = _utf16(_document_xml(small_docx))
    paper = import_docx_bytes(rezip(small_docx, {"word/document.xml": data}))
    assert paper.markdown.startswith("# Falls review\n")


@pytest.mark.parametrize("part", ["word/styles.xml", "word/_rels/document.xml.rels",
                                  "_rels/.rels"])
def test_a_doctype_in_any_part_read_is_refused(small_docx: bytes, part: str) -> None:
    with zipfile.ZipFile(BytesIO(small_docx)) as archive:
        xml = archive.read(part).decode("utf-8")
    declaration, rest = xml.split("?>", 1)
    tricked = declaration + "?><!--" + "x" * 5000 + "-->" + ENTITIES.replace("w:document", "x") \
        + rest
    assert refusal(rezip(small_docx, {part: tricked.encode("utf-8")})) == UNUSUAL
