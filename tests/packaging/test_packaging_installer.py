"""The Windows installer script (packaging/windows/meetingkit.iss) read as Inno Setup reads it:
a per-user install with no admin prompt, into the folders MeetingKit and its build use, which
keeps the person's data on uninstall unless they choose to delete it. (Inno Setup runs only on
Windows, so this reads the script rather than compiling it.)"""

from __future__ import annotations

import re
import sys
from pathlib import Path, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "meetingkit.iss"
sys.path.append(str(ROOT / "packaging"))

import bundle_contents  # noqa: E402


def sections(text: str) -> dict[str, list[str]]:
    """Section name -> its lines, without comments, blank lines or preprocessor lines."""
    found: dict[str, list[str]] = {"": []}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        heading = re.fullmatch(r"\[(\w+)\]", line)
        if heading:
            current = heading.group(1)
            found[current] = []
        else:
            found[current].append(line)
    return found


def entries(lines: list[str]) -> list[dict[str, str]]:
    """'Name: "x"; Flags: a b' lines as dictionaries (quotes removed)."""
    parsed = []
    for line in lines:
        entry = {}
        for part in re.findall(r'(\w+):\s*("[^"]*"|[^;]*)', line):
            entry[part[0]] = part[1].strip().strip('"')
        parsed.append(entry)
    return parsed


def defines(text: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in re.finditer(r'#define (\w+) "([^"]*)"', text)}


@pytest.fixture(scope="module")
def script() -> str:
    return ISS.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def setup(script) -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections(script)["Setup"])


def test_installs_for_this_person_only_without_admin_rights(setup, script):
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # never offer to elevate
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\MeetingKit"
    admin_places = ("{pf}", "{commonpf}", "{autopf}", "{commonprograms}", "{commondesktop}",
                    "{sys}", "{win}", "HKLM", "HKEY_LOCAL_MACHINE", "{commonappdata}")
    assert [place for place in admin_places if place in script] == []


def test_the_app_id_is_a_fixed_guid(setup):
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])


def test_it_packs_the_folder_that_build_py_makes(script, setup):
    iss_folder = ISS.parent
    build_dir = defines(script)["BuildDir"]
    assert (iss_folder / PureWindowsPath(build_dir).as_posix()).resolve() == \
        (ROOT / "dist" / bundle_contents.APP_NAME).resolve()
    assert defines(script)["AppExeName"] == f"{bundle_contents.GUI_EXE}.exe"
    (files,) = entries(sections(script)["Files"])
    assert files["Source"] == "{#BuildDir}\\*" and files["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= set(files["Flags"].split())
    assert "portable.txt" in files["Excludes"]  # an installed copy is never portable
    icon = iss_folder / PureWindowsPath(setup["SetupIconFile"]).as_posix()
    assert icon.resolve() == (ROOT / "resources" / "icons" / "meetingkit.ico").resolve()
    assert icon.is_file()
    assert (iss_folder / PureWindowsPath(setup["OutputDir"]).as_posix()).resolve() == \
        (ROOT / "dist").resolve()


def test_start_menu_shortcut_opens_the_windowed_program(script):
    icons = entries(sections(script)["Icons"])
    start_menu = [e for e in icons if e["Name"].startswith("{autoprograms}")]
    assert start_menu and start_menu[0]["Filename"] == "{app}\\{#AppExeName}"
    desktop = [e for e in icons if e["Name"].startswith("{autodesktop}")]
    assert desktop and desktop[0]["Tasks"] == "desktopicon"
    (task,) = entries(sections(script)["Tasks"])
    assert task["Name"] == "desktopicon" and "unchecked" in task["Flags"]


def test_uninstall_keeps_data_unless_the_person_chooses(script):
    code = "\n".join(sections(script)["Code"])
    data_folder = re.search(r"ExpandConstant\('\{localappdata\}\\(\w+)'\)", code)
    assert data_folder and data_folder.group(1) == "MeetingKit"
    assert "MB_DEFBUTTON2" in code  # "No" is the default answer
    assert "CommandLineHas('/DELETEDATA')" in code  # silent uninstalls keep data by default
    assert re.search(r"if WantsDataDeleted\(\) then\s+begin\s+DelTree\(UserDataFolder\(\)", code)
    assert "[UninstallDelete]" not in script  # nothing else is swept away


def test_the_data_folder_it_offers_to_delete_is_the_one_the_app_uses(monkeypatch, tmp_path):
    from meetingkit import paths

    monkeypatch.setattr(paths.sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    monkeypatch.setattr(paths, "is_portable", lambda requested=False: requested)
    assert paths.data_folder() == tmp_path / "MeetingKit"
    assert paths.data_folder() != tmp_path / "Programs" / "MeetingKit"  # not inside the program


def test_the_version_comes_from_the_built_exe(script):
    assert 'GetStringFileInfo(AppExePath, "ProductVersion")' in script
    assert re.search(r"#ifnexist AppExePath\s+#error", script)
    assert "AppVersion={#AppVersion}" in script


def test_it_opens_review_packs_and_replies_for_this_person_only(script, setup):
    from meetingkit.file_types import registry_values

    program = r"C:\Users\sam\AppData\Local\Programs\MeetingKit\MeetingKit.exe"
    written = []
    for line in sections(script)["Registry"]:
        root = re.search(r"Root: (\w+)", line).group(1)
        subkey = re.search(r'Subkey: "([^"]*)"', line).group(1)
        data = re.search(r'ValueData: "((?:[^"]|"")*)"', line).group(1).replace('""', '"')
        assert root == "HKA"  # HKEY_CURRENT_USER, since the install needs no admin rights
        written.append((subkey, data.replace(r"{app}\{#AppExeName}", program)))
    assert written == registry_values(program)  # the same keys the portable build writes
    assert setup["ChangesAssociations"] == "yes"
