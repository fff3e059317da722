"""What Orca would meet: run by test_atspi.py with Debian's own python3 (python3-pyatspi;
the project's virtual environment cannot import gi), inside the test's private D-Bus
session, where the AT-SPI bus (at-spi2-core's at-spi-bus-launcher and at-spi2-registryd)
is started on demand by D-Bus activation of org.a11y.Bus.

It starts the command after its arguments (the app, _atspi_app.py), waits until the app
says it is ready and its windows are on the AT-SPI desktop, then writes the app's whole
accessible tree to OUT as one JSON list of nodes (path, role, name, description, states,
child count), or {"error": ...}, and stops the app. A file, not stdout: the daemons
started on the bus print there too. Usage: python3 _atspi_probe.py OUT TIMEOUT COMMAND...
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pyatspi  # Debian's python3-pyatspi

# Qt's windows: the main window's title ends in "BalintDesk"; the other two must be there.
WANTED = ("Add a member", "BalintDesk — room display")
MAX_CHILDREN = 60  # rows of a long list add nothing to what the test checks


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is None:
            continue
        titles = [app.getChildAtIndex(i).name for i in range(app.childCount)]
        if all(title in titles for title in WANTED):
            return app
    return None


def walk(node, path: str, found: list) -> None:
    try:
        states = sorted(pyatspi.stateToString(state) for state in node.getState().getStates())
        entry = {
            "path": path,
            "role": node.getRoleName(),
            "name": node.name or "",
            "description": node.description or "",
            "states": states,
            "child_count": node.childCount,
        }
    except Exception as exc:  # a node that went away while being read
        found.append({"path": path, "error": str(exc)})
        return
    found.append(entry)
    for index in range(min(node.childCount, MAX_CHILDREN)):
        child = node.getChildAtIndex(index)
        if child is not None:
            walk(child, f"{path}/{index}", found)


def main(out: Path, timeout: float, command: list[str]) -> int:
    app_process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        if app_process.stdout.readline().strip() != "ready":
            out.write_text(json.dumps({"error": "the app did not start"}))
            return 1
        deadline = time.monotonic() + timeout
        app = find_app()
        while app is None and time.monotonic() < deadline:
            time.sleep(0.2)  # the bridge registers the app's windows as they are shown
            app = find_app()
        if app is None:
            error = f"no app with windows {WANTED} on the AT-SPI desktop"
            out.write_text(json.dumps({"error": error}))
            return 1
        found: list = []
        walk(app, "app", found)
        out.write_text(json.dumps(found))
        return 0
    finally:
        app_process.terminate()
        app_process.wait(10)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3:]))
