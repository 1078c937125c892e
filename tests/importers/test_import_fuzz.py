"""Property tests: whatever bytes arrive, load_paper either imports them or refuses them with
ImportRefused. No other exception may escape."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx_builders import docx_bytes, rezip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingkit.errors import ImportRefused
from meetingkit.importers import ImportedPaper, load_paper, load_paper_bytes

NAMES = st.sampled_from(["paper.docx", "paper.md", "paper.txt", "paper", "paper.doc"])
FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def import_or_refuse(path: Path) -> ImportedPaper | None:
    try:
        paper = load_paper(path)
    except ImportRefused as refused:
        assert str(refused) and "\n" not in str(refused)
        return None
    assert isinstance(paper.markdown, str) and paper.markdown.strip()
    assert isinstance(paper.title, str) and paper.title
    assert all(isinstance(w, str) for w in paper.warnings)
    return paper


@pytest.fixture(scope="module")
def seed_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Seed paper", 1)
    paragraph = document.add_paragraph("Some ")
    paragraph.add_run("bold").bold = True
    document.add_paragraph("item", style="List Bullet")
    document.add_paragraph("sub item", style="List Number 2")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "a|b"
    table.cell(1, 1).text = "c"
    return docx_bytes(document)


@pytest.fixture(scope="module")
def seed_document_xml(seed_docx: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(seed_docx)) as archive:
        return archive.read("word/document.xml")


def mutate(data: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    buffer = bytearray(data)
    for position, value in edits:
        buffer[position % len(buffer)] = value
    if cut is not None:
        buffer = buffer[: max(1, cut % (len(buffer) + 1))]
    return bytes(buffer)


EDITS = st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=12)


@FUZZ
@given(data=st.binary(max_size=3000), name=NAMES)
def test_random_bytes(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    import_or_refuse(path)


@FUZZ
@given(edits=EDITS, cut=st.none() | st.integers(min_value=0), name=NAMES)
def test_mutated_docx_files(
    tmp_path: Path, seed_docx: bytes, edits: list[tuple[int, int]], cut: int | None, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(mutate(seed_docx, edits, cut))
    import_or_refuse(path)


@FUZZ
@given(edits=EDITS, cut=st.none() | st.integers(min_value=0))
def test_mutated_word_xml_inside_a_valid_zip(
    seed_docx: bytes, seed_document_xml: bytes, edits: list[tuple[int, int]], cut: int | None
) -> None:
    """Damage inside the XML (the zip itself stays valid), to reach the XML parser and the
    converter rather than only the zip checks."""
    broken = rezip(seed_docx, {"word/document.xml": mutate(seed_document_xml, edits, cut)})
    try:
        load_paper_bytes(broken, "paper.docx")
    except ImportRefused:
        pass


@FUZZ
@given(
    text=st.text(max_size=400),
    edits=EDITS,
    name=st.sampled_from(["notes.md", "notes.txt"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_mutated_markdown_and_text(
    tmp_path: Path, text: str, edits: list[tuple[int, int]], name: str, encoding: str
) -> None:
    data = ("# Heading\n\n- a\n    - b\n\n" + text).encode(encoding, "surrogatepass")
    path = tmp_path / name
    path.write_bytes(mutate(data, edits, None))
    import_or_refuse(path)


@FUZZ
@given(text=st.text(min_size=1, max_size=300))
def test_valid_utf8_text_is_never_refused_for_its_encoding(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return  # lone surrogates are not valid UTF-8; covered by the refusal tests
    try:
        load_paper_bytes(data, "notes.md")
    except ImportRefused as refused:
        assert "UTF-8" not in str(refused)
