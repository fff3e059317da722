"""packaging/run-from-source.sh, the README's start command: after the first run it starts
the app at once, and runs pip again only when pyproject.toml (or the venv's Python)
changed, or when the install is not there.

The real scripts run with bash in a copy of the checkout's layout, on a real venv made by
this Python. Only what would be slow or reach outside is stood in for, on PATH and in
the venv: dpkg-query answers that every package is installed (apt-get, if called,
fails the test), and the venv's `pip` module is a stand-in that logs its arguments and
writes the `balintdesk` entry point, which logs that it was started.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    shutil.which("bash") is None or shutil.which("sha256sum") is None,
    reason="needs bash and coreutils, as the script does",
)

FAKE_PIP = """\
import os, sys
from pathlib import Path
log = Path(os.environ["FAKE_LOG"])
with log.open("a") as out:
    out.write("pip " + " ".join(sys.argv[1:]) + "\\n")
if os.environ.get("FAKE_PIP_FAILS") == "1":
    sys.exit("pip: could not install")
app = Path(sys.prefix) / "bin" / "balintdesk"
app.write_text('#!/bin/sh\\necho "balintdesk $*" >> "$FAKE_LOG"\\n')
app.chmod(0o755)
"""

FAKE_DPKG_QUERY = """#!/bin/sh
# dpkg-query -W -f FORMAT PACKAGE...: each one installed.
shift 3
for package in "$@"; do echo "$package installed"; done
"""

FAKE_APT_GET = """#!/bin/sh
echo "apt-get $*" >> "$FAKE_LOG"
exit 1
"""


MAKE_VENV = """\
import subprocess, sys, sysconfig
from pathlib import Path
venv = Path(sys.argv[1])
subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
site = subprocess.run(
    [str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
    capture_output=True, text=True, check=True,
).stdout.strip()
(Path(site) / "pip").mkdir()
(Path(site) / "pip" / "__init__.py").write_text("")
(Path(site) / "pip" / "__main__.py").write_text(Path(sys.argv[2]).read_text())
"""

# A Python for find_python (through $PYTHON) that makes venvs with the stand-in pip; it
# names itself as sys.executable, as a pyenv shim's real Python would.
PYTHON_FOR_VENVS = """#!/bin/sh
case "$*" in
    *sys.executable*) echo "$0" ;;
    "-m venv "*) exec "$REAL_PYTHON" "$HELPERS/make_venv.py" "$3" "$HELPERS/fake_pip.py" ;;
    *) exec "$REAL_PYTHON" "$@" ;;
