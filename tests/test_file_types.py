"""Review packs and replies open with MeetingKit on Windows, for the signed-in person only: the
keys written, and when a portable copy registers itself (never over a copy that is still there).
Windows' registry module is stood in for by a dictionary, so this runs everywhere."""

from __future__ import annotations

import types

import pytest

from meetingkit import file_types
from meetingkit.file_types import (
    REPLY,
    REVIEW_PACK,
    kind_of,
    read_default,
    register_for_this_user,
    registered_program,
    registry_values,
    should_register,
)

PROGRAM = r"E:\MeetingKit\MeetingKit.exe"


class FakeRegistry(types.SimpleNamespace):
    """Just enough of winreg: keys under HKEY_CURRENT_USER with a default value each."""

    HKEY_CURRENT_USER = "HKCU"
    REG_SZ = 1

    def __init__(self):
        super().__init__(keys={})

    class _Handle:
        def __init__(self, registry, key):
            self.registry, self.key = registry, key

        def __enter__(self):
            return self

        def __exit__(self, *_):
            return False

    def CreateKey(self, root, key):  # noqa: N802 (winreg's name)
        assert root == "HKCU"
        self.keys.setdefault(key, None)
        return self._Handle(self, key)

    def OpenKey(self, root, key):  # noqa: N802
        if key not in self.keys:
            raise FileNotFoundError(key)
        return self._Handle(self, key)

    def SetValueEx(self, handle, name, reserved, kind, value):  # noqa: N802
        assert (name, kind) == ("", self.REG_SZ)
        self.keys[handle.key] = value

    def QueryValueEx(self, handle, name):  # noqa: N802
        return self.keys[handle.key], self.REG_SZ


@pytest.mark.parametrize(("name", "kind"), [("pack.mkreview", REVIEW_PACK),
                                            ("Sam's reply.MKREPLY", REPLY),
                                            ("minutes.docx", None), ("mkreview", None)])
def test_the_kind_of_file_comes_from_its_extension(name, kind):
    assert kind_of(name) is kind


def test_both_kinds_open_with_the_program_and_show_its_icon():
    values = dict(registry_values(PROGRAM))
    assert values[r"Software\Classes\.mkreview"] == "MeetingKit.ReviewPack"
    assert values[r"Software\Classes\.mkreply"] == "MeetingKit.Reply"
    assert values[r"Software\Classes\MeetingKit.ReviewPack\shell\open\command"] == \
        f'"{PROGRAM}" "%1"'
    assert values[r"Software\Classes\MeetingKit.Reply\DefaultIcon"] == f'"{PROGRAM}",0'
    assert all(key.startswith("Software\\Classes\\") for key in values)  # this person only


def test_registering_writes_every_key_and_reads_back_the_program(monkeypatch):
    registry = FakeRegistry()
    monkeypatch.setattr(file_types, "_tell_explorer", lambda: None)
    register_for_this_user(PROGRAM, winreg=registry)
    assert registry.keys == dict(registry_values(PROGRAM))

    def read(key):
        return read_default(key, winreg=registry)

    assert registered_program(read) == PROGRAM
    assert read(r"Software\Classes\.nothing") is None


def _reader(values: dict):
    return values.get


def test_a_portable_copy_registers_when_nothing_or_a_vanished_copy_is_registered():
    assert should_register(PROGRAM, _reader({}), lambda path: True)
    old = dict(registry_values(r"F:\old stick\MeetingKit.exe"))
    assert should_register(PROGRAM, _reader(old), lambda path: path == PROGRAM)


def test_it_never_takes_over_from_a_copy_that_is_still_there():
    installed = dict(registry_values(r"C:\Programs\MeetingKit\MeetingKit.exe"))
    assert not should_register(PROGRAM, _reader(installed), lambda path: True)


def test_it_mends_its_own_registration_when_a_key_is_missing():
    mine = dict(registry_values(PROGRAM))
    assert not should_register(PROGRAM, _reader(mine), lambda path: True)
    del mine[r"Software\Classes\.mkreply"]
    assert should_register(PROGRAM, _reader(mine), lambda path: True)


def test_outside_a_windows_build_nothing_is_registered():
    assert file_types.register_portable_copy() is False
