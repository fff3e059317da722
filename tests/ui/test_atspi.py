"""What Orca hears, read through AT-SPI itself rather than Qt's in-process interfaces.

The app runs (_atspi_app.py) on a private Xvfb display with Qt's xcb platform and its
AT-SPI bridge always on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), inside a private D-Bus
session (dbus-run-session) where D-Bus activation starts at-spi2-core's AT-SPI bus and
registry. Debian's python3 with python3-pyatspi walks the desktop's accessible tree
(_atspi_probe.py); the checks are here. Xvfb, dbus-run-session, at-spi2-core and
python3-pyatspi come with tests/run.sh; without them these tests skip, except under
CI=true, where they fail.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
REPO = HERE.parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-pyatspi (gi is not in the venv)
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
ON_CI = os.environ.get("CI") == "true"
TIMEOUT = 25  # seconds for the whole run: the app, the bus and the walk take about 5

# The roles of controls a person operates, as AT-SPI names them (atspi-constants.h).
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "text",
    "password text",
    "combo box",
    "spin button",
    "slider",
    "list",
    "table",
    "tree",
}


def missing() -> str | None:
    """What this machine lacks to run the app under AT-SPI, or None."""
    if not sys.platform.startswith("linux"):
        return "AT-SPI is for Linux"
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"no {tool} (Debian: xvfb, dbus)"
    if not any(Path(path).exists() for path in BUS_LAUNCHERS):
        return "no at-spi-bus-launcher (Debian: at-spi2-core)"
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import pyatspi (Debian: python3-pyatspi)"
    return None


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """A private X server on a free display: Xvfb picks the number and writes it to us
    (-displayfd, Xvfb(1))."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        number = numbers.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    return server, f":{number}"


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> list[dict]:
    """Every node of the app's accessible tree, as AT-SPI gives it."""
    problem = missing()
    if problem is not None:
        if ON_CI:
            pytest.fail(f"CI=true and {problem}")
        pytest.skip(problem)
    folder = tmp_path_factory.mktemp("atspi")
    data_dir, out = folder / "data", folder / "tree.json"
    data_dir.mkdir()
    server, display = start_xvfb()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "AT_SPI_BUS_ADDRESS")
    }
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",  # Qt's bridge on, with no screen reader
        PYTHONPATH=os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]),
        XDG_RUNTIME_DIR=str(folder),
        XDG_DATA_HOME=str(folder),
    )
    command = [
        "dbus-run-session",
        "--",
        SYSTEM_PYTHON,
        str(HERE / "_atspi_probe.py"),
        str(out),
        str(TIMEOUT - 10),
        sys.executable,
        str(HERE / "_atspi_app.py"),
        str(data_dir),
    ]
    try:
        run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    finally:
        server.terminate()
        server.wait(10)
    assert out.exists(), f"the probe wrote nothing:\n{run.stdout}\n{run.stderr}"
    found = json.loads(out.read_text())
    assert isinstance(found, list), f"{found}\n{run.stderr}"
    return found


def window(tree: list[dict], name: str) -> str:
    """The path of the app's top-level window called `name`."""
    for node in tree:
        if node["path"].count("/") == 1 and node["name"] == name:
            return node["path"]
    raise AssertionError(
        f"no window {name!r}: {[n['name'] for n in tree if n['path'].count('/') == 1]}"
    )


def under(tree: list[dict], path: str) -> list[dict]:
    return [node for node in tree if node["path"].startswith(path + "/")]


def named(nodes: list[dict], role: str) -> list[str]:
    return [node["name"] for node in nodes if node.get("role") == role]


def test_add_a_member_fields_have_their_labels_names(tree):
    dialog = under(tree, window(tree, "Add a member"))
    assert {"Name", "Email"} <= set(named(dialog, "text"))
    assert "Role" in named(dialog, "combo box"), "named by its label, not by 'GP'"
    assert {"Joined the group", "Date they may present from"} <= set(named(dialog, "spin button"))
    combos = {n["path"] for n in dialog if n.get("role") == "combo box"}
    unnamed = [
        n["path"] + " " + n["role"]
        for n in dialog
        if n.get("role") in INTERACTIVE
        and not n["name"]
        and n["path"].rsplit("/", 1)[0] not in combos  # a combo box's list of choices
    ]
    assert not unnamed, f"controls without a name through AT-SPI: {unnamed}"


def test_settings_fields_have_their_labels_names(tree):
    main = under(tree, window(tree, "Riverside — BalintDesk"))
    assert {"Group name", "Room"} <= set(named(main, "text"))
    assert {"Lasting", "Lock private notes after"} <= set(named(main, "spin button"))
    combos = set(named(main, "combo box"))
    assert {"Group", "Meets", "On", "Rota"} <= combos
    assert not combos & {"Weekly", "Tuesday", "Riverside", "One case a meeting"}, combos
    # The choice is still there to read: the selected item of the combo box's list, as
    # GTK's combo boxes show it to Orca.
    meets = next(n for n in main if n.get("role") == "combo box" and n["name"] == "Meets")
    chosen = [
        n["name"]
        for n in main
        if n["path"].startswith(meets["path"] + "/")
        and n.get("role") == "list item"
        and "selected" in n["states"]
    ]
    assert chosen == ["Weekly"]


def test_the_phase_strip_has_an_item_per_phase(tree):
    room = window(tree, "BalintDesk — room display")
    strips = [n for n in under(tree, room) if n.get("role") == "list" and n["name"] == "Phases"]
    assert len(strips) == 1
    items = [
        node
        for node in tree
        if node["path"].rsplit("/", 1)[0] == strips[0]["path"] and node.get("role") == "list item"
    ]
    assert [item["name"] for item in items] == [
        "Who has a case?",
        "Presentation",
        "Clarifying questions",
        "Presenter sits back — group discussion",
        "Presenter returns",
        "Closing",
    ]
    assert items[0]["description"] == "next, not started, 3 min planned"
    assert "selected" in items[0]["states"]
    assert all(item["description"].startswith("to come, ") for item in items[1:])
    assert not any("selected" in item["states"] for item in items[1:])
