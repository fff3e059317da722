"""A command whose reader goes away (`balintdesk rules list | head -1`) stops quietly:
no traceback, no "Exception ignored" at exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_a_closed_pipe_is_no_traceback(tmp_path: Path) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the command writes a word
    try:
        done = subprocess.run(
            [sys.executable, "-m", "balintdesk", "--data-dir", str(tmp_path), "rules", "list"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env={**os.environ, "BALINTDESK_LANGUAGE": "en"},
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == 1
