"""Tell what a file really is from its first bytes, whatever its name says."""

from __future__ import annotations

ZIP = "zip"
OLE = "ole"  # old .doc, or a password-protected .docx (Word wraps those in an OLE file)
PDF = "pdf"
RTF = "rtf"
PICTURE = "picture"
ARCHIVE = "archive"
EXECUTABLE = "executable"
UTF16 = "utf16"
TEXT = "text"  # or at least: nothing recognised; the text reader decides

_SIGNATURES: list[tuple[bytes, str]] = [
    (b"PK\x03\x04", ZIP),
    (b"PK\x05\x06", ZIP),  # an empty zip
    (b"PK\x07\x08", ZIP),  # spanned zip marker
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", OLE),
    (b"%PDF", PDF),
    (b"{\\rtf", RTF),
    (b"\x89PNG\r\n\x1a\n", PICTURE),
    (b"\xff\xd8\xff", PICTURE),
    (b"GIF87a", PICTURE),
    (b"GIF89a", PICTURE),
    (b"RIFF", PICTURE),  # WebP (and WAV/AVI, refused all the same)
    (b"II*\x00", PICTURE),
    (b"MM\x00*", PICTURE),
    (b"\x1f\x8b", ARCHIVE),
    (b"7z\xbc\xaf\x27\x1c", ARCHIVE),
    (b"Rar!\x1a\x07", ARCHIVE),
    (b"BZh", ARCHIVE),
    (b"\xfd7zXZ\x00", ARCHIVE),
    (b"MZ", EXECUTABLE),
    (b"\x7fELF", EXECUTABLE),
    (b"\xff\xfe", UTF16),
    (b"\xfe\xff", UTF16),
]

DESCRIPTIONS = {
    PDF: "a PDF file",
    RTF: "a Rich Text (.rtf) file",
    PICTURE: "a picture",
    ARCHIVE: "a compressed archive",
    EXECUTABLE: "a program",
}


def sniff(head: bytes) -> str:
    """The kind of file, judged from its first few bytes."""
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            if signature == b"BZh" and not head[3:4].isdigit():
                continue  # "BZh" could begin a text file; bzip2 is followed by a digit
            if signature in (b"MZ", b"RIFF") and b"\x00" not in head[:64]:
                continue  # letters a text file could start with; the real formats have NULs
            return kind
    return TEXT
