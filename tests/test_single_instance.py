"""A second BalintDesk on the same data folder brings the first forward and exits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from balintdesk.instance import LOCK_NAME, SingleInstance


def test_second_instance_is_refused_and_asks_the_first_to_come_forward(qtbot, data_dir):
    first = SingleInstance(data_dir)
    assert first.acquire()
    second = SingleInstance(data_dir)
    assert not second.acquire()
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        second.ask_running_instance_to_raise()
    assert not second.request_file.exists(), "the request is consumed"
    first.release()
    third = SingleInstance(data_dir)
    assert third.acquire(), "after the first closes, the next start may open"
    third.release()


def _start_gui(data_dir: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "balintdesk", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait_for(predicate, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def _log_text(data_dir: Path) -> str:
    log = data_dir / "logs" / "balintdesk.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_real_processes_one_window_per_data_folder_and_a_killed_lock_is_stale(tmp_path):
    data_dir = tmp_path / "data"
    first = _start_gui(data_dir)
    try:
        assert _wait_for(lambda: "started on" in _log_text(data_dir)), "the first GUI starts"
        assert (data_dir / LOCK_NAME).exists()

        second = subprocess.run(
            [sys.executable, "-m", "balintdesk", "--data-dir", str(data_dir)],
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            capture_output=True,
            timeout=60,
        )
        assert second.returncode == 0
        assert "already open" in _log_text(data_dir)
        assert _wait_for(lambda: "bringing the window forward" in _log_text(data_dir))
        assert first.poll() is None, "the first one is still running"
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)

    # The lock file left by a killed process must not keep BalintDesk shut forever.
    third = _start_gui(data_dir)
    try:
        assert _wait_for(lambda: _log_text(data_dir).count("started on") == 2)
    finally:
        third.send_signal(signal.SIGKILL)
        third.wait(timeout=30)
