"""Big papers made on demand for the import benchmark and the big-paper tests (never committed
as files): a Word document of about 42 MB and a markdown paper of about 49 MB, both just under
the 50 MB a file may be.

The Word document is written by python-docx (headings, lists, a table, bold words), then its
body is repeated with the numbers changed until the main part nears the largest size a part may
unpack to, and pictures of random pixels (which do not compress) make up the rest of the file.
That is the worst case the importer accepts: as much Word XML as it will read, in a file as big
as it will open."""

from __future__ import annotations

import io
import random
import re
import struct
import zipfile
import zlib
from pathlib import Path

MB = 1024 * 1024
_WORDS = ("the falls group met with ward managers and agreed to review the bed alarm audit "
          "before the next quarter while partners asked how families are told about harm "
          "and whether the learning reaches night staff on every ward in the trust").split()


def _sentence(rng: random.Random, words: int = 18) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def markdown_paper(path: Path, size: int = 49 * MB, seed: int = 17) -> Path:
    """A markdown paper of `size` bytes: numbered sections, paragraphs, lists and tables."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write("# Quarterly patient safety report\n\n")
        written, section = 0, 0
        while written < size:
            section += 1
            chunk = [f"## {section}. Falls on ward {section % 40}\n",
                     " ".join(_sentence(rng) for _ in range(6)) + "\n",
                     "- " + _sentence(rng, 8) + "\n- **Action:** " + _sentence(rng, 10) + "\n",
                     "| Ward | Falls | Harm |\n| --- | --- | --- |\n"
                     + "".join(f"| {w} | {rng.randint(0, 30)} | {rng.randint(0, 5)} |\n"
                               for w in ("A", "B", "C")),
                     " ".join(_sentence(rng) for _ in range(4)) + "\n"]
            text = "\n".join(chunk) + "\n"
            out.write(text)
            written += len(text.encode("utf-8"))
    with path.open("r+b") as out:  # exactly `size` bytes, ending at a whole line
        out.truncate(size)
        out.seek(size - 1)
        out.write(b"\n")
    return path


def _noise_png(rng: random.Random, width: int, height: int) -> bytes:
    """A PNG of random grey pixels: a real picture that does not compress."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + rng.randbytes(width) for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0,
                                                                  0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 0)) + chunk(b"IEND", b""))


def _base_document(rng: random.Random, pictures: int, picture_side: int) -> bytes:
    import docx
    from docx.shared import Cm

    document = docx.Document()
    document.core_properties.title = "Quarterly patient safety report"
    document.add_heading("Quarterly patient safety report", 1)
    for index in range(pictures):
        document.add_paragraph(f"Figure {index + 1}.")
        document.add_picture(io.BytesIO(_noise_png(rng, picture_side, picture_side)),
                             width=Cm(4))
    document.add_heading("Section 0. Falls on ward 0", 2)
    paragraph = document.add_paragraph(_sentence(rng) + " ")
    paragraph.add_run("Falls fell by 0 this quarter.").bold = True
    paragraph.add_run(" " + _sentence(rng))
    document.add_paragraph(_sentence(rng, 8), style="List Bullet")
    document.add_paragraph(_sentence(rng, 8), style="List Bullet")
    document.add_paragraph(_sentence(rng, 10), style="List Number")
    table = document.add_table(rows=4, cols=3)
    for r, cells in enumerate((("Ward", "Falls", "Harm"), ("A", "0", "1"), ("B", "2", "0"),
                               ("C", "3", "1"))):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph(" ".join(_sentence(rng) for _ in range(5)))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def word_paper(path: Path, size: int = 42 * MB, main_part: int = 95 * MB, seed: int = 17) -> Path:
    """A .docx of about `size` bytes whose document.xml unpacks to about `main_part` bytes."""
    rng = random.Random(seed)
    picture_side = 1400  # about 1.9 MB a picture
    base = _base_document(rng, 0, picture_side)
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    start = xml.rfind("<w:p>", 0, xml.index("Section 0."))  # from the section's heading to
    end = xml.index("<w:sectPr")  # the end of the body
    section = xml[start:end]
    repeats = max(1, (main_part - len(xml)) // len(section))
    numbers = re.compile(r"\b0\b")
    body = "".join(numbers.sub(str(n), section.replace("Falls fell by 0", f"Falls fell by {n}"))
                   .replace("a bed alarm", rng.choice(_WORDS)) for n in range(1, repeats + 1))
    big_xml = xml[:end] + body + xml[end:]
    text_zip = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as source, \
            zipfile.ZipFile(text_zip, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = big_xml.encode("utf-8") if info.filename == "word/document.xml" \
                else source.read(info.filename)
            target.writestr(info.filename, data)
    room = size - len(text_zip.getvalue())
    pictures = max(0, -(-room // (picture_side * picture_side + 2000)))  # rounded up
    with_pictures = _base_document(random.Random(seed), pictures, picture_side)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(with_pictures)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                cut = text.index("<w:sectPr")
                data = (text[:cut] + body + text[cut:]).encode("utf-8")
            compress = zipfile.ZIP_STORED if info.filename.startswith("word/media/") \
                else zipfile.ZIP_DEFLATED
            target.writestr(info.filename, data, compress_type=compress)
    path.write_bytes(out.getvalue())
    return path


def make_all(folder: Path) -> dict[str, Path]:
    """The papers the import benchmark uses, by what they are."""
    return {
        "42 MB Word document (100 MB of XML)": word_paper(folder / "big.docx"),
        "largest Word document accepted (42 MB, 0.94 M characters)": word_paper(
            folder / "accepted.docx", main_part=5 * MB // 2),
        "49 MB markdown paper": markdown_paper(folder / "big.md"),
        "markdown paper at the limit (0.99 M characters)": markdown_paper(folder / "limit.md",
                                                                         990_000),
    }


if __name__ == "__main__":  # python -m benchmarks.big_papers FOLDER: make them all (as JSON)
    import json
    import sys

    made = make_all(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
    print(json.dumps({name: str(path) for name, path in made.items()}))
