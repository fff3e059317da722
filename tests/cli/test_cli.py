"""The admin command line, in-process through `cli.main` and as a real subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from balintdesk import __version__
from balintdesk.cli import main as cli
from balintdesk.domain.roster_csv import parse_roster_csv
from balintdesk.paths import DATA_DIR_ENV, backups_dir, database_path
from balintdesk.store.db import list_backups
from balintdesk.store.models import Group, Member
from balintdesk.store.roster import find_group

from ._cli_helpers import opened

REPO = Path(__file__).resolve().parents[2]
GOOD_CSV = (
    "\ufeffName,Role,Leader,Email,Joined\r\n"
    '"Patel, Anjali (Dr)",GP,yes,anjali@example.org,03/09/2024\r\n'
    "Dr Siobhán O'Neill,GP trainee,no,,2024-09-10\r\n"
)
BAD_CSV = (
    "name,role,leader\n"
    "Anjali Patel,GP,yes\n"  # 2 fine
    "Ben Okafor,Consultant,yes\n"  # 3 unknown role
    "Cara Jones,Nurse,no\n"  # 4 fine
    "Dan Evans,GP,perhaps\n"  # 5 bad leader
)


@pytest.fixture
def good_csv(tmp_path: Path) -> Path:
    path = tmp_path / "roster.csv"
    path.write_bytes(GOOD_CSV.encode("utf-8"))
    return path


def import_good(data_dir: Path, good_csv: Path, group: str = "Thursday Balint") -> None:
    assert (
        cli.main(["--data-dir", str(data_dir), "roster", "import", str(good_csv), "--group", group])
        == 0
    )


# --- arguments --------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"BalintDesk {__version__}\n"
    assert __version__ == "0.1.0"


def test_no_subcommand_means_the_window() -> None:
    args = cli.parse_args(["--data-dir", "/somewhere"])
    assert args.command is None
    assert args.data_dir == "/somewhere"
    assert cli.parse_args([]).data_dir is None


def test_data_dir_before_or_after_the_subcommand() -> None:
    before = cli.parse_args(["--data-dir", "A", "roster", "import", "f.csv", "--group", "G"])
    assert (before.data_dir, before.command, before.roster_command) == ("A", "roster", "import")
    assert (before.file, before.group) == ("f.csv", "G")
    after = cli.parse_args(["check", "--data-dir", "B"])
    assert (after.data_dir, after.command) == ("B", "check")


def test_usage_error_is_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["roster", "import", "f.csv"]) == 2  # --group missing
    assert "--group" in capsys.readouterr().err


def test_importing_cli_does_not_import_qt() -> None:
    code = "import balintdesk.cli.main, sys; print('PySide6' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.strip() == "False"


# --- data folder ------------------------------------------------------------------------


def test_data_dir_is_created_if_missing(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "new" / "deeper"
    assert cli.main(["--data-dir", str(folder), "check"]) == 0
    assert database_path(folder).is_file()


def test_env_var_names_the_data_folder(data_dir: Path, capsys) -> None:
    assert os.environ[DATA_DIR_ENV] == str(data_dir)
    assert cli.main(["check"]) == 0
    assert database_path(data_dir).is_file()


# --- roster import ----------------------------------------------------------------------


def test_import_good_file(tmp_path: Path, good_csv: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")  # the new group takes the local zone
    data_dir = tmp_path / "data"
    import_good(data_dir, good_csv)
    assert (
        capsys.readouterr().out == "Added 2, updated 0, unchanged 0 members of Thursday Balint.\n"
    )
    with opened(data_dir):
        group = find_group("thursday balint")
        assert group is not None
        assert group.timezone == "America/New_York"
        names = sorted(m.name for m in Member.select().where(Member.group == group.id))
        assert names == ["Dr Siobhán O'Neill", "Patel, Anjali (Dr)"]


def test_import_again_updates(tmp_path: Path, good_csv: Path, capsys) -> None:
    data_dir = tmp_path / "data"
    import_good(data_dir, good_csv)
    good_csv.write_text('name,role\n"patel,  anjali (dr)",Nurse\nEve Fox,\n', encoding="utf-8")
    import_good(data_dir, good_csv, group="THURSDAY BALINT")
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Added 1, updated 1, unchanged 0 members of Thursday Balint."
    )
    with opened(data_dir):
        assert Member.select().count() == 3
        assert Group.select().count() == 1


def test_bad_file_prints_each_bad_row_and_imports_nothing(tmp_path: Path, capsys) -> None:
    data_dir = tmp_path / "data"
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text(BAD_CSV, encoding="utf-8")
    status = cli.main(
        ["--data-dir", str(data_dir), "roster", "import", str(csv_file), "--group", "New"]
    )
    assert status == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert [line[:7] for line in lines if line.startswith("Line ")] == ["Line 3:", "Line 5:"]
    assert "Consultant" in lines[0]
    assert "perhaps" in lines[1]
    assert lines[2:] == ["Nothing was imported; correct the lines above and try again."]
    assert "Traceback" not in captured.err
    with opened(data_dir):
        assert Group.select().count() == 0  # the group was not created either
        assert Member.select().count() == 0


def test_import_missing_file(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nope.csv"
    status = cli.main(
        ["--data-dir", str(tmp_path / "d"), "roster", "import", str(missing), "--group", "G"]
    )
    assert status == 2
    err = capsys.readouterr().err
    assert err == f"There is no file at {missing}.\n"


def test_import_non_utf8_file(tmp_path: Path, capsys) -> None:
    csv_file = tmp_path / "latin1.csv"
    csv_file.write_bytes("name\nSiobhán\n".encode("cp1252"))
    status = cli.main(
        ["--data-dir", str(tmp_path / "d"), "roster", "import", str(csv_file), "--group", "G"]
    )
    assert status == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "Read latin1.csv as Windows-1252 (older Excel “CSV”), columns separated by commas."
    )
    # Named as UTF-8 on the command line, the same bytes are refused, at their line.
    status = cli.main(
        ["--data-dir", str(tmp_path / "d"), "roster", "import", str(csv_file), "--group", "G",
         "--encoding", "utf-8"]
    )  # fmt: skip
    assert status == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("Line 2: The file cannot be read as UTF-8")


# --- roster export ----------------------------------------------------------------------


def test_export_to_stdout(tmp_path: Path, good_csv: Path, capsysbinary) -> None:
    data_dir = tmp_path / "data"
    import_good(data_dir, good_csv)
    capsysbinary.readouterr()
    assert (
        cli.main(["--data-dir", str(data_dir), "roster", "export", "--group", "thursday balint"])
        == 0
    )
    expected = (
        "name,role,leader,email,joined\r\n"
        "Dr Siobhán O'Neill,GP trainee,no,,2024-09-10\r\n"
        '"Patel, Anjali (Dr)",GP,yes,anjali@example.org,2024-09-03\r\n'
    )
    assert capsysbinary.readouterr().out == expected.encode()


def test_export_to_file_reimports_unchanged(tmp_path: Path, good_csv: Path, capsys) -> None:
    data_dir = tmp_path / "data"
    import_good(data_dir, good_csv)
    out = tmp_path / "out" / "roster.csv"
    out.parent.mkdir()
    args = ["--data-dir", str(data_dir), "roster", "export", "--group", "Thursday Balint"]
    assert cli.main([*args, "--out", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"Wrote 2 members of Thursday Balint to {out}."
    )
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfname,role,leader,email,joined\r\n")
    assert [p.name for p in out.parent.iterdir()] == ["roster.csv"]  # no temp file left
    assert len(parse_roster_csv(data).rows) == 2
    assert (
        cli.main(
            [
                "--data-dir",
                str(data_dir),
                "roster",
                "import",
                str(out),
                "--group",
                "Thursday Balint",
            ]
        )
        == 0
    )
    assert (
        capsys.readouterr().out == "Added 0, updated 0, unchanged 2 members of Thursday Balint.\n"
    )


def test_export_unknown_group(tmp_path: Path, good_csv: Path, capsys) -> None:
    data_dir = tmp_path / "data"
    import_good(data_dir, good_csv)
    capsys.readouterr()
    out = tmp_path / "x.csv"
    args = ["--data-dir", str(data_dir), "roster", "export", "--group", "Friday", "--out", str(out)]
    assert cli.main(args) == 2
    captured = capsys.readouterr()
    assert captured.err == "There is no group called “Friday”; the groups are “Thursday Balint”.\n"
    assert captured.out == ""
    assert not out.exists()


# --- backup -----------------------------------------------------------------------------


def member_count_in(backup: Path) -> int:
    conn = sqlite3.connect(backup)
    try:
        return conn.execute("SELECT count(*) FROM member").fetchone()[0]
    finally:
        conn.close()


def test_backup_default_goes_to_backups(tmp_path: Path, good_csv: Path, capsys) -> None:
    data_dir = tmp_path / "data"
    import_good(data_dir, good_csv)
    capsys.readouterr()
    assert cli.main(["--data-dir", str(data_dir), "backup"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert [(b.path, b.kind) for b in list_backups(backups_dir(data_dir.resolve()))] == [
        (written, "manual")
    ]
    assert member_count_in(written) == 2


def test_backup_to_a_folder_or_a_file(tmp_path: Path, good_csv: Path, capsys) -> None:
    data_dir = tmp_path / "data"
    import_good(data_dir, good_csv)
    folder = tmp_path / "usb"
    folder.mkdir()
    capsys.readouterr()
    assert cli.main(["--data-dir", str(data_dir), "backup", str(folder)]) == 0
    in_folder = Path(capsys.readouterr().out.strip())
    assert in_folder.parent == folder
    assert member_count_in(in_folder) == 2
    target = folder / "mine.sqlite3"
    assert cli.main(["--data-dir", str(data_dir), "backup", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert member_count_in(target) == 2
    # An existing file is never overwritten, the live database least of all.
    live = database_path(data_dir)
    assert cli.main(["--data-dir", str(data_dir), "backup", str(live)]) == 2
    assert "is BalintDesk's database" in capsys.readouterr().err


# --- check ------------------------------------------------------------------------------


def test_check_healthy(tmp_path: Path, good_csv: Path, capsys) -> None:
    data_dir = tmp_path / "data"
    import_good(data_dir, good_csv)
    capsys.readouterr()
    assert cli.main(["--data-dir", str(data_dir), "check"]) == 0
    assert capsys.readouterr().out.startswith("OK: 1 group, 2 members")


def test_check_finds_a_planted_inconsistency(tmp_path: Path, good_csv: Path, capsys) -> None:
    data_dir = tmp_path / "data"
    import_good(data_dir, good_csv)
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("UPDATE member SET name_key = 'someone else' WHERE name LIKE 'Dr Sio%'")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert cli.main(["--data-dir", str(data_dir), "check"]) == 1
    captured = capsys.readouterr()
    assert "“someone else”" in captured.out
    assert "Dr Siobhán O'Neill" in captured.out
    assert not captured.out.startswith("OK")
    assert captured.err == "1 problem found.\n"


# --- as a real process ------------------------------------------------------------------


def run_process(*args: str, data_dir: Path, entry: list[str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != DATA_DIR_ENV}
    return subprocess.run(
        [sys.executable, *entry, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=REPO,
        timeout=60,
    )


CLI_ENTRY = ["-c", "import sys; from balintdesk.cli.main import main; sys.exit(main())"]


def test_subprocess_import_good_and_bad(tmp_path: Path, good_csv: Path) -> None:
    data_dir = tmp_path / "proc-data"
    done = run_process(
        "roster", "import", str(good_csv), "--group", "Thursday", data_dir=data_dir, entry=CLI_ENTRY
    )
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        "Added 2, updated 0, unchanged 0 members of Thursday.\n",
        "",
    )
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    done = run_process(
        "roster", "import", str(bad), "--group", "Other", data_dir=data_dir, entry=CLI_ENTRY
    )
    assert done.returncode == 1
    assert [line[:7] for line in done.stderr.splitlines()[:2]] == ["Line 3:", "Line 5:"]
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(
    not (REPO / "balintdesk" / "app.py").exists(), reason="balintdesk/app.py is not written yet"
)
def test_python_m_balintdesk_runs_the_cli(tmp_path: Path, good_csv: Path) -> None:
    data_dir = tmp_path / "proc-data"
    entry = ["-m", "balintdesk"]
    done = run_process(
        "roster", "import", str(good_csv), "--group", "Thursday", data_dir=data_dir, entry=entry
    )
    assert (done.returncode, done.stdout) == (
        0,
        "Added 2, updated 0, unchanged 0 members of Thursday.\n",
    )
    assert data_dir.is_dir()
    version = subprocess.run(
        [sys.executable, "-m", "balintdesk", "--version"], capture_output=True, text=True, cwd=REPO
    )
    assert (version.returncode, version.stdout) == (0, "BalintDesk 0.1.0\n")
