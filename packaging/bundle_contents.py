"""What goes into the frozen MeetingKit folder and what is left out, in one place.

Used by packaging/meetingkit.spec (run by PyInstaller) and by the packaging tests, so the rules
can be read and checked without building anything. It holds names and patterns only and
imports nothing from the app.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from fnmatch import fnmatch
from pathlib import Path

APP_NAME = "MeetingKit"
GUI_EXE = "MeetingKit"  # windowed on Windows: what the Start menu shortcut opens
CLI_EXE = "meetingkit-cli"  # console program for `meetingkit-cli check paper.docx` and friends

# Modules found only by name at run time, so PyInstaller's import scan cannot see them.
# meetingkit.cli imports meetingkit.cli.<command> by name; meetingkit.cli.gui imports ui.app by
# name; holidays builds holidays.UK from holidays.countries.united_kingdom lazily.
HIDDEN_IMPORT_PACKAGES = ("meetingkit", "ui", "holidays.countries", "markdown.extensions")
HIDDEN_IMPORTS = ("holidays.countries.united_kingdom", "html.parser")

# Qt parts MeetingKit does not use. Leaving them out keeps the folder small, and leaving out
# QtNetwork keeps a promise: the app has no way to open a network connection.
EXCLUDED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDesigner",
    "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc",
    "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning",
    "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets",
    "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)
EXCLUDED_PYTHON_MODULES = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "pydoc_data",
    "numpy", "pandas", "matplotlib", "PIL", "IPython", "jedi",
    "pytest", "_pytest", "pytestqt", "hypothesis",
    "PyInstaller", "setuptools", "pkg_resources", "pip", "wheel", "distutils",
    "test", "lib2to3", "ensurepip", "venv", "doctest", "pdb", "unittest", "xmlrpc",
    # Network encryption: nothing in MeetingKit talks to a network. Without OpenSSL, hashlib
    # uses Python's own SHA-256 (all MeetingKit needs), which saves 5 MB.
    "ssl", "_ssl", "_hashlib",
    # Source-code colouring for markdown's codehilite extension, which MeetingKit does not use.
    "pygments",
    # python-docx needs only lxml.etree.
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax", "lxml.builder",
    "lxml.cssselect", "lxml.doctestcompare", "lxml.usedoctest", "lxml.html5parser",
    "lxml.ElementInclude",
    # Modules in the app used only by its own tests.
    "ui.display.audit",
)
EXCLUDED_MODULES = tuple(f"PySide6.{name}" for name in EXCLUDED_QT_MODULES) + EXCLUDED_PYTHON_MODULES

# Files PyInstaller's Qt hooks gather that MeetingKit never loads, matched against the path
# inside the bundle with "/" separators. Kept: platforms (windows, xcb, offscreen, minimal,
# wayland), styles, imageformats for PNG/ICO/JPEG/GIF/SVG (the style sheet draws its arrows
# from SVG files, so QtSvg stays), platformthemes, the accessibility bridge and QtDBus (Linux
# screen readers talk to the app over AT-SPI on D-Bus).
DROPPED_QT_FILES = (
    "/PySide6/*translations/*",  # the app is in English and loads no Qt translations
    "/PySide6/*plugins/imageformats/*qpdf*",
    "/PySide6/*plugins/imageformats/*qtiff*",
    "/PySide6/*plugins/imageformats/*qwebp*",
    "/PySide6/*plugins/imageformats/*qicns*",
    "/PySide6/*plugins/imageformats/*qtga*",
    "/PySide6/*plugins/imageformats/*qwbmp*",
    "/PySide6/*plugins/networkinformation/*",
    "/PySide6/*plugins/tls/*",
    "/PySide6/*plugins/sqldrivers/*",
    "/PySide6/*plugins/egldeviceintegrations/*",  # embedded boards, not laptops
    "/PySide6/*plugins/platforms/*qeglfs*",
    "/PySide6/*plugins/platforms/*qlinuxfb*",
    "/PySide6/*plugins/platforms/*qvnc*",
    "/PySide6/*plugins/platforms/*qvkkhrdisplay*",
    "/PySide6/*plugins/generic/*",  # touch-screen input for embedded boards
    "/PySide6/*plugins/platformthemes/*qgtk3*",  # needs the GTK libraries; Fusion is used anyway
    "/PySide6/*qml/*",
)
# pdfminer.six's character maps for PDFs in Chinese, Japanese or Korean that rely on fonts the
# PDF does not carry (8 MB). Committee papers are in English; such a PDF still imports, with
# those characters missing.
DROPPED_OTHER_FILES = (
    "/pdfminer/cmap/*",
)
DROPPED_QT_LIBRARIES = (
    "*Qt6EglFSDeviceIntegration*", "*Qt6EglFsKmsSupport*",
    "opengl32sw.dll",  # software OpenGL (20 MB); MeetingKit's widgets never draw with OpenGL
)


def folder_size(folder: Path) -> int:
    """Bytes in the files under folder, counting each symbolic link as itself, not its target."""
    return sum(path.lstat().st_size for path in folder.rglob("*")
               if path.is_symlink() or not path.is_dir())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _slashes(path: str) -> str:
    return path.replace("\\", "/")


def _fold(name: str) -> str:
    return name.lower() if sys.platform == "win32" else name


def is_dropped(dest_name: str) -> bool:
    """True for a bundled file MeetingKit never uses (dest_name as PyInstaller's TOC names it)."""
    path = "/" + _slashes(dest_name)
    if any(fnmatch(path, pattern) for pattern in DROPPED_QT_FILES + DROPPED_OTHER_FILES):
        return True
    name = path.rsplit("/", 1)[-1]
    return any(fnmatch(name, pattern) for pattern in DROPPED_QT_LIBRARIES)


def keep_entries(toc: list) -> list:
    """The TOC (dest_name, src_name, typecode) entries that are not dropped."""
    return [entry for entry in toc if not is_dropped(entry[0])]


def _is_root(dest_name: str, typecode: str) -> bool:
    """Files loaded by name at run time rather than linked: always kept if not dropped."""
    path = _slashes(dest_name)
    name = _fold(os.path.basename(path))
    return (
        typecode == "EXTENSION"  # Python imports these
        or "/plugins/" in path  # Qt loads its plugins by folder
        or name.startswith("libpython")  # the launcher loads Python itself
        or fnmatch(name, "python3*.dll")
    )


def prune_unlinked(binaries: list, datas: list,
                   imports_of: Callable[[str], Iterable[str]]) -> tuple[list, list]:
    """Drops shared libraries that nothing kept links to any more.

    PyInstaller collects the libraries every plugin needs before we drop plugins; this walks
    the links again from what is kept (Python extensions, Qt plugins, Python itself) so the
    libraries only dropped plugins needed (Kerberos for QtNetwork, for example) go too.
    imports_of(path) gives the library names a binary links to. Symbolic links (Linux) count
    as the library they point to.
    """
    links = {_fold(os.path.basename(d)): s for d, s, code in datas if code == "SYMLINK"}
    by_name: dict[str, list] = {}
    by_dest = {}
    for entry in binaries:
        by_name.setdefault(_fold(os.path.basename(entry[0])), []).append(entry)
        by_dest[_slashes(entry[0])] = entry
    todo = [entry for entry in binaries if _is_root(entry[0], entry[2])]
    kept: set[str] = set()
    while todo:
        dest, src, _ = todo.pop()
        if dest in kept:
            continue
        kept.add(dest)
        for linked in imports_of(src):
            name = _fold(os.path.basename(linked))
            todo += by_name.get(name, [])
            target = links.get(name)
            if target is not None and _slashes(target) in by_dest:
                todo.append(by_dest[_slashes(target)])
    kept_binaries = [entry for entry in binaries if entry[0] in kept]
    dropped = set(by_dest) - {_slashes(entry[0]) for entry in kept_binaries}
    kept_datas = [entry for entry in datas
                  if not (entry[2] == "SYMLINK" and _slashes(entry[1]) in dropped)]
    return kept_binaries, kept_datas
