"""BalintDesk's bundle against a bare PySide6 "hello window" bundle: size, installer, start.

Runs only with BALINTDESK_BENCH_BUNDLE=1 (it builds two PyInstaller bundles and a .deb,
a minute or two), on Linux, with PyInstaller and dpkg-deb installed:

    BALINTDESK_BENCH_BUNDLE=1 python -m pytest tests/bench/test_bench_bundle.py -s

Method:
- BalintDesk: `python packaging/build.py --no-lintian` (the real bundle and .deb).
  Bare: packaging/bench/hello.spec, the same PyInstaller options and Qt filter, and a
  .deb made with the same dpkg-deb compression (xz -9), so the installers compare.
- Bundle size: the sum of the files' sizes in the one-folder bundle (decimal MB).
- Start: wall-clock time from just before `subprocess.run` to the moment the app's
  main window has been shown (its `show()` has returned), which the app prints as a
  time stamp (BALINTDESK_EXIT_AFTER_SHOW=1 for BalintDesk, handled by
  balintdesk.app.install_exit_after_show; hello.py always does it). BalintDesk shows its
  window before it opens its data (ui/session.py), so it also prints when the data is
  open and the Roster filled: printed as "page filled", beside the aim, not instead of
  it. Offscreen platform; one untimed run of each first, then START_RUNS of each, taking
  turns (bare, BalintDesk, bare, …) so a busy moment on the machine hits both alike;
  the medians are compared. BalintDesk starts on a data folder that already holds a
  group, so its real main window shows (not the welcome), and its first daily backup
  has been made by the untimed run.
  "Cold" here is a new process each time; the files are in the page cache after the
  first run (dropping the cache needs root and would time the disk, not the app).
The figures are printed, never asserted; the aims (start within 1.3x the bare bundle,
bundle <= 160 MB, .deb <= 50 MB) are printed beside them.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from balintdesk.app import FILLED_MARKER, SHOWN_MARKER

pytestmark = [
    pytest.mark.bench,
    pytest.mark.skipif(
        os.environ.get("BALINTDESK_BENCH_BUNDLE") != "1",
        reason="builds two PyInstaller bundles; set BALINTDESK_BENCH_BUNDLE=1 to run it",
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds a .deb: Linux"),
]

ROOT = Path(__file__).resolve().parents[2]
START_RUNS = 15
MARKER = SHOWN_MARKER  # what hello.py prints too
AIM_START_RATIO = 1.3
AIM_BUNDLE_MB = 160
AIM_DEB_MB = 50


def tree_mb(path: Path) -> float:
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


def build_hello(work: Path) -> tuple[Path, Path]:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "packaging" / "bench" / "hello.spec"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
        ],
        check=True,
        cwd=ROOT,
    )
    bundle = work / "dist" / "hello"
    root = work / "deb"
    shutil.copytree(bundle, root / "opt" / "hello", symlinks=True)
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(
        "Package: hello-pyside6\nVersion: 1.0\nArchitecture: amd64\n"
        "Maintainer: bench <bench@example.org>\nDescription: bare PySide6 window\n"
        " For the bundle benchmark.\n",
        encoding="utf-8",
    )
    deb = work / "hello_1.0_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z9", "--build", str(root), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return bundle / "hello", deb


def build_balintdesk() -> tuple[Path, Path]:
    subprocess.run([sys.executable, "packaging/build.py", "--no-lintian"], check=True, cwd=ROOT)
    from balintdesk import __version__

    return ROOT / "dist" / "balintdesk" / "balintdesk", (
        ROOT / "dist" / f"balintdesk_{__version__}_amd64.deb"
    )


def start_seconds(exe: Path, env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds to the window shown, and to its data on screen (None if not printed)."""
    began = time.time()
    done = subprocess.run([str(exe)], env=env, capture_output=True, text=True, timeout=60)
    lines = done.stdout.splitlines()
    shown = [line for line in lines if line.startswith(MARKER)]
    assert shown, f"{exe.name} never showed its window:\n{done.stdout}\n{done.stderr}"
    filled = [line for line in lines if line.startswith(FILLED_MARKER)]
    return (
        float(shown[0].split()[1]) - began,
        float(filled[0].split()[1]) - began if filled else None,
    )


def taking_turns(
    hello: tuple[Path, dict[str, str]], app: tuple[Path, dict[str, str]]
) -> tuple[list[float], list[float], list[float]]:
    """START_RUNS starts of each, alternating: bare shown, BalintDesk shown, BalintDesk
    filled."""
    start_seconds(*hello)  # untimed: page cache
    start_seconds(*app)  # untimed: page cache, first daily backup
    bare, shown, filled = [], [], []
    for _ in range(START_RUNS):
        bare.append(start_seconds(*hello)[0])
        app_shown, app_filled = start_seconds(*app)
        shown.append(app_shown)
        assert app_filled is not None, "BalintDesk never said its data was on screen"
        filled.append(app_filled)
    return bare, shown, filled


def test_bundle_against_bare_pyside6(tmp_path: Path) -> None:
    for tool in ("dpkg-deb",):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    pytest.importorskip("PyInstaller")

    hello_exe, hello_deb = build_hello(tmp_path / "hello")
    app_exe, app_deb = build_balintdesk()

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    data = tmp_path / "data"
    subprocess.run(
        [
            str(app_exe),
            "--data-dir",
            str(data),
            "group",
            "set",
            "--group",
            "Bench group",
            "--every",
            "weekly",
            "--weekday",
            "tue",
            "--time",
            "19:00",
            "--length",
            "90",
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    app_env = dict(env, BALINTDESK_DATA_DIR=str(data), BALINTDESK_EXIT_AFTER_SHOW="1")

    hello_runs, app_runs, filled_runs = taking_turns((hello_exe, env), (app_exe, app_env))
    hello_start = statistics.median(hello_runs)
    app_start = statistics.median(app_runs)
    app_filled = statistics.median(filled_runs)

    rows = [
        ("bundle (MB)", tree_mb(app_exe.parent), tree_mb(hello_exe.parent), f"<= {AIM_BUNDLE_MB}"),
        (
            ".deb (MB)",
            app_deb.stat().st_size / 1e6,
            hello_deb.stat().st_size / 1e6,
            f"<= {AIM_DEB_MB}",
        ),
        (
            f"start, median of {START_RUNS} (s)",
            app_start,
            hello_start,
            f"<= {AIM_START_RATIO} x bare = {AIM_START_RATIO * hello_start:.3f}",
        ),
    ]
    print(f"\n{'':<26}{'BalintDesk':>12}{'bare PySide6':>14}   aim")
    for name, app, bare, aim in rows:
        print(f"{name:<26}{app:>12.3f}{bare:>14.3f}   {aim}")
    print(f"{'  page filled (s)':<26}{app_filled:>12.3f}{'':>14}   (not an aim: after the window)")
    print(f"start ratio BalintDesk / bare: {app_start / hello_start:.2f} (window shown)")
    print(f"                               {app_filled / hello_start:.2f} (Roster filled)")
    print("BalintDesk runs (s):", " ".join(f"{s:.3f}" for s in app_runs))
    print("  filled (s):       ", " ".join(f"{s:.3f}" for s in filled_runs))
    print("bare runs (s):      ", " ".join(f"{s:.3f}" for s in hello_runs))

    assert len(app_runs) == len(hello_runs) == START_RUNS
