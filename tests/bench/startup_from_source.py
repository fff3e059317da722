"""Cold start from source: BalintDesk's first shown main window against a bare PySide6 window.

Not a test (pytest does not collect it: no test_ prefix); a script that prints figures.
Run it from the repository root with the project's Python:

    .venv/bin/python tests/bench/startup_from_source.py
    .venv/bin/python tests/bench/startup_from_source.py --before 6a6abfc   # also an old commit
    .venv/bin/python tests/bench/startup_from_source.py --runs 20

Method (the same as tests/bench/test_bench_bundle.py, without PyInstaller):
- bare: packaging/bench/hello.py — a QApplication and a QMainWindow with a label,
  shown; it prints the marker with time.time() once its `show()` has returned.
- BalintDesk: `python -m balintdesk` with BALINTDESK_EXIT_AFTER_SHOW=1, which prints the
  same marker once the main window's `show()` has returned, and FILLED_MARKER once the
  data is open and the Roster filled, then quits (app.install_exit_after_show).
  With --before REV, that commit is exported with `git archive` into a temporary folder
  (the working tree is not touched) and started through its packaging/launch.py, which
  honoured BALINTDESK_EXIT_AFTER_SHOW before app.py did, from that folder, so its own
  package is imported. Commits before 72eed51 marked the window from an event filter on
  the whole application, which PySide6 calls for every event of every widget (about
  16 ms more for BalintDesk's window, 517 events): their figures include that cost.
- Both with QT_QPA_PLATFORM=offscreen and no DISPLAY, and with bytecode caching on
  (PYTHONDONTWRITEBYTECODE dropped, PYTHONPYCACHEPREFIX a temporary folder), as an
  installed app has its .pyc files; without it each start compiles every module again.
  BalintDesk starts on a data folder (BALINTDESK_DATA_DIR) prepared with the CLI: a weekly
  group with twelve members, so the real main window shows (not the welcome) and the
  pages have something to show.
- Start = marker time minus the time just before subprocess.run. A new process each
  time ("cold" for the process; the files are in the page cache after the untimed first
  run, which also makes the first daily backup). Median of --runs (default 10); the
  starts take turns (bare, before, now, bare, …) so a busy moment hits all alike.
- BALINTDESK-PAGE-FILLED: BalintDesk shows its window before it opens its data
  (ui/session.py) and prints this marker when the Roster has its data; printed as
  "page filled", beside the aim (which is on the window shown), never instead of it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARKER = "BALINTDESK-WINDOW-SHOWN"
FILLED_MARKER = "BALINTDESK-PAGE-FILLED"
AIM_RATIO = 1.3

# The same bare window the bundle benchmark builds (it prints the same marker).
HELLO = ROOT / "packaging" / "bench" / "hello.py"

MEMBERS_CSV = "name,role,leader\n" + "".join(
    f"{name},GP,{'yes' if i < 2 else 'no'}\n"
    for i, name in enumerate(
        (
            "Dr Ann Hale",
            "Dr Ben Okafor",
            "Dr Cara Jones",
            "Dr Dan Evans",
            "Dr Eve Moss",
            "Dr Finn Reid",
            "Dr Gita Rao",
            "Dr Hugo Lane",
            "Dr Iris Park",
            "Dr Jon Ward",
            "Dr Kim Shaw",
            "Dr Lea Ford",
        )
    )
)


def base_env(pycache: Path) -> dict[str, str]:
    drop = ("DISPLAY", "WAYLAND_DISPLAY", "BALINTDESK_DATA_DIR", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Compiled bytecode, as an installed app has, kept out of the source tree.
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def prepare_data(data: Path, env: dict[str, str], tree: Path = ROOT) -> None:
    """A group with members, made by `tree`'s own CLI (its schema may differ from ours)."""
    cli = [sys.executable, "-m", "balintdesk", "--data-dir", str(data)]
    run = dict(env=env, cwd=tree, check=True, capture_output=True)
    subprocess.run(
        [
            *cli,
            *("group", "set", "--group", "Bench group", "--every", "weekly"),
            *("--weekday", "tue", "--time", "19:00", "--length", "90"),
        ],
        **run,
    )
    members = data.parent / f"{data.name}-members.csv"
    members.write_text(MEMBERS_CSV, encoding="utf-8")
    subprocess.run([*cli, "roster", "import", str(members), "--group", "Bench group"], **run)


