"""Small file systems made by a test: a tmpfs to fill, and a read-only view of a folder.

A permission bit cannot stand in for either: the tests run as root here and in CI, and
root writes through a read-only mode bit. So they mount: `mount -t tmpfs -o size=…`
(util-linux mount(8), tmpfs(5)), and a bind mount remounted read-only (`mount --bind`,
then `mount -o remount,bind,ro`: mount(8), "The bind mount operation"), which refuses
every write with EROFS, for root too. Mounting needs root, or password-less sudo. Where
it is impossible (neither, not Linux, a container without CAP_SYS_ADMIN) the tests skip
with the reason — except under CI=true, where CI runs as root and a skip would hide the
test: there they fail.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def needs(problem: str) -> None:
    """Skip for want of `problem` — but fail under CI, where it must be there."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and {problem}")
    pytest.skip(problem)


def _as_root() -> list[str]:
    """The prefix that runs a command as root: none as root, else password-less sudo."""
    if not sys.platform.startswith("linux"):
        needs("mounting a test file system needs Linux")
    if shutil.which("mount") is None:
        needs("no mount command: install mount (util-linux)")
    if os.geteuid() == 0:
        return []
    sudo = shutil.which("sudo")
    if sudo and subprocess.run([sudo, "-n", "true"], capture_output=True).returncode == 0:
        return [sudo, "-n"]
    needs("mounting a test file system needs root (or password-less sudo)")
    return []  # not reached: needs() skips or fails


def _mount(*args: str) -> None:
    done = subprocess.run([*_as_root(), "mount", *args], capture_output=True, text=True)
    if done.returncode != 0:
        needs(f"mount {' '.join(args)} failed: {done.stderr.strip()}")


def _unmount(target: Path) -> None:
    # Lazy: a process the test started may still hold a file there for a moment.
    subprocess.run([*_as_root(), "umount", "-l", str(target)], capture_output=True, check=False)


@contextlib.contextmanager
def small_tmpfs(target: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of `size_kib` KiB mounted on `target` (made if missing)."""
    target.mkdir(parents=True, exist_ok=True)
    owner = f"uid={os.getuid()},gid={os.getgid()}"  # the test's user writes there
    _mount("-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700,{owner}", "tmpfs", str(target))
    try:
        yield target
    finally:
        _unmount(target)


@contextlib.contextmanager
def read_only_view(source: Path, target: Path) -> Iterator[Path]:
    """`source` seen read-only at `target`: every write there fails with EROFS."""
    target.mkdir(parents=True, exist_ok=True)
    _mount("--bind", str(source), str(target))
    try:
        remounted = subprocess.run(
            [*_as_root(), "mount", "-o", "remount,bind,ro", str(target)],
            capture_output=True,
            text=True,
        )
        if remounted.returncode != 0:
            needs(f"a read-only remount failed: {remounted.stderr.strip()}")
        yield target
    finally:
        _unmount(target)


def fill(folder: Path, leave_bytes: int) -> Path:
    """Fill the file system holding `folder` up to `leave_bytes` free; the filler file."""
    filler = folder / "filler"
    block = b"\0" * 4096
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(block)
        except OSError:
            pass
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave_bytes))
    return filler