esac
"""


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """The start script, dev-env.sh and pyproject.toml in a folder of their own, with a
    venv whose pip is the stand-in."""
    repo = tmp_path / "repo"
    (repo / "packaging").mkdir(parents=True)
    for name in ("run-from-source.sh", "dev-env.sh"):
        shutil.copy2(ROOT / "packaging" / name, repo / "packaging" / name)
    shutil.copy2(ROOT / "pyproject.toml", repo / "pyproject.toml")

    helpers = tmp_path / "helpers"
    helpers.mkdir()
    (helpers / "make_venv.py").write_text(MAKE_VENV)
    (helpers / "fake_pip.py").write_text(FAKE_PIP)
    subprocess.run(
        [
            sys.executable,
            str(helpers / "make_venv.py"),
            str(repo / ".venv"),
            str(helpers / "fake_pip.py"),
        ],
        check=True,
    )

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, text in (
        ("dpkg-query", FAKE_DPKG_QUERY),
        ("apt-get", FAKE_APT_GET),
        ("python-for-venvs", PYTHON_FOR_VENVS),
    ):
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    return repo


def environment(repo: Path, log: Path, pip_fails: bool = False) -> dict[str, str]:
    return dict(
        os.environ,
        PATH=f"{repo.parent / 'bin'}{os.pathsep}{os.environ['PATH']}",
        FAKE_LOG=str(log),
        FAKE_PIP_FAILS="1" if pip_fails else "0",
        PYTHON=str(repo.parent / "bin" / "python-for-venvs"),
        REAL_PYTHON=sys.executable,
        HELPERS=str(repo.parent / "helpers"),
    )


def start(repo: Path, *args: str, pip_fails: bool = False) -> tuple[int, list[str]]:
    """Runs the start script; its exit status and what pip and the app logged."""
    log = repo.parent / "calls.log"
    log.unlink(missing_ok=True)
    done = subprocess.run(
        ["bash", str(repo / "packaging" / "run-from-source.sh"), *args],
        env=environment(repo, log, pip_fails),
        capture_output=True,
        text=True,
        timeout=60,
    )
    calls = log.read_text().splitlines() if log.exists() else []
    return done.returncode, calls


def pip_calls(calls: list[str]) -> list[str]:
    return [call for call in calls if call.startswith("pip ")]


def test_the_first_start_installs_and_the_next_one_starts_at_once(checkout):
    status, calls = start(checkout, "--data-dir", "/somewhere")
    assert status == 0
    assert pip_calls(calls) == [
        "pip install --disable-pip-version-check --progress-bar off -q -e ."
    ]
    assert calls[-1] == "balintdesk --data-dir /somewhere"

    status, calls = start(checkout)
    assert status == 0
    assert calls == ["balintdesk "], "the second start ran pip (or did not start the app)"


def test_a_changed_pyproject_installs_again(checkout):
    start(checkout)
    pyproject = checkout / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('"peewee>=3.17"', '"peewee>=3.18"'))
    status, calls = start(checkout)
    assert status == 0
    assert len(pip_calls(calls)) == 1 and calls[-1] == "balintdesk "
    assert pip_calls(start(checkout)[1]) == [], "and only once"


def test_a_failed_install_is_tried_again_and_the_app_not_started(checkout):
    start(checkout)
    pyproject = checkout / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + "# changed\n")
    status, calls = start(checkout, pip_fails=True)
    assert status != 0
    assert len(pip_calls(calls)) == 1
    assert not [call for call in calls if call.startswith("balintdesk")]
    status, calls = start(checkout)
    assert status == 0 and len(pip_calls(calls)) == 1, "the failure left a stamp"


def test_a_missing_entry_point_is_installed_again(checkout):
    start(checkout)
    (checkout / ".venv" / "bin" / "balintdesk").unlink()
    status, calls = start(checkout)
    assert status == 0 and len(pip_calls(calls)) == 1 and calls[-1] == "balintdesk "


def test_a_venv_whose_python_is_gone_is_made_again_and_installed(checkout):
    start(checkout)
    (checkout / ".venv" / "bin" / "python").unlink()
    status, calls = start(checkout)
    assert status == 0
    assert len(pip_calls(calls)) == 1 and calls[-1] == "balintdesk "
    assert (checkout / ".venv" / "bin" / "python").exists()


def test_a_venv_without_pip_is_made_again(checkout):
    start(checkout)
    site = next((checkout / ".venv" / "lib").glob("python3*/site-packages"))
    shutil.rmtree(site / "pip")
    status, calls = start(checkout)
    assert status == 0 and len(pip_calls(calls)) == 1
    assert (site / "pip" / "__main__.py").exists(), "a new venv, with pip"


def test_the_test_command_keeps_its_own_stamp(checkout):
    """tests/run.sh installs ".[test,build]" with the same function: its stamp is not
    the plain install's, so neither hides that the other still has to install."""
    start(checkout)
    log = checkout.parent / "calls.log"
    log.unlink()
    script = (
        'REPO=$1; source "$REPO/packaging/dev-env.sh"; ensure_venv; ensure_installed test,build'
    )
    env = environment(checkout, log)
    for _ in range(2):
        subprocess.run(["bash", "-c", script, "bash", str(checkout)], env=env, check=True)
    assert pip_calls(log.read_text().splitlines()) == [
        "pip install --disable-pip-version-check --progress-bar off -q -e .[test,build]"
    ]
    assert pip_calls(start(checkout)[1]) == []
