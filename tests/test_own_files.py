"""BalintDesk's own files are never a writer's target (`paths.own_file`, the one guard
`fileio.refuse_own_file`), however the path is spelled: relative, with "..", through a
symbolic link to the file or to a folder, by a hard link, in other letters where the file
system ignores case. The command line's and the window's own tests are in
tests/cli/test_own_files.py and tests/ui/test_own_file_saves.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from balintdesk import paths
from balintdesk.exports.pdf import write_html_pdf
from balintdesk.fileio import OwnFileError, refuse_own_file, write_bytes_atomic
from balintdesk.paths import OwnFile, own_file

# Every file and folder BalintDesk keeps in its data folder, and what it is.
OWN = [
    ("balintdesk.sqlite3", OwnFile.DATABASE),
    ("balintdesk.sqlite3-wal", OwnFile.DATABASE),
    ("balintdesk.sqlite3-shm", OwnFile.DATABASE),
    ("balintdesk.sqlite3-journal", OwnFile.DATABASE),
    ("balintdesk.lock", OwnFile.OTHER),
    ("raise-request", OwnFile.OTHER),
    ("window.ini", OwnFile.OTHER),
    ("window.ini.lock", OwnFile.OTHER),  # QSettings' own lock beside it
    ("backups", OwnFile.BACKUP),
    ("backups/balintdesk-20260101T020000Z-daily.sqlite3", OwnFile.BACKUP),
    ("backups/roster.csv", OwnFile.BACKUP),  # a new name in the folder is refused too
    ("logs", OwnFile.LOG),
    ("logs/balintdesk.log", OwnFile.LOG),
    ("logs/balintdesk.log.3", OwnFile.LOG),
]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with every own file in it, as this process's data folder."""
    folder = tmp_path / "data"
    (folder / "backups").mkdir(parents=True)
    (folder / "logs").mkdir()
    for name, _kind in OWN:
        if name not in ("backups", "logs"):
            (folder / name).write_bytes(b"own")
    return folder


@pytest.mark.parametrize(("name", "kind"), OWN)
def test_every_own_file_is_refused_by_its_plain_path(data: Path, name: str, kind) -> None:
    assert own_file(data / name, [data]) is kind


@pytest.mark.parametrize(
    "name", ["roster.csv", "balintdesk-20260101T020000Z-manual.sqlite3", "notes.pdf"]
)
def test_other_names_beside_them_and_elsewhere_are_not_own(data: Path, name: str) -> None:
    assert own_file(data / name, [data]) is None
    assert own_file(data.parent / name, [data]) is None
    assert own_file(data.parent / "backups" / name, [data]) is None  # another "backups"


def test_relative_and_dotted_spellings(data: Path, monkeypatch) -> None:
    monkeypatch.chdir(data.parent)
    assert own_file("data/balintdesk.sqlite3", [data]) is OwnFile.DATABASE
    assert own_file("./data/logs/../backups/x.csv", [data]) is OwnFile.BACKUP
    monkeypatch.chdir(data / "backups")
    assert own_file("../balintdesk.sqlite3-wal", [data]) is OwnFile.DATABASE
    assert own_file("new.csv", [data]) is OwnFile.BACKUP


def test_through_symbolic_links_to_the_file_or_a_folder(data: Path, tmp_path: Path) -> None:
    to_db = tmp_path / "roster.csv"
    to_db.symlink_to(data / "balintdesk.sqlite3")
    assert own_file(to_db, [data]) is OwnFile.DATABASE
    to_folder = tmp_path / "exports"
    to_folder.symlink_to(data)
    assert own_file(to_folder / "balintdesk.lock", [data]) is OwnFile.OTHER
    assert own_file(to_folder / "backups" / "new.csv", [data]) is OwnFile.BACKUP
    dangling = tmp_path / "later.csv"  # a link to a -wal that is not there yet
    dangling.symlink_to(data / "balintdesk.sqlite3-wal-not-yet")
    assert own_file(dangling, [data]) is OwnFile.DATABASE
    # And when the data folder itself is named through a link.
    assert own_file(data / "balintdesk.sqlite3", [to_folder]) is OwnFile.DATABASE


def test_a_hard_link_to_the_database_is_the_database(data: Path, tmp_path: Path) -> None:
    second_name = tmp_path / "copy.sqlite3"
    os.link(data / "balintdesk.sqlite3", second_name)
    assert own_file(second_name, [data]) is OwnFile.DATABASE


def test_case_counts_only_where_the_file_system_ignores_it(data: Path, monkeypatch) -> None:
    # This Linux file system tells "A" from "a": BALINTDESK.SQLITE3 is another file.
    assert paths.ignores_case(data) is False
    assert own_file(data / "BALINTDESK.SQLITE3", [data]) is None
    # Where it does not (Windows, macOS, a FAT stick), every spelling is the same file.
    monkeypatch.setattr(paths, "ignores_case", lambda _folder: True)
    for spelling in ("BalintDesk.sqlite3", "BALINTDESK.SQLITE3-WAL", "Backups/x.csv", "LOGS"):
        assert own_file(data / spelling, [data]) is not None, spelling


def test_the_case_probe_asks_the_file_system(data: Path, monkeypatch) -> None:
    real_samefile = os.path.samefile

    def insensitive(one, other) -> bool:  # as macOS's APFS answers for a swapped case
        return str(one).casefold() == str(other).casefold() or real_samefile(one, other)

    monkeypatch.setattr(paths.os.path, "samefile", insensitive)
    assert paths.ignores_case(data) is True
    monkeypatch.setattr(paths.os.path, "samefile", real_samefile)
    assert paths.ignores_case(data / "gone") is True  # nothing to ask: the careful side


def test_resolve_data_dir_puts_the_folder_in_use(tmp_path: Path) -> None:
    folder = paths.resolve_data_dir(str(tmp_path / "fresh"))
    assert Path(os.path.realpath(folder)) in paths.data_dirs_in_use()
    assert own_file(folder / "balintdesk.sqlite3") is OwnFile.DATABASE


@pytest.mark.parametrize(("name", "kind"), OWN)
def test_the_writers_refuse_and_write_nothing(data: Path, name: str, kind) -> None:
    paths.use_data_dir(data)
    target = data / name
    before = snapshot(data)
    with pytest.raises(OwnFileError) as refused:
        write_bytes_atomic(target, b"roster,csv\r\n")
    assert refused.value.kind is kind
    assert "nothing was written" in str(refused.value)
    with pytest.raises(OwnFileError):
        write_html_pdf("<p>x</p>", target, title="t", author="a")
    assert snapshot(data) == before


def test_the_guard_lets_other_paths_through(data: Path, tmp_path: Path) -> None:
    paths.use_data_dir(data)
    refuse_own_file(tmp_path / "roster.csv")
    write_bytes_atomic(data / "roster.csv", b"x")  # beside them is the user's choice
    assert (data / "roster.csv").read_bytes() == b"x"


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder`: its bytes and modification time."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
