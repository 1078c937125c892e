"""`meetingkit-cli --bundle-check`: proves a built MeetingKit folder has everything it needs.

For a trust's IT team after installing, and for the packaging test after building. It imports
every MeetingKit module (including the ones loaded only by name), works out a bank holiday,
turns markdown with a table into HTML, makes a Word file from python-docx's own template,
imports a Word, a PDF and a web page paper (defusedxml, pdfminer.six and its cryptography), reads
the shipped resources, and starts Qt off screen to load the icon. It also checks the parts that
must NOT be there (QtNetwork, so the app cannot open a network connection). Prints one line per
check and exits 0 when all pass, 1 otherwise. Works from a source checkout too.
"""

from __future__ import annotations

import importlib
import io
import pkgutil
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

# Modules deliberately left out of the frozen build (see bundle_contents.EXCLUDED_MODULES).
LEFT_OUT = {"ui.display.audit"}
MUST_BE_ABSENT = ("PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtQml", "tkinter")
RESOURCES = (
    ("demo", "example.json"),
    ("plain", "jargon.csv"),
    ("plain", "common_words.txt.gz"),
    ("icons", "meetingkit.png"),
    ("icons", "meetingkit.ico"),
)


def _all_modules(package_name: str) -> list[str]:
    package = importlib.import_module(package_name)
    names = [package_name]
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{package_name}."):
        if info.name.endswith(".__main__"):
            continue  # importing it would start the program
        if info.name not in LEFT_OUT:
            names.append(info.name)
    return names


def check_modules() -> str:
    names = _all_modules("meetingkit") + _all_modules("ui")
    for name in names:
        importlib.import_module(name)
    commands = importlib.import_module("meetingkit.cli").COMMANDS
    found = [c for c in commands.values() if f"meetingkit.cli.{c}" in sys.modules]
    return f"{len(names)} modules import; commands: {', '.join(found)}"


def check_resources() -> str:
    from meetingkit.resources import resource_path, resource_root

    root = resource_root()
    missing = ["/".join(parts) for parts in RESOURCES if not resource_path(*parts).is_file()]
    if missing:
        raise FileNotFoundError(f"missing from {root}: {', '.join(missing)}")
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root and Path(frozen_root) not in root.parents:
        raise RuntimeError(f"resources found outside the bundle: {root}")
    return f"resources found in {root}"


def check_bank_holidays() -> str:
    from meetingkit.deadlines import is_bank_holiday

    if not is_bank_holiday(date(2025, 12, 25), "ENG") or is_bank_holiday(date(2025, 12, 23)):
        raise RuntimeError("UK bank holidays are wrong")
    if not is_bank_holiday(date(2025, 3, 17), "NIR"):  # St Patrick's Day, Northern Ireland only
        raise RuntimeError("Northern Ireland bank holidays are missing")
    import holidays

    names = holidays.UK(subdiv="ENG", years=2025, language="en_GB")  # needs the GB.mo file
    return f"UK bank holidays ({len(names)} in England in 2025)"


def check_markdown() -> str:
    import markdown

    html = markdown.markdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n1. one\n2. two",
                             extensions=["tables", "sane_lists"])
    if "<table>" not in html or "<ol>" not in html:
        raise RuntimeError("markdown extensions did not load")
    return "markdown with tables and lists"


def check_word() -> str:
    import docx

    document = docx.Document()  # reads python-docx's default template from the bundle
    document.sections[0].header.paragraphs[0].text = "Header"  # needs default-header.xml
    document.add_paragraph("MeetingKit")
    saved = io.BytesIO()
    document.save(saved)
    return f"Word file made ({len(saved.getvalue()):,} bytes)"


def _tiny_pdf(words: str) -> bytes:
    """A one-page PDF with a line of text, built here so the check needs no file."""
    stream = f"BT /F1 14 Tf 72 720 Td ({words}) Tj ET".encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, table)


