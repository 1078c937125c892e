"""Run by the system Python (which has pyatspi), not by pytest: what a Linux screen reader gets
from MeetingKit over the accessibility bus, printed one fact a line for
tests/test_accessibility_atspi.py to judge.

    LABEL <tab> tab title <tab> name <tab> focusable     every label, on every workspace tab
    DESCRIPTION <tab> role <tab> text                    description changes (announcements)
    EVENTS <tab> key <tab> how many                      events sent after one key press

The keys are pressed with xdotool on the app's window (DISPLAY must be the app's)."""

from __future__ import annotations

import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib


def find_app(deadline: float):
    while time.time() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name and "meetingkit" in app.name.lower():
                return app
        time.sleep(0.5)
    return None


def walk(node, found: list, depth: int = 0) -> None:
    if depth > 60:
        return
    try:
        found.append(node)
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # noqa: BLE001 - a control can vanish while we look
        return
    for child in children:
        if child is not None:
            walk(child, found, depth + 1)


def labels(app, title: str) -> None:
    nodes: list = []
    walk(app, nodes)
    for node in nodes:
        try:
            if node.getRoleName() != "label":
                continue
            state = node.getState()
            if not state.contains(pyatspi.STATE_SHOWING):
                continue
            focusable = state.contains(pyatspi.STATE_FOCUSABLE)
            name = (node.name or "").replace("\t", " ").replace("\n", " ")
            print(f"LABEL\t{title}\t{name}\t{focusable}")
        except Exception:  # noqa: BLE001
            continue


def workspace_tabs(app):
    nodes: list = []
    walk(app, nodes)
    for node in nodes:
        try:
            if node.getRoleName() == "page tab list" and any(
                    node.getChildAtIndex(i).name == "Overview" for i in range(node.childCount)):
                return node
        except Exception:  # noqa: BLE001
            continue
    return None


def key(keys: str) -> None:
    window = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "– MeetingKit"],
                            capture_output=True, text=True).stdout.split()
    if window:
        subprocess.run(["xdotool", "windowfocus", window[0]])
        time.sleep(0.3)
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys])


def listen(steps: list[tuple[str, float]]) -> None:
    """Presses each key in turn and counts what the app sends after it."""
    counts: dict[str, int] = {}
    current = {"key": ""}

    def heard(event) -> None:
        if current["key"]:
            counts[current["key"]] = counts.get(current["key"], 0) + 1
        if event.type.endswith("accessible-description"):
            try:
                role = event.source.getRoleName()
            except Exception:  # noqa: BLE001
                role = "?"
            print(f"DESCRIPTION\t{role}\t{event.any_data}", flush=True)

    pyatspi.Registry.registerEventListener(heard, "object", "focus", "window")
    plan = list(steps)

    def next_step() -> bool:
        if not plan:
            for name, count in counts.items():
                print(f"EVENTS\t{name}\t{count}", flush=True)
            pyatspi.Registry.stop()
            return False
        name, wait = plan.pop(0)
        current["key"] = name
        key(name)
        GLib.timeout_add(int(wait * 1000), next_step)
        return False

    GLib.timeout_add(1500, next_step)
    pyatspi.Registry.start()


app = find_app(time.time() + float(sys.argv[1] if len(sys.argv) > 1 else 40))
if app is None:
    print("NOT FOUND")
    sys.exit(1)
time.sleep(3)
tabs = workspace_tabs(app)
if tabs is not None:
    selection = tabs.querySelection()
    for index in range(tabs.childCount):
        if tabs.getChildAtIndex(index).getRoleName() != "page tab":
            continue  # the tab bar's scroll buttons
        selection.selectChild(index)
        time.sleep(2.0)
        labels(app, tabs.getChildAtIndex(index).name)
    selection.selectChild(0)
    time.sleep(1)
# The meetings list has the focus: one meeting down and back, then the next tab (announced).
listen([("Down", 4.0), ("Up", 4.0), ("ctrl+Tab", 3.0)])
sys.stdout.flush()
