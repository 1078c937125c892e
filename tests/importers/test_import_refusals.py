"""Hostile, broken and wrong files are refused with one plain sentence."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest
from docx_builders import make_zip, rezip, tiny_png

from meetingkit.errors import ImportRefused
from meetingkit.importers import import_docx_bytes, limits, load_paper, load_paper_bytes

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refusal(data: bytes, name: str) -> str:
    with pytest.raises(ImportRefused) as caught:
        load_paper_bytes(data, name)
    message = str(caught.value)
    assert message and "\n" not in message
    return message


def test_docx_that_is_really_text() -> None:
    assert "not really a Word document" in refusal(b"Just some notes\n", "paper.docx")


def test_docx_that_is_really_a_picture() -> None:
    assert "picture" in refusal(tiny_png(), "paper.docx")


def test_zip_that_is_not_a_word_document() -> None:
    assert "zip archive" in refusal(make_zip({"notes.txt": b"hello"}), "paper.docx")


def test_other_office_files_are_named() -> None:
    sheet = make_zip(
        {
            "[Content_Types].xml": b'<Types><Override ContentType="application/vnd.openxmlformats-'
            b'officedocument.spreadsheetml.sheet.main+xml"/></Types>'
        }
    )
    assert "Excel" in refusal(sheet, "paper.docx")
    odt = make_zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})
    assert "OpenDocument" in refusal(odt, "paper.odt")


def test_macro_document_is_refused(small_docx: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(small_docx)) as archive:
        types = archive.read("[Content_Types].xml")
    macro_types = types.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    assert b"macroEnabled" in macro_types
    assert "macros" in refusal(rezip(small_docx, {"[Content_Types].xml": macro_types}), "a.docm")


@pytest.mark.parametrize("name", ["paper.docx", "paper.doc", "paper.txt"])
def test_password_protected_or_old_word_file(name: str) -> None:
    assert refusal(OLE_MAGIC + b"\x00" * 600, name) == (
        "This Word document is password-protected or in the old .doc format; save it as .docx "
        "without a password."
    )


def test_pdf_and_rtf_are_refused_with_advice() -> None:
    assert "PDF" in refusal(b"%PDF-1.7\n...", "paper.pdf")
    assert "Rich Text" in refusal(b"{\\rtf1\\ansi hello}", "paper.rtf")


def test_zip_bomb_by_ratio_is_refused_before_unpacking(small_docx: bytes) -> None:
    bomb = rezip(small_docx, add={"word/media/zeros.bin": b"\x00" * (3 * limits.MB)})
    assert len(bomb) < 100_000  # three megabytes of zeros squeeze to almost nothing
    assert "zip bomb" in refusal(bomb, "paper.docx")


def test_zip_over_the_total_unpacked_size_is_refused(small_docx: bytes, monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_TOTAL_UNCOMPRESSED", 20_000)
    assert "unpacks to more than" in refusal(small_docx, "paper.docx")


def test_zip_with_one_oversized_part_is_refused(small_docx: bytes, monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_MEMBER_UNCOMPRESSED", 1_000)
    assert "unpacks to more than" in refusal(small_docx, "paper.docx")


def test_zip_that_lies_about_a_part_size_is_refused(small_docx: bytes) -> None:
    """A part declared smaller than it really is: unpacking stops short and the CRC fails."""
    data = bytearray(small_docx)
    name = b"word/document.xml"
    for signature, size_offset, name_offset in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        position = data.find(signature)
        while position != -1:
            name_length = struct.unpack_from("<H", data, position + size_offset + 4)[0]
            found = bytes(data[position + name_offset : position + name_offset + name_length])
            if found == name:
                struct.pack_into("<I", data, position + size_offset, 100)
            position = data.find(signature, position + 4)
    assert "damaged" in refusal(bytes(data), "paper.docx")


def test_encrypted_zip_part_is_refused(small_docx: bytes) -> None:
    data = bytearray(small_docx)
    position = data.find(b"PK\x01\x02")
    while position != -1:  # set the "encrypted" flag in every central directory entry
        flags = struct.unpack_from("<H", data, position + 8)[0]
        struct.pack_into("<H", data, position + 8, flags | 0x1)
        position = data.find(b"PK\x01\x02", position + 4)
    assert "password" in refusal(bytes(data), "paper.docx")


def test_xml_entity_tricks_are_refused(small_docx: bytes) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document '
        b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>'
        b"<w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    assert "unusual code" in refusal(rezip(small_docx, {"word/document.xml": laughs}), "a.docx")


def test_damaged_xml_is_refused(small_docx: bytes) -> None:
    broken = rezip(small_docx, {"word/document.xml": b"<w:document><w:body><w:p>"})
    assert "damaged" in refusal(broken, "paper.docx")


def test_truncated_docx_is_refused(small_docx: bytes) -> None:
    refusal(small_docx[: len(small_docx) // 2], "paper.docx")


def test_empty_files_are_refused(tmp_path) -> None:
    assert "empty" in refusal(b"", "paper.md")
    assert "empty" in refusal(b"  \n\n\t ", "paper.md")
    assert "empty" in refusal(b"\xef\xbb\xbf", "paper.txt")
    empty_zip = make_zip({})
    assert "empty zip" in refusal(empty_zip, "paper.docx")
    path = tmp_path / "nothing.docx"
    path.write_bytes(b"")
    with pytest.raises(ImportRefused, match="empty"):
        load_paper(path)


def test_huge_file_is_refused_before_reading(tmp_path) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:  # sparse: takes no real disk space
        handle.truncate(limits.MAX_FILE_BYTES + 1)
    with pytest.raises(ImportRefused, match="bigger than 50 MB"):
        load_paper(path)


def test_huge_bytes_are_refused(monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    assert "bigger than" in refusal(b"a" * 1001, "paper.txt")
    with pytest.raises(ImportRefused):
        import_docx_bytes(b"PK\x03\x04" + b"\x00" * 1001)


def test_invalid_utf8_and_binary_text_are_refused() -> None:
    # 0x81 is not a character in UTF-8 (here) nor in Windows text, so this cannot be text.
    assert "UTF-8" in refusal(b"Minutes \xff\x81 of the meeting", "paper.md")
    assert "not a Word document, markdown or text" in refusal(b"text\x00with\x00nulls", "a.txt")
    noise = bytes(range(1, 9)) * 40 + b"some words"
    assert "not a Word document, markdown or text" in refusal(noise, "paper.txt")
    assert "damaged" in refusal(b"\xef\xbb\xbfBOM then \xff bad", "paper.md")


def test_missing_file_and_folder_are_refused(tmp_path) -> None:
    with pytest.raises(ImportRefused, match="could not be found"):
        load_paper(tmp_path / "gone.docx")
    with pytest.raises(ImportRefused, match="folder"):
        load_paper(tmp_path)


def test_import_docx_bytes_refuses_non_zip() -> None:
    with pytest.raises(ImportRefused, match="not really a Word document"):
        import_docx_bytes(b"# markdown\n")
    with pytest.raises(ImportRefused, match="password-protected"):
        import_docx_bytes(OLE_MAGIC + b"\x00" * 100)
