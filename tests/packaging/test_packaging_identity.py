"""The app's identity in the build: the Windows version resource made from __version__, and the
icon drawn by packaging/make_icon.py (PNG and a multi-size ICO, both committed)."""

from __future__ import annotations

import ast
import importlib.util
import struct
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import meetingkit

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def load(name: str):
    if str(ROOT / "packaging") not in sys.path:
        sys.path.append(str(ROOT / "packaging"))
    spec = importlib.util.spec_from_file_location(f"mk_packaging_{name}",
                                                  ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


version_info = load("version_info")


def test_version_numbers_for_windows():
    assert version_info.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_info.version_tuple("1.2.3.4") == (1, 2, 3, 4)
    assert version_info.version_tuple("2.0rc1") == (2, 0, 0, 0)
    assert version_info.version_tuple("1.0.dev3") == (1, 0, 0, 0)
    assert version_info.version_tuple("3") == (3, 0, 0, 0)


@given(st.text(alphabet="0123456789.abcrdev+", max_size=30))
def test_any_version_gives_four_small_numbers(version):
    numbers = version_info.version_tuple(version)
    assert len(numbers) == 4 and all(0 <= n <= 65535 for n in numbers)


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name) and node.func.id == name]


def test_version_file_is_one_expression_with_the_app_version(tmp_path):
    path = version_info.write_version_file(tmp_path, meetingkit.__version__, "MeetingKit")
    tree = ast.parse(path.read_text(encoding="utf-8"), mode="eval")
    assert tree.body.func.id == "VSVersionInfo"
    (fixed,) = _calls(tree, "FixedFileInfo")
    keywords = {k.arg: ast.literal_eval(k.value) for k in fixed.keywords}
    expected = version_info.version_tuple(meetingkit.__version__)
    assert keywords["filevers"] == keywords["prodvers"] == expected
    strings = {ast.literal_eval(c.args[0]): ast.literal_eval(c.args[1])
               for c in _calls(tree, "StringStruct")}
    assert strings["ProductVersion"] == strings["FileVersion"] == meetingkit.__version__
    assert strings["ProductName"] == "MeetingKit"
    assert strings["OriginalFilename"] == "MeetingKit.exe"
    (table,) = _calls(tree, "StringTable")
    assert ast.literal_eval(table.args[0]) == "080904B0"  # British English, Unicode


def _ico_directory(data: bytes) -> list[tuple[int, int, bytes]]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    entries = []
    for index in range(count):
        width, height, _, _, _, _, size, offset = struct.unpack_from("<BBBBHHII", data,
                                                                      6 + 16 * index)
        entries.append((width or 256, height or 256, data[offset:offset + size]))
    return entries


def test_the_committed_ico_holds_every_size_as_a_png():
    entries = _ico_directory((ICONS / "meetingkit.ico").read_bytes())
    assert [(w, h) for w, h, _ in entries] == [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    assert all(picture.startswith(b"\x89PNG\r\n\x1a\n") for _, _, picture in entries)


def test_the_icon_is_blue_with_a_white_bubble_and_clear_corners(qapp):
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(ICONS / "meetingkit.png"))
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners are see-through
    assert image.pixelColor(20, 128) == QColor("#005EB8")  # NHS blue edge
    assert image.pixelColor(60, 70) == QColor("#FFFFFF")  # inside the speech bubble


def test_every_size_is_drawn_afresh_and_reads_back(qapp, tmp_path):
    from PySide6.QtGui import QImageReader

    make_icon = load("make_icon")
    written = make_icon.write_icons(tmp_path)
    assert [p.name for p in written] == ["meetingkit.png", "meetingkit.ico"]
    reader = QImageReader(str(tmp_path / "meetingkit.ico"))
    assert reader.imageCount() == len(make_icon.ICO_SIZES)
    small = make_icon.draw_icon(16)
    assert (small.width(), small.height()) == (16, 16)
    assert small.pixelColor(8, 8).alpha() == 255
