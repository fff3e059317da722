"""`balintdesk --self-test` (balintdesk.ui.selftest) from source, offscreen.

The whole self-test runs in a child process, as a user runs it: it makes its own
QApplication, binds the models to its own database and quits its event loop, none of
which may leak into the other tests' shared QApplication.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from balintdesk.ui import selftest

RUN = "import sys; from balintdesk.ui.selftest import main; sys.exit(main(sys.argv[1:]))"


def test_self_test_passes_and_writes_its_report(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", RUN, "--self-test", "--out", str(report)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    printed = done.stdout
    written = report.read_text(encoding="utf-8")
    assert written.strip() == printed.strip()
    for check in ("resources", "database", "backup", "encryption", "keyring", "main window"):
        assert any(line.split(":")[0].endswith(check) for line in written.splitlines()), check
    assert "FAIL" not in written
    assert written.splitlines()[-1].startswith("PASS self-test")


def test_out_without_a_file_name_is_a_usage_error(capsys) -> None:
    assert selftest.main(["--self-test", "--out"]) == 2
    assert "--out" in capsys.readouterr().err


def test_a_failing_check_fails_the_whole_self_test(capsys) -> None:
    report = selftest.Report()
    report.run("broken", lambda: 1 / 0)
    report.run("fine", lambda: "yes")
    assert report.failed == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("FAIL broken: ZeroDivisionError")
    assert lines[1] == "ok   fine: yes"
