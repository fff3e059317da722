"""The PostgreSQL driver is imported only when a server is configured: the one-PC start-up
(SQLite in the data folder) never pays for it (balintdesk/driver_guard.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _run(code: str, tmp_path: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO), "BALINTDESK_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _driver_installed() -> None:
    import importlib.util

    if importlib.util.find_spec("psycopg") is None:
        pytest.skip("psycopg is not installed")


def test_opening_the_default_sqlite_database_never_imports_the_driver(tmp_path: Path) -> None:
    _driver_installed()
    code = """
import sys
from balintdesk.cli import main  # the command line's modules, peewee among them
from balintdesk.paths import backups_dir, database_path, resolve_data_dir
from balintdesk.store.db import close_database, open_database
from balintdesk.store import roster
folder = resolve_data_dir()
db = open_database(database_path(folder), backups_dir(folder))
roster.list_groups()
close_database(db)
print(sorted(n for n in sys.modules if n.split(".")[0] in ("psycopg", "psycopg2")))
"""
    assert _run(code, tmp_path) == "[]"


def test_without_the_guard_peewee_would_import_it(tmp_path: Path) -> None:
    """Why the guard exists: peewee imports an installed psycopg at its own import."""
    _driver_installed()
    assert _run("import sys, peewee; print('psycopg' in sys.modules)", tmp_path) == "True"


def test_the_driver_is_handed_to_peewee_when_a_server_is_configured(tmp_path: Path) -> None:
    _driver_installed()
    code = """
import sys
import balintdesk, peewee
before = peewee.psycopg is None and "psycopg" not in sys.modules
from balintdesk.store.server import load_driver
psycopg = load_driver()
adapter = peewee.PostgresqlDatabase("x")._adapter
print(before, peewee.psycopg is psycopg, type(adapter).__name__, adapter.txn_idle is not None)
"""
    assert _run(code, tmp_path) == "True True Psycopg3Adapter True"
