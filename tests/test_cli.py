"""The command line: headless commands never import Qt; --db and MEETINGKIT_DB choose the file."""

from __future__ import annotations

import subprocess
import sys

import pytest
from cli_helpers import run_cli

from meetingkit import __version__
from meetingkit.cli.gui import NO_DESKTOP, missing_desktop
from meetingkit.store import Store


def test_version_does_not_import_qt():
    done = run_cli("--version")
    assert done.returncode == 0
    assert f"MeetingKit {__version__}" in done.stdout
    assert "QT-MODULES: []" in done.stdout


def test_demo_makes_a_database_without_importing_qt(tmp_path):
    path = tmp_path / "made" / "demo.db"
    done = run_cli("demo", "--db", str(path))
    assert done.returncode == 0, done.stderr
    assert "QT-MODULES: []" in done.stdout
    store = Store.open(path)
    assert [c.name for c in store.committees.all()] == ["Patient Safety Group (example)"]
    store.close()


def test_the_global_db_option_and_the_environment_variable(tmp_path):
    import os

    by_option = tmp_path / "option.db"
    assert run_cli("--db", str(by_option), "demo").returncode == 0
    assert by_option.exists()
    by_env = tmp_path / "env.db"
    env = {**os.environ, "MEETINGKIT_DB": str(by_env)}
    assert run_cli("demo", env=env).returncode == 0
    assert by_env.exists()


def test_a_file_that_is_not_a_database_gets_one_clear_line(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("shopping list")
    done = run_cli("demo", "--db", str(path))
    assert done.returncode == 2
    assert "is not a MeetingKit database" in done.stderr
    assert "Traceback" not in done.stderr
    assert path.read_text() == "shopping list"


def test_python_dash_m_behaves_the_same():
    done = subprocess.run([sys.executable, "-m", "meetingkit", "--version"], capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.strip() == f"MeetingKit {__version__}"


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="Windows and macOS always have a desktop to draw on")
def test_without_a_desktop_the_app_says_so_in_one_sentence(tmp_path):
    """On Linux with no display Qt would abort with a page about plugins; the app says one
    plain thing instead, before Qt or the database is touched."""
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    path = tmp_path / "never.db"
    done = run_cli("--db", str(path), env=env)
    assert done.returncode == 2
    assert done.stderr.strip() == f"meetingkit: {NO_DESKTOP}"
    assert "QT-MODULES: []" in done.stdout
    assert not path.exists()


def test_only_a_linux_machine_with_no_display_at_all_counts_as_no_desktop():
    assert missing_desktop({}, "linux") == NO_DESKTOP
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        assert missing_desktop({name: ":0"}, "linux") is None
    assert missing_desktop({"DISPLAY": ""}, "linux") == NO_DESKTOP
    assert missing_desktop({}, "win32") is None
    assert missing_desktop({}, "darwin") is None