def start_once(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float | None]:
    began = time.time()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=60)
    lines = done.stdout.splitlines()
    shown = [line for line in lines if line.startswith(MARKER)]
    if not shown:
        raise SystemExit(f"{command} never showed its window:\n{done.stdout}\n{done.stderr}")
    filled = [line for line in lines if line.startswith(FILLED_MARKER)]
    return (
        float(shown[0].split()[1]) - began,
        float(filled[0].split()[1]) - began if filled else None,
    )


@dataclass
class Subject:
    name: str
    command: list[str]
    env: dict[str, str]
    cwd: Path
    shown: list[float] = field(default_factory=list)
    filled: list[float] = field(default_factory=list)

    def median(self) -> float:
        return statistics.median(self.shown)

    def filled_median(self) -> float | None:
        """The first page's data, if it came after the window (every run said so)."""
        if self.filled and len(self.filled) == len(self.shown):
            return statistics.median(self.filled)
        return None


def measure(subjects: list[Subject], runs: int) -> None:
    """Each subject once untimed (page cache, first daily backup), then `runs` rounds of
    one start each, in turn, so a busy moment on the machine falls on all alike."""
    for subject in subjects:
        start_once(subject.command, subject.env, subject.cwd)
    for _ in range(runs):
        for subject in subjects:
            shown, filled = start_once(subject.command, subject.env, subject.cwd)
            subject.shown.append(shown)
            if filled is not None:
                subject.filled.append(filled)
    for subject in subjects:
        runs_text = " ".join(f"{s:.3f}" for s in subject.shown)
        median = subject.median()
        print(f"{subject.name:<16} window shown, median {median:.3f} s; runs: {runs_text}")
        filled = subject.filled_median()
        if filled is not None:
            print(f"{'':<16} page filled,  median {filled:.3f} s")


def export_commit(rev: str, folder: Path) -> Path:
    tree = folder / "tree"
    tree.mkdir()
    archive = subprocess.run(
        ["git", "archive", rev], cwd=ROOT, check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--before", metavar="REV", help="also measure this git commit")
    parser.add_argument(
        "--language",
        nargs="+",
        default=["en", "de"],
        help="measure BalintDesk in each of these languages (BALINTDESK_LANGUAGE): English "
        "loads only the plurals' catalogue, German all of its own",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="balintdesk-startbench-") as tmp:
        folder = Path(tmp)
        env = base_env(folder / "pycache")
        data = folder / "data"
        prepare_data(data, env)
        app_env = dict(env, BALINTDESK_DATA_DIR=str(data), BALINTDESK_EXIT_AFTER_SHOW="1")

        print(f"Python {sys.version.split()[0]}, offscreen, median of {args.runs} starts\n")
        bare = Subject("bare PySide6", [sys.executable, str(HELLO)], env, ROOT)
        subjects = [bare]
        before = None
        if args.before:
            tree = export_commit(args.before, folder)
            old_env = dict(env, PYTHONPATH=str(tree))
            old_data = folder / "data-before"
            prepare_data(old_data, old_env, tree)
            before = Subject(
                f"before {args.before[:10]}",
                [sys.executable, str(tree / "packaging" / "launch.py")],
                dict(app_env, PYTHONPATH=str(tree), BALINTDESK_DATA_DIR=str(old_data)),
                tree,
            )
            subjects.append(before)
        nows = [
            Subject(
                f"BalintDesk ({code})",
                [sys.executable, "-m", "balintdesk"],
                dict(app_env, BALINTDESK_LANGUAGE=code),
                ROOT,
            )
            for code in args.language
        ]
        subjects += nows
        measure(subjects, args.runs)

    base = bare.median()
    print()
    print(f"aim: BalintDesk <= {AIM_RATIO} x bare = {AIM_RATIO * base:.3f} s")
    if before is not None:
        print(f"before: {before.median():.3f} s = {before.median() / base:.2f} x bare")
    for now in nows:
        print(f"{now.name}: {now.median():.3f} s = {now.median() / base:.2f} x bare (window shown)")
        filled = now.filled_median()
        if filled is not None:
            print(f"        {filled:.3f} s = {filled / base:.2f} x bare (first page filled)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
