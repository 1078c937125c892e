"""The portable zip (packaging/make_portable_zip.py) made from a stand-in build folder, and
portable mode as a built program sees it (meetingkit.paths with sys.frozen set). The real
build is zipped and run in test_packaging_build.py."""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from pathlib import Path

import pytest

from meetingkit import __version__, paths

ROOT = Path(__file__).resolve().parents[2]


def load(name: str):
    if str(ROOT / "packaging") not in sys.path:
        sys.path.append(str(ROOT / "packaging"))
    spec = importlib.util.spec_from_file_location(f"mk_packaging_{name}",
                                                  ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_zip = load("make_portable_zip")


@pytest.fixture
def built(tmp_path) -> Path:
    """A folder shaped like the build, with leftovers from someone trying it out."""
    folder = tmp_path / "dist" / "MeetingKit"
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "MeetingKit").write_bytes(b"program")
    (folder / "meetingkit-cli").write_bytes(b"console program")
    (folder / "_internal" / "libreal.so.1").write_bytes(b"library")
    (folder / "_internal" / "libreal.so").symlink_to("libreal.so.1")
    (folder / "_internal" / "resources" / "example.json").write_text("{}")
    (folder / "MeetingKit-data").mkdir()
    (folder / "MeetingKit-data" / "meetingkit.db").write_bytes(b"someone's meetings")
    (folder / "portable.txt").write_text("old marker")
    return folder


def test_the_zip_holds_the_folder_and_the_marker_but_no_data(built, tmp_path):
    output = make_zip.make_portable_zip(built, tmp_path / "out" / "portable.zip")
    with zipfile.ZipFile(output) as zf:
        names = set(zf.namelist())
        assert names == {"MeetingKit/MeetingKit", "MeetingKit/meetingkit-cli",
                         "MeetingKit/_internal/libreal.so.1", "MeetingKit/_internal/libreal.so",
                         "MeetingKit/_internal/resources/example.json",
                         "MeetingKit/portable.txt"}
        marker = zf.read("MeetingKit/portable.txt").decode()
        assert "MeetingKit-data" in marker and "delete this file" in marker
        assert "\r\n" in marker  # readable in Notepad
        assert zf.read("MeetingKit/_internal/libreal.so") == b"library"  # links become files
    assert not list(output.parent.glob("*.partial"))


def test_the_marker_name_is_the_one_the_app_looks_for():
    assert make_zip.PORTABLE_MARKER == paths.PORTABLE_MARKER == "portable.txt"
    assert make_zip.DATA_FOLDER == "MeetingKit-data"


def test_a_folder_that_is_not_a_build_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="not a built MeetingKit folder"):
        make_zip.make_portable_zip(tmp_path, tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


def test_the_default_name_says_version_and_system():
    name = make_zip.default_zip_name()
    assert name.startswith(f"MeetingKit-{__version__}-portable-")
    assert name.endswith(".zip")
    assert make_zip.platform_tag().split("-")[0] in {"windows", "linux", "macos"}


def test_main_writes_beside_the_build_and_reports(built, capsys):
    assert make_zip.main(["--folder", str(built)]) == 0
    written = built.parent / make_zip.default_zip_name()
    assert written.is_file()
    assert f"Wrote {written}" in capsys.readouterr().out


@pytest.fixture
def frozen_at(monkeypatch, tmp_path):
    """Makes meetingkit.paths believe it is the built program in tmp_path/MeetingKit."""
    program = tmp_path / "MeetingKit"
    program.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "MeetingKit"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home-data"))
    return program


def test_a_built_program_keeps_data_in_the_user_folder(frozen_at, tmp_path):
    if sys.platform == "win32" or sys.platform == "darwin":
        pytest.skip("the Linux folder is checked here; Windows is in the installer test")
    assert paths.default_database() == tmp_path / "home-data" / "meetingkit" / "meetingkit.db"


def test_the_marker_beside_a_built_program_turns_portable_mode_on(frozen_at):
    (frozen_at / "portable.txt").write_text("portable")
    assert paths.default_database() == frozen_at / "MeetingKit-data" / "meetingkit.db"


def test_the_portable_flag_works_without_a_marker(frozen_at):
    assert paths.default_database(portable=True) == frozen_at / "MeetingKit-data" / "meetingkit.db"
    assert not paths.is_portable()
