"""What the frozen build keeps and leaves out (packaging/bundle_contents.py), checked without
building: Qt files dropped by name, libraries dropped when nothing links to them any more, and
no MeetingKit module importing something the build leaves out."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load(name: str):
    """A module from packaging/ under a name that cannot clash (packaging/build.py is not
    the `build` package)."""
    if str(ROOT / "packaging") not in sys.path:
        sys.path.append(str(ROOT / "packaging"))
    spec = importlib.util.spec_from_file_location(f"mk_packaging_{name}",
                                                  ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = load("bundle_contents")


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/translations/qtbase_fr.qm",  # the Windows wheel's layout
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6\\plugins\\imageformats\\qwebp.dll",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/networkinformation/libqglib.so",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6\\opengl32sw.dll",
    "pdfminer/cmap/UniGB-UCS2-H.pickle.gz",
])
def test_unused_qt_files_are_dropped(dest):
    assert contents.is_dropped(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6/Qt/plugins/imageformats/libqico.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",  # the style sheet's arrows are SVG
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/lib/libQt6DBus.so.6",  # screen readers on Linux
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "resources/icons/meetingkit.png",
    "docx/templates/default.docx",
])
def test_what_the_app_needs_is_kept(dest):
    assert not contents.is_dropped(dest)


def test_network_and_heavy_modules_are_excluded_but_not_what_the_app_uses():
    excluded = set(contents.EXCLUDED_MODULES)
    assert {"PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick",
            "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtPdf", "PySide6.QtCharts",
            "tkinter", "numpy", "pytest", "ssl"} <= excluded
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtDBus",
                "PySide6.QtSvg", "lxml.etree", "sqlite3", "hashlib"} & excluded


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def test_no_app_module_imports_something_the_build_leaves_out():
    """If this fails, the frozen app would crash there: stop using the module, or take it off
    EXCLUDED_MODULES in packaging/bundle_contents.py (and check the size stays under 150 MB)."""
    excluded = set(contents.EXCLUDED_MODULES)
    problems = []
    for package in ("meetingkit", "ui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if _module_name(path) in excluded:
                continue  # left out itself (used only by tests)
            for name in _imports(path):
                parts = name.split(".")
                hit = next((".".join(parts[:n]) for n in range(1, len(parts) + 1)
                            if ".".join(parts[:n]) in excluded), None)
                if hit:
                    problems.append(f"{path.relative_to(ROOT)} imports {name}")
    assert problems == []


def test_the_scanner_sees_imports_of_left_out_modules(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import ssl\nfrom PySide6.QtNetwork import QTcpSocket\nfrom . import x\n")
    assert {"ssl", "PySide6.QtNetwork"} <= _imports(sample)


def _fake_build():
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
        ("libgssapi_krb5.so.2", "/src/libgssapi_krb5.so.2", "BINARY"),
        ("libicudata.so.73", "/src/libicudata.so.73", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
    ]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("resources/demo/example.json", "/src/example.json", "DATA"),
    ]
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6", "libc.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/src/libQt6Core.so.6": ["/some/where/libicudata.so.73"],
        "/src/libQt6Network.so.6": ["libgssapi_krb5.so.2", "libQt6Core.so.6"],
        "/src/libqxcb.so": ["libxcb-cursor.so.0"],
    }
    return binaries, datas, lambda path: links.get(path, [])


def test_libraries_only_dropped_parts_needed_are_pruned():
    binaries, datas, imports_of = _fake_build()
    kept, kept_datas = contents.prune_unlinked(binaries, datas, imports_of)
    names = {dest.rsplit("/", 1)[-1] for dest, _, _ in kept}
    assert names == {"QtGui.abi3.so", "libQt6Gui.so.6", "libQt6Core.so.6", "libicudata.so.73",
                     "libqxcb.so", "libxcb-cursor.so.0", "libpython3.11.so.1.0"}
    assert [d for d, _, _ in kept_datas] == ["libQt6Core.so.6", "resources/demo/example.json"]


def test_a_library_reached_only_through_a_symlink_is_kept():
    binaries, datas, _ = _fake_build()
    links = {"/src/QtGui.abi3.so": ["libQt6Network.so.6"]}  # the top-level link's name
    kept, _ = contents.prune_unlinked(binaries, datas, lambda path: links.get(path, []))
    assert "PySide6/Qt/lib/libQt6Network.so.6" in {d for d, _, _ in kept}
    assert "libgssapi_krb5.so.2" not in {d for d, _, _ in kept}  # Network links nothing here


def test_folder_size_counts_links_as_themselves(tmp_path):
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "big.bin").write_bytes(b"x" * 10_000)
    (tmp_path / "link.bin").symlink_to(tmp_path / "inner" / "big.bin")
    size = contents.folder_size(tmp_path)
    assert 10_000 < size < 10_000 + 1_000
    assert contents.megabytes(132_100_000) == "132.1 MB"


def test_the_bundle_check_passes_from_source(qapp, capsys):
    bundle_check = load("bundle_check")
    assert bundle_check.run_checks() == 0
    out = capsys.readouterr().out
    assert "FAIL" not in out and out.strip().endswith("bundle check passed")


def test_the_bundle_check_reports_what_is_missing(qapp, capsys, monkeypatch):
    bundle_check = load("bundle_check")
    monkeypatch.setattr(bundle_check, "RESOURCES", (("icons", "no-such-icon.png"),))
    assert bundle_check.run_checks() == 1
    out = capsys.readouterr().out
    assert "FAIL resources: FileNotFoundError" in out and "icons/no-such-icon.png" in out
    assert out.strip().endswith("bundle check failed (1)")
