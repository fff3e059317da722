"""Many BalintDesk processes started together on one data folder: each succeeds or waits
its turn, and nothing committed is lost.

Real processes (`python -m balintdesk …`), not threads: the races are between separate
SQLite connections, file locks and file names, as on a practice PC where a scheduled
backup, an import script and the window start at the same minute. Each crowd mixes roster
imports into one new group, `group set` creating one new group twice, history imports,
exports, `check`, backups in the same second, and two window starts (the second asks the
first to come forward). Before issue 14, 2–13 of every 100 such commands failed ("table
balint_group already exists", "duplicate column name", "disk I/O error" on a backup,
"There is already a group called …").
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from balintdesk.paths import backups_dir, database_path
from balintdesk.store.migrations import LATEST_VERSION
from tests.store.test_migrations import GROUPS, MEMBERS, make_v1_database

REPO = Path(__file__).resolve().parents[2]
TIMEOUT_SECONDS = 90  # for the whole crowd; it takes about 5 s here
NEW_GROUP = "Crowd group"
SET_GROUP = "Evening group"
IMPORTERS = 4
MEMBERS_EACH = 5


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        PYTHONPATH=str(REPO),
        QT_QPA_PLATFORM="offscreen",
        BALINTDESK_EXIT_AFTER_SHOW="1",  # a window start quits once its data is shown
    )
    return env


def _name(importer: int, index: int) -> str:
    return f"Dr Crowd {importer}-{index}"


def _files(folder: Path) -> dict[str, Path]:
    folder.mkdir(exist_ok=True)
    made = {}
    for importer in range(IMPORTERS):
        rows = "".join(f"{_name(importer, i)},gp\n" for i in range(MEMBERS_EACH))
        made[f"roster{importer}"] = folder / f"roster{importer}.csv"
        made[f"roster{importer}"].write_text("name,role\n" + rows, encoding="utf-8")
    # Two past meetings of the crowd group, held; the same date twice on purpose.
    for index, weeks in enumerate((2, 2, 3)):
        day = dt.date.today() - dt.timedelta(weeks=weeks)
        rows = "".join(f"{day},{_name(index, i)},present,no\n" for i in range(MEMBERS_EACH))
        made[f"history{index}"] = folder / f"history{index}.csv"
        made[f"history{index}"].write_text("date,name,status,presented\n" + rows, "utf-8")
    return made


def _crowd(
    data_dir: Path, files: dict[str, Path], out: Path, existing: str | None, check: bool = True
) -> list:
    """The commands of one crowd, as argument lists after `python -m balintdesk`.

    `check` only where the data has no problems of its own (the old test data has some,
    on purpose: look-alike names that "check" rightly reports)."""
    data = ["--data-dir", str(data_dir)]
    every = ["--every", "weekly", "--weekday", "wed", "--time", "18:00", "--length", "90"]
    commands = [
        [*data, "roster", "import", str(files[f"roster{i}"]), "--group", NEW_GROUP]
        for i in range(IMPORTERS)
    ]
    commands += [[*data, "group", "set", "--group", SET_GROUP, *every]] * 2
    commands += [[*data, "backup"]] * 3 + [[*data, "backup", str(out)]]
    commands += [data, data]  # window starts
    if check:
        commands.append([*data, "check"])
    if existing is not None:
        commands += [
            [*data, "roster", "export", "--group", existing],
            [*data, "roster", "export", "--group", existing, "--out", str(out / "r.csv")],
            [*data, "rota", "--group", existing, "--format", "csv"],
        ]
    return commands


def _run_crowd(commands: list[list[str]]) -> list[subprocess.CompletedProcess]:
    env = _env()
    started = [
        (
            args,
            subprocess.Popen(
                [sys.executable, "-m", "balintdesk", *args],
                env=env,
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            ),
        )
        for args in commands
    ]
    done = []
    for args, process in started:
        stdout, stderr = process.communicate(timeout=TIMEOUT_SECONDS)
        done.append(subprocess.CompletedProcess(args, process.returncode, stdout, stderr))
    return done


def _assert_all_succeeded(done: list[subprocess.CompletedProcess]) -> None:
    failed = [
        f"{' '.join(d.args[2:])} → {d.returncode}: {d.stderr.strip()}"
        for d in done
        if d.returncode != 0
    ]
    assert failed == [], f"{len(failed)} of {len(done)} failed"


def _read(data_dir: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{database_path(data_dir).as_uri()}?mode=ro", uri=True)


def _assert_sound(path: Path) -> None:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], path.name
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1, path.name
    finally:
        conn.close()


def _assert_everything_kept(data_dir: Path, done: list[subprocess.CompletedProcess]) -> None:
    _assert_sound(database_path(data_dir))
    conn = _read(data_dir)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        groups = [row[0] for row in conn.execute("SELECT name FROM balint_group")]
        assert groups.count(NEW_GROUP) == 1 and groups.count(SET_GROUP) == 1, groups
        members = {
            row[0]
            for row in conn.execute(
                "SELECT m.name FROM member m JOIN balint_group g ON g.id = m.group_id "
                "WHERE g.name = ?",
                (NEW_GROUP,),
            )
        }
        wanted = {_name(i, j) for i in range(IMPORTERS) for j in range(MEMBERS_EACH)}
        assert members == wanted
    finally:
        conn.close()
    # Every backup a process reported is its own file, whole and sound.
    made = [Path(d.stdout.strip()) for d in done if d.args[2:3] == ["backup"]]
    assert len(set(made)) == len(made), made
    for path in made:
        _assert_sound(path)


def test_a_crowd_on_a_new_folder_and_then_on_the_same_folder(tmp_path: Path) -> None:
    data_dir, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    files = _files(tmp_path / "files")

    first = _run_crowd(_crowd(data_dir, files, out, existing=None))
    _assert_all_succeeded(first)
    _assert_everything_kept(data_dir, first)

    second_commands = _crowd(data_dir, files, out, existing=NEW_GROUP)
    second_commands += [
        [
            "--data-dir",
            str(data_dir),
            "history",
            "import",
            str(files[f"history{i}"]),
            "--group",
            NEW_GROUP,
        ]
        for i in range(3)
    ]
    second = _run_crowd(second_commands)
    _assert_all_succeeded(second)
    _assert_everything_kept(data_dir, second)
    conn = _read(data_dir)
    try:
        # history0 and history1 share a date: one meeting; history2 another.
        held = conn.execute(
            "SELECT count(DISTINCT a.meeting_id), count(*) FROM attendance a "
            "JOIN meeting m ON m.id = a.meeting_id WHERE m.local_date < date('now')"
        ).fetchone()
        assert held == (2, 3 * MEMBERS_EACH)
    finally:
        conn.close()


def test_a_crowd_on_an_older_database_migrates_it_once(tmp_path: Path) -> None:
    data_dir, out = tmp_path / "data", tmp_path / "out"
    data_dir.mkdir()
    out.mkdir()
    make_v1_database(database_path(data_dir))
    existing = GROUPS[0][1]

    files = _files(tmp_path / "files")
    done = _run_crowd(_crowd(data_dir, files, out, existing=existing, check=False))
    _assert_all_succeeded(done)
    _assert_everything_kept(data_dir, done)
    conn = _read(data_dir)
    try:
        kept = {row[0] for row in conn.execute("SELECT name FROM member")}
        assert {row[2] for row in MEMBERS} <= kept
        assert {row[1] for row in GROUPS} <= {
            r[0] for r in conn.execute("SELECT name FROM balint_group")
        }
    finally:
        conn.close()
    # One process migrated, after one backup of version 1; the others found it done.
    before = sorted(backups_dir(data_dir).glob("*-pre-migration-v1.sqlite3"))
    assert len(before) == 1, before
    _assert_sound(before[0])
    assert not list(backups_dir(data_dir).glob("*.partial*"))
