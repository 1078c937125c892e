"""No network, ever: the main flows run with socket creation forbidden, and no module of ours
imports a network library."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NETWORK_IMPORTS = re.compile(
    r"^\s*(import|from)\s+(socket|urllib(?!\.parse)|http|requests|httpx|ftplib|smtplib|"
    r"PySide6\.QtNetwork|PySide6\.QtWebEngine\w*)\b", re.MULTILINE)


@pytest.fixture
def no_sockets(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("MeetingKit tried to open a network socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_no_module_imports_a_network_library():
    offenders = [str(p.relative_to(ROOT)) for folder in ("meetingkit", "ui")
                 for p in (ROOT / folder).rglob("*.py") if NETWORK_IMPORTS.search(p.read_text())]
    assert offenders == []


def test_main_flows_open_no_socket(no_sockets, qtbot, tmp_path):
    from meetingkit.demo import load_example
    from meetingkit.store import Store
    from ui.context import AppContext
    from ui.main_window import MainWindow

    store = Store.open(tmp_path / "m.db")
    load_example(store)
    window = MainWindow(AppContext(store=store))
    qtbot.addWidget(window)
    window.show()
    for index in range(window.workspace.count()):  # every tab, on the example meeting
        window.workspace.setCurrentIndex(index)
        qtbot.wait(20)
    meeting = store.meetings.for_committee(store.committees.all()[0].id)[0]
    for paper in store.papers.for_meeting(meeting.id):
        try:
            from meetingkit.plain import check, rewrite
        except ImportError:
            break
        check(paper.body)
        rewrite(paper.body)
    store.backup_now("test")
    window.close()  # saves anything pending, so before the store closes
    store.close()
