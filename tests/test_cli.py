"""The command line: headless commands never import Qt; --db and MEETINGKIT_DB choose the file."""

from __future__ import annotations

import subprocess
import sys

from cli_helpers import run_cli

from meetingkit import __version__
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
