"""Writing a user's file whole or not at all: text as it is given (line endings, the
byte-order mark of utf-8-sig), the old file kept and no temporary one left on failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from balintdesk import fileio
from balintdesk.fileio import write_bytes_atomic, write_text_atomic


def test_text_is_written_as_given(tmp_path: Path) -> None:
    target = tmp_path / "rows.csv"
    write_text_atomic(target, "Siobhán,1\r\nZoë,2\n")
    assert target.read_bytes() == "Siobhán,1\r\nZoë,2\n".encode()
    write_text_atomic(target, "a\r\n", encoding="utf-8-sig")
    assert target.read_bytes() == b"\xef\xbb\xbfa\r\n"
    write_text_atomic(target, "", encoding="utf-8-sig")
    assert target.read_bytes() == b"\xef\xbb\xbf"


def test_bytes_replace_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "cal.ics"
    target.write_bytes(b"old")
    write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["cal.ics"]


def test_a_failure_keeps_the_old_file_and_no_partial_one(tmp_path, monkeypatch) -> None:
    target = tmp_path / "rows.csv"
    target.write_text("old", encoding="utf-8")

    def full_disk(_src, _dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["rows.csv"]


def test_a_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError) as raised:
        write_text_atomic(tmp_path / "gone" / "rows.csv", "x")
    assert raised.value.strerror
    assert not (tmp_path / "gone").exists()
    assert os.listdir(tmp_path) == []
