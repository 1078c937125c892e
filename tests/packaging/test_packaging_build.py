"""Builds the one-folder app with PyInstaller (into a temporary folder) and runs the built
programs as a trust laptop would: no Python of ours (PYTHONPATH points at a booby-trapped
`meetingkit` that must never load), a fresh user data folder, Qt off screen.

Checks: --version; --bundle-check (every module, resource, bank holidays, markdown, Word
template, Qt plugins, and no QtNetwork); `check` on a markdown paper; `demo`; a Word meeting
pack; the desktop app's first paint (and, where strace works, that it opens no network
socket); data kept in the user's own folder; portable mode by flag and by the portable zip's
marker; and the folder's size under 150 MB.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import zipfile
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from meetingkit import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.append(str(PACKAGING))

import bundle_contents  # noqa: E402

# The first test also waits for the build (a minute or two), so allow more than the usual 5.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

SIZE_LIMIT = 150_000_000
BAD_SIGNS = ("ModuleNotFoundError", "ImportError", "No such file", "Traceback",
             "Failed to execute script", "could not be found")
EXE = ".exe" if sys.platform == "win32" else ""


@dataclass
class Built:
    folder: Path
    scratch: Path
    build_output: str

    @property
    def cli(self) -> Path:
        return self.folder / f"{bundle_contents.CLI_EXE}{EXE}"

    @property
    def gui(self) -> Path:
        return self.folder / f"{bundle_contents.GUI_EXE}{EXE}"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    scratch = tmp_path_factory.mktemp("frozen")
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--quiet",
         "--distpath", str(scratch / "dist"), "--workpath", str(scratch / "work")],
        capture_output=True, text=True, timeout=1500, cwd=scratch)
    assert done.returncode == 0, (done.stdout + done.stderr)[-6000:]
    shutil.rmtree(scratch / "work", ignore_errors=True)  # PyInstaller's cache: not needed now
    folder = scratch / "dist" / bundle_contents.APP_NAME
    return Built(folder, scratch, done.stdout)


@pytest.fixture
def home(tmp_path) -> Path:
    """A fresh user's home: data and settings folders that start empty."""
    for name in ("data", "config"):
        (tmp_path / "home" / name).mkdir(parents=True)
    return tmp_path / "home"


def _trap(folder: Path) -> Path:
    """A `meetingkit` package that stops the program if it is ever imported from outside."""
    package = folder / "trap" / "meetingkit"
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text("raise SystemExit('used a meetingkit from outside')\n")
    return package.parent


