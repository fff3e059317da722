"""libical, the C library behind Evolution and other calendar programs, reading our calendar
files: libical_check.c (next to this file) is compiled against Debian's libical-dev when
the tests run and prints what libical read and every error it found (see its comment).

Without a C compiler, pkg-config or libical-dev the tests skip — except under CI=true,
where they fail: tests/run.sh installs all three (TEST_PACKAGES).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ON_CI = os.environ.get("CI") == "true"
SOURCE = Path(__file__).with_name("libical_check.c")


def needs(problem: str) -> None:
    """Skip for want of `problem` — but fail under CI, where it must be there."""
    if ON_CI:
        pytest.fail(f"CI=true and {problem}")
    pytest.skip(problem)


def build_checker(folder: Path) -> Path:
    """Compile libical_check.c into `folder`; the program's path."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        needs("no C compiler (cc): install gcc")
    if shutil.which("pkg-config") is None:
        needs("no pkg-config: install pkg-config")
    flags = subprocess.run(
        ["pkg-config", "--cflags", "--libs", "libical"], capture_output=True, text=True
    )
    if flags.returncode != 0:
        needs(f"pkg-config knows no libical ({flags.stderr.strip()}): install libical-dev")
    program = folder / "libical_check"
    built = subprocess.run(
        [compiler, "-Wall", "-o", str(program), str(SOURCE), *flags.stdout.split()],
        capture_output=True,
        text=True,
    )
    # A compiler and libical that are there but cannot build the checker is our fault.
    assert built.returncode == 0, built.stderr
    return program


@dataclass(frozen=True)
class LibicalEvent:
    uid: str
    sequence: int
    start: str  # UTC, as libical reckons it through the file's VTIMEZONE: 20260303T123000Z
    end: str
    status: str
    summary: str
    location: str
    description: str
    organizer: str
    organizer_cn: str
    last_modified: str
    stamp: str


@dataclass(frozen=True)
class LibicalReading:
    returncode: int
    calendars: list[tuple[str, str, str]]  # (METHOD, NAME, X-WR-CALNAME)
    events: list[LibicalEvent]
    errors: list[str]  # "where component uid: message"
    counts: tuple[int, int, int, int]  # calendars, events, time zones, errors

    def by_uid(self) -> dict[str, LibicalEvent]:
        return {event.uid: event for event in self.events}


_ESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES[m.group(1)], text)


def read_with_libical(checker: Path, path: Path) -> LibicalReading:
    run = subprocess.run([str(checker), str(path)], capture_output=True, timeout=60)
    assert run.returncode in (0, 1), (run.returncode, run.stdout, run.stderr)
    calendars, events, errors = [], [], []
    counts = None
    for line in run.stdout.decode("utf-8").splitlines():
        kind, *fields = [_unescape(field) for field in line.split("\t")]
        if kind == "CALENDAR":
            calendars.append(tuple(fields))
        elif kind == "EVENT":
            uid, sequence, *rest = fields
            events.append(LibicalEvent(uid, int(sequence), *rest))
        elif kind == "ERROR":
            where, component, uid, message = fields
            errors.append(f"{where} {component} {uid}: {message}")
        elif kind == "COUNT":
            counts = tuple(int(field) for field in fields)
    assert counts is not None, run.stdout
    assert counts[3] == len(errors) and (run.returncode == 1) == bool(errors)
    return LibicalReading(run.returncode, calendars, events, errors, counts)
