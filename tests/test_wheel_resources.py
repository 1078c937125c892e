"""Resources reach an installed wheel: build it, install it into a fresh virtual environment
outside the checkout, and read shipped data from there."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_an_installed_wheel_finds_its_resources(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(wheels), str(ROOT)], check=True, capture_output=True, timeout=300)
    (wheel,) = wheels.glob("meetingkit-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True, timeout=300)
    probe = (
        "import gzip, json, meetingkit.resources as r\n"
        "root = r.resource_root()\n"
        "data = json.loads(r.read_text('demo', 'example.json'))\n"
        "print(root)\n"
        "print(data['committee']['name'])\n"
        "table = gzip.decompress(r.resource_path('plain', 'common_words.txt.gz').read_bytes())\n"
        "print(json.loads(table.decode().split(chr(10), 1)[0])['licence'])\n"
    )
    done = subprocess.run([str(python), "-c", probe], capture_output=True, text=True,
                          cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    root, name, table_licence = done.stdout.splitlines()[:3]
    assert str(ROOT) not in root and "site-packages" in root
    assert name == "Patient Safety Group (example)"
    assert table_licence.startswith("CC BY-SA 4.0")  # the rare-word table (plain/rare.py)