def check_import() -> str:
    import docx

    from meetingkit.importers import load_paper_bytes

    document = docx.Document()
    document.add_heading("Falls", 1)
    word = io.BytesIO()
    document.save(word)
    found = [load_paper_bytes(word.getvalue(), "paper.docx").markdown,  # defusedxml
             load_paper_bytes(_tiny_pdf("Falls fell by a third."), "paper.pdf").markdown,
             load_paper_bytes(b"<html><h1>Falls</h1></html>", "paper.html").markdown]
    if found != ["# Falls\n", "Falls fell by a third.\n", "# Falls\n"]:
        raise RuntimeError(f"papers did not import as expected: {found}")
    import cryptography.hazmat.primitives.ciphers  # noqa: F401 - locked PDFs (pdfminer.six)

    return "Word, PDF and web page papers import"


def check_plain() -> str:
    from meetingkit.plain import check
    from meetingkit.plain.rare import word_table

    if word_table() is None:
        raise RuntimeError("the common-word table did not load: the rare-word signal is off")
    rules = {f.rule for f in check("The sphygmomanometer results are in the RCA for Q3.").findings}
    wanted = {"rare-word", "acronym-undefined", "code"}
    if not wanted <= rules:
        raise RuntimeError(f"plain-language findings missing: {sorted(wanted - rules)}")
    return "plain-language engine: word lists, codes and the rare-word table"


def check_store() -> str:
    import hashlib

    from meetingkit.store import Store

    if hashlib.sha256(b"abc").hexdigest()[:8] != "ba7816bf":  # review replies are keyed by it
        raise RuntimeError("SHA-256 gives the wrong answer")
    store = Store.memory()
    try:
        return f"database opens (SQLite with {len(store.committees.all())} committees)"
    finally:
        store.close()


def check_left_out() -> str:
    if not getattr(sys, "frozen", False):
        return "skipped (not a built folder)"
    present = []
    for name in MUST_BE_ABSENT:
        try:
            importlib.import_module(name)
            present.append(name)
        except ImportError:
            pass
    if present:
        raise RuntimeError(f"should not be bundled: {', '.join(present)}")
    return f"not bundled: {', '.join(MUST_BE_ABSENT)}"


def check_qt() -> str:
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QImage, QImageReader
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from meetingkit.resources import resource_path

    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    needed = {"png", "ico", "svg"}  # the icon, and the style sheet's arrows
    if not needed <= formats:
        raise RuntimeError(f"image formats missing: {sorted(needed - formats)}")
    for name in ("meetingkit.ico", "meetingkit.png"):  # loading the .ico needs the ico plugin
        if QImage(str(resource_path("icons", name))).isNull():
            raise RuntimeError(f"the app icon {name} does not load")
    if "Fusion" not in QStyleFactory.keys():
        raise RuntimeError("the Fusion style is missing")
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath), *app.libraryPaths()]
    platforms = [Path(folder) / "platforms" for folder in folders]
    wanted = ["qwindows"] if sys.platform == "win32" else ["qoffscreen"]
    if sys.platform.startswith("linux"):
        wanted += ["qxcb", "qwayland"]
        importlib.import_module("PySide6.QtDBus")  # screen readers reach the app over D-Bus
    have = " ".join(p.name for folder in platforms if folder.is_dir() for p in folder.iterdir())
    missing = [name for name in wanted if name not in have]
    if missing:
        raise RuntimeError(f"Qt platform plugins missing from {folders}: {', '.join(missing)}")
    return f"Qt starts; png, ico and svg load; platforms: {', '.join(wanted)}"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("modules", check_modules),
    ("resources", check_resources),
    ("bank holidays", check_bank_holidays),
    ("markdown", check_markdown),
    ("Word", check_word),
    ("paper import", check_import),
    ("plain language", check_plain),
    ("database", check_store),
    ("left out", check_left_out),
    ("Qt", check_qt),
]


def run_checks() -> int:
    failures = 0
    for title, check in CHECKS:
        try:
            print(f"ok   {title}: {check()}", flush=True)
        except Exception as error:  # report every problem, not just the first
            failures += 1
            print(f"FAIL {title}: {type(error).__name__}: {error}", flush=True)
    print("bundle check passed" if not failures else f"bundle check failed ({failures})")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(run_checks())
