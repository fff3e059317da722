"""Shared test set-up: Qt offscreen, and a fresh data folder and database per test."""

from __future__ import annotations

import os

# Before anything imports Qt: no screen is needed, on CI or here.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from pathlib import Path

import pytest

from balintdesk import i18n
from balintdesk.domain.group import MeetingPattern
from balintdesk.paths import DATA_DIR_ENV, backups_dir, database_path
from balintdesk.store.db import close_database, open_database


@pytest.fixture(autouse=True)
def english_after_each_test(monkeypatch: pytest.MonkeyPatch):
    """Each test starts in English (whatever the machine's language), and a test that
    switched language, even one that failed half-way, leaves English behind it."""
    monkeypatch.delenv("BALINTDESK_LANGUAGE", raising=False)
    i18n.use_language(i18n.ENGLISH)
    yield
    import sys

    if "balintdesk.i18n.qt" in sys.modules:
        sys.modules["balintdesk.i18n.qt"].install(i18n.ENGLISH)
    else:
        i18n.use_language(i18n.ENGLISH)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder, also named by $BALINTDESK_DATA_DIR for code that reads it."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


BACKENDS = ("sqlite", "postgresql")


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which database `db` opens: SQLite, or for tests marked `both_backends` each of
    SQLite and PostgreSQL in turn (the private server tests/run.sh starts)."""
    return getattr(request, "param", "sqlite")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    marked = metafunc.definition.get_closest_marker
    if "backend" in metafunc.fixturenames and marked("both_backends") and not marked("sqlite_only"):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


def pytest_sessionfinish(session: pytest.Session) -> None:
    import sys

    server = sys.modules.get("tests.store._server")
    if server is not None:
        server.drop_template()


@pytest.fixture
def db(data_dir: Path, backend: str):
    """The group database, opened, migrated and bound to the models: the data folder's
    SQLite file, or with backend "postgresql" a fresh database on the test server."""
    if backend == "postgresql":
        from balintdesk.store.server import open_server
        from tests.store import _server

        name = _server.fresh_database()
        database = open_server(
            _server.url(name), password=_server.password(), local_folder=data_dir
        )
        yield database
        database.close()
        _server.drop_database(name)
        return
    database = open_database(database_path(data_dir), backups_dir(data_dir))
    yield database
    close_database(database)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the files a test writes."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def pattern_without_a_meeting_today() -> MeetingPattern:
    """A fortnightly pattern whose meetings never fall on the day the tests run: a start
    on a meeting day opens the Meeting page, and the tests using this are about the others
    (MeetingPattern() alone meets on Tuesdays, so they would fail every other Tuesday)."""
    return MeetingPattern(weekday=(dt.date.today().weekday() + 3) % 7)


@pytest.fixture
def look_put_back(qapp):
    """For tests that call `app.run_gui` in-process, which gives the test application
    BalintDesk's font, style and style sheet (ui/common/style.apply_style): put them back,
    so later tests size their widgets as they always do."""
    font, sheet, style = qapp.font(), qapp.styleSheet(), qapp.style().name()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setStyle(style)
