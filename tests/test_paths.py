"""Where the data lives: --data-dir, then $BALINTDESK_DATA_DIR, then Qt's AppDataLocation."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from balintdesk import APP_NAME
from balintdesk.paths import DATA_DIR_ENV, default_data_dir, resolve_data_dir

ON_XDG = sys.platform not in ("win32", "darwin")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private home folder with no data folder chosen by the environment."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("USERPROFILE", str(folder))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    return folder


def test_command_line_beats_environment(home: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    chosen = resolve_data_dir(str(tmp_path / "from-cli"))
    assert chosen == (tmp_path / "from-cli").resolve()
    assert chosen.is_dir()
    assert not (tmp_path / "from-env").exists()


def test_environment_beats_default(home: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    chosen = resolve_data_dir(None)
    assert chosen == (tmp_path / "from-env").resolve()
    assert chosen.is_dir()
    assert not default_data_dir().exists()


@pytest.mark.parametrize("cli_value", [None, ""])
def test_default_when_nothing_is_chosen(home: Path, monkeypatch, cli_value) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, "")  # set but empty counts as not set
    chosen = resolve_data_dir(cli_value)
    assert chosen == default_data_dir().resolve()
    assert chosen.name == APP_NAME
    assert chosen.is_dir()


def test_missing_folders_are_created_privately(home: Path, tmp_path: Path) -> None:
    wanted = tmp_path / "a" / "b" / "data"
    chosen = resolve_data_dir(str(wanted))
    assert chosen.is_dir()
    if os.name == "posix":
        assert chosen.stat().st_mode & 0o077 == 0, "the data folder should be private"
    assert resolve_data_dir(str(wanted)) == chosen  # an existing folder is fine


def test_relative_and_home_relative_paths_become_absolute(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("portable-data") == (tmp_path / "portable-data").resolve()
    assert resolve_data_dir("~/balint") == (home / "balint").resolve()


@pytest.mark.skipif(not ON_XDG, reason="XDG_DATA_HOME is a Linux/BSD convention")
def test_default_follows_xdg_data_home(home: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_data_dir() == tmp_path / "xdg" / APP_NAME
    assert resolve_data_dir() == (tmp_path / "xdg" / APP_NAME).resolve()


@pytest.fixture
def qt_named_app(qapp) -> Iterator[object]:
    """pytest-qt's application, named as app.py names it, its names restored after."""
    before = (qapp.applicationName(), qapp.organizationName(), qapp.organizationDomain())
    qapp.setApplicationName(APP_NAME)
    qapp.setOrganizationName("")
    qapp.setOrganizationDomain("")
    yield qapp
    qapp.setApplicationName(before[0])
    qapp.setOrganizationName(before[1])
    qapp.setOrganizationDomain(before[2])


@pytest.mark.parametrize("xdg", ["unset", "set", "relative"])
def test_default_agrees_with_qt(
    qt_named_app, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg: str
) -> None:
    from PySide6.QtCore import QStandardPaths

    if xdg != "unset" and not ON_XDG:
        pytest.skip("XDG_DATA_HOME is a Linux/BSD convention")
    if xdg == "set":
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    elif xdg == "relative":
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    qt_says = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert qt_says, "Qt found no AppDataLocation"
    assert default_data_dir() == Path(qt_says)
    if ON_XDG:
        expected = tmp_path / "xdg" if xdg == "set" else home / ".local" / "share"
        assert Path(qt_says) == expected / APP_NAME  # and both took our temporary folders