def run(program: Path, *args: str, home: Path, cwd: Path,
        timeout: int = 180) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "MEETINGKIT_", "VIRTUAL_ENV", "QT_"))}
    env.update({
        "PYTHONPATH": str(_trap(home)),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "LOCALAPPDATA": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    })
    done = subprocess.run([str(program), *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=timeout)
    bad = [sign for sign in BAD_SIGNS if sign in done.stderr or sign in done.stdout]
    assert not bad, f"{program.name} {' '.join(args)}: {bad}\n{done.stdout}\n{done.stderr}"
    return done


def test_the_folder_is_small_and_holds_both_programs(built, record_property):
    size = bundle_contents.folder_size(built.folder)
    record_property("frozen_size_mb", round(size / 1_000_000, 1))
    print(f"\nBuilt folder {built.folder}: {bundle_contents.megabytes(size)}")
    assert f"Size: {bundle_contents.megabytes(size)}" in built.build_output
    assert size < SIZE_LIMIT, f"{bundle_contents.megabytes(size)} is over 150 MB"
    assert built.cli.is_file() and built.gui.is_file()
    assert (built.folder / "_internal" / "resources" / "icons" / "meetingkit.png").is_file()


def test_the_built_folder_has_every_resource(built):
    shipped = built.folder / "_internal" / "resources"
    source = ROOT / "resources"
    wanted = {p.relative_to(source) for p in source.rglob("*") if p.is_file()}
    have = {p.relative_to(shipped) for p in shipped.rglob("*") if p.is_file()}
    assert wanted - have == set()


def test_version(built, home, tmp_path):
    done = run(built.cli, "--version", home=home, cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout.strip() == f"MeetingKit {__version__}"


def test_the_bundle_check_passes_for_every_module(built, home, tmp_path):
    from bundle_check import LEFT_OUT, _all_modules

    done = run(built.cli, "--bundle-check", home=home, cwd=tmp_path)
    assert done.returncode == 0, done.stdout
    assert done.stdout.strip().endswith("bundle check passed")
    count = int(re.search(r"ok   modules: (\d+) modules import", done.stdout).group(1))
    in_source = len(_all_modules("meetingkit")) + len(_all_modules("ui"))
    assert count == in_source, "some modules were not collected (hidden imports?)"
    assert f"resources found in {built.folder / '_internal' / 'resources'}" in done.stdout
    assert "not bundled: PySide6.QtNetwork" in done.stdout
    assert LEFT_OUT  # the check knows what is left out on purpose


def test_check_reads_a_markdown_paper(built, home, tmp_path):
    paper = tmp_path / "paper.md"
    paper.write_text("# Update\n\nThe Committee is asked to note the implementation of PSIRF "
                     "across all divisions going forward.\n", encoding="utf-8")
    done = run(built.cli, "check", str(paper), home=home, cwd=tmp_path)
    assert done.returncode == 0
    assert "PSIRF" in done.stdout and "acronym" in done.stdout


def test_demo_then_a_word_meeting_pack(built, home, tmp_path):
    database = tmp_path / "tmp.db"
    done = run(built.cli, "demo", "--db", str(database), home=home, cwd=tmp_path)
    assert done.returncode == 0 and database.is_file()
    commands = run(built.cli, "--help", home=home, cwd=tmp_path).stdout
    if not re.search(r"^\s+export\s", commands, re.MULTILINE):
        pytest.skip("the export command is not built yet")
    # Read the example's numbers straight from the file the built program wrote, so this does
    # not depend on the source tree's own store code agreeing with the built one.
    with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as db:
        committee_name, meeting_id = db.execute(
            "SELECT committees.name, meetings.id FROM meetings JOIN committees "
            "ON committees.id = meetings.committee_id ORDER BY meetings.id LIMIT 1").fetchone()
    pack = tmp_path / "x.docx"
    done = run(built.cli, "--db", str(database), "export", "pack", "--meeting",
               str(meeting_id), "-o", str(pack), home=home, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    import docx

    text = "\n".join(p.text for p in docx.Document(str(pack)).paragraphs)
    assert committee_name in text and "Agenda" in text


def _probe(program: Path, home: Path, cwd: Path,
           watcher: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    """Starts the desktop app, which quits after its first paint (ui/startup_probe.py)."""
    command = [*watcher, str(program), "--startup-probe"]
    done = run(Path(command[0]), *command[1:], home=home, cwd=cwd)
    assert done.returncode == 0, done.stderr
    return done


def _first_paint_ms(done: subprocess.CompletedProcess) -> float:
    return float(done.stdout.strip().splitlines()[-1])


def test_the_app_opens_and_keeps_data_in_the_users_own_folder(built, home, tmp_path):
    done = _probe(built.gui, home, tmp_path)
    assert _first_paint_ms(done) > 0
    assert (home / "data" / "meetingkit" / "meetingkit.db").is_file()


def _strace_works() -> bool:
    if not shutil.which("strace"):
        return False
    return subprocess.run(["strace", "-qq", "-o", os.devnull, "true"],
                          capture_output=True).returncode == 0


@pytest.mark.skipif(not sys.platform.startswith("linux") or not _strace_works(),
                    reason="needs strace (Linux) to watch for network sockets")
def test_the_app_opens_no_network_socket(built, home, tmp_path):
    trace = tmp_path / "trace.txt"
    watcher = (shutil.which("strace"), "-f", "-qq", "-e", "trace=socket", "-o", str(trace))
    done = _probe(built.gui, home, tmp_path, watcher)
    assert _first_paint_ms(done) > 0
    calls = trace.read_text()
    assert not re.search(r"socket\(AF_INET6?\b", calls), calls


def test_the_portable_flag_keeps_data_beside_the_program(built, home, tmp_path):
    done = run(built.cli, "--portable", "demo", home=home, cwd=tmp_path)
    assert done.returncode == 0
    assert (built.folder / "MeetingKit-data" / "meetingkit.db").is_file()
    assert not any((home / "data").iterdir())


def _extract(archive: Path, into: Path) -> None:
    """Unzips keeping the programs runnable (zipfile forgets permissions)."""
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            path = Path(zf.extract(info, into))
            mode = info.external_attr >> 16
            if mode & stat.S_IXUSR:
                path.chmod(path.stat().st_mode | stat.S_IXUSR)


def test_the_portable_zip_runs_from_a_stick_with_its_data_beside_it(built, home, tmp_path):
    from make_portable_zip import make_portable_zip

    (built.folder / "MeetingKit-data").mkdir(exist_ok=True)  # left by trying the build out
    archive = make_portable_zip(built.folder, tmp_path / "portable.zip")
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
    assert "MeetingKit/portable.txt" in names
    assert not [n for n in names if n.startswith("MeetingKit/MeetingKit-data")]
    stick = tmp_path / "usb-stick"
    _extract(archive, stick)
    copy = stick / "MeetingKit"
    done = run(copy / built.cli.name, "demo", home=home, cwd=tmp_path)
    assert done.returncode == 0
    assert (copy / "MeetingKit-data" / "meetingkit.db").is_file()
    _probe(copy / built.gui.name, home, tmp_path)
    assert not any((home / "data").iterdir())  # nothing written to the laptop's user folder
