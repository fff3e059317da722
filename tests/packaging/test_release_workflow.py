"""The release workflow (.github/workflows/release.yml) builds on Windows and macOS, which
cannot run here; tests/run.sh checks it statically with jactionlint and shellcheck. This
shows that check passes on the workflow as it is and bites on a broken copy: a bad
expression, an unknown runner label, and a shell mistake only shellcheck sees (so a
jactionlint that quietly ran without shellcheck would fail here).

jactionlint comes with the [test] extra, shellcheck with tests/run.sh's Debian packages;
under CI=true a missing one fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
JACTIONLINT = shutil.which("jactionlint", path=str(Path(sys.executable).parent)) or shutil.which(
    "jactionlint"
)

pytestmark = pytest.mark.skipif(
    (JACTIONLINT is None or shutil.which("shellcheck") is None) and os.environ.get("CI") != "true",
    reason="jactionlint ([test] extra) or shellcheck (Debian) is not installed; tests/run.sh "
    "installs both",
)


def lint(folder: Path) -> subprocess.CompletedProcess[str]:
    assert JACTIONLINT is not None, "jactionlint is not installed (pip install -e .[test])"
    assert shutil.which("shellcheck"), "shellcheck is not installed (apt-get install shellcheck)"
    workflows = sorted(str(p) for p in (folder / ".github" / "workflows").glob("*.yml"))
    return subprocess.run(
        [JACTIONLINT, "--no-online", "--no-color", "--oneline", "--strict-exit", *workflows],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_release_workflow_is_clean():
    done = lint(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_broken_workflow_is_caught(tmp_path):
    text = WORKFLOW.read_text(encoding="utf-8")
    broken = (
        text.replace("os: macos-15-intel", "os: macos-11")
        .replace("if: runner.os == 'Linux'", "if: runner.oss == 'Linux'")
        .replace(
            "run: bash packaging/smoke_linux.sh",
            "run: |\n          deb=$(ls dist/*.deb)\n          bash packaging/smoke_linux.sh $deb",
        )
    )
    assert broken.count("\n") == text.count("\n") + 2, "every change found its place"
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "release.yml").write_text(broken, encoding="utf-8")
    done = lint(tmp_path)
    assert done.returncode != 0
    assert '"macos-11" is unknown' in done.stdout
    assert 'property "oss" is not defined' in done.stdout
    assert "SC2086" in done.stdout, "shellcheck saw the run: step"
