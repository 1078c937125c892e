"""Run by the system Python (which has pyatspi), not by pytest: finds MeetingKit on the
accessibility bus and prints one line per control, "role<TAB>name", as a screen reader sees it."""

import sys
import time

import pyatspi


def find_app(deadline: float):
    while time.time() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name and "meetingkit" in app.name.lower():
                return app
        time.sleep(0.5)
    return None


def walk(node, depth: int = 0):
    if depth > 60:
        return
    try:
        print(f"{node.getRoleName()}\t{node.name}", flush=False)
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # noqa: BLE001 - a control can vanish while we look
        return
    for child in children:
        if child is not None:
            walk(child, depth + 1)


app = find_app(time.time() + float(sys.argv[1] if len(sys.argv) > 1 else 40))
if app is None:
    print("NOT FOUND")
    sys.exit(1)
walk(app)
sys.stdout.flush()
