"""A PostgreSQL server of a test's own, which the test may stop and start again (the
server going away mid-meeting, issue 17). The suite's shared server (tests/pg_server.sh,
started by tests/run.sh) must never be stopped: other tests use it.

It is started by tests/pg_server.sh's own `start_test_postgres`, in a bash subprocess that
prints what that function exports; the server outlives the subprocess (pg_ctl detaches
it), and `stop`/`start` run pg_ctl on its folder as pg_server.sh does.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "pg_server.sh"

_START = """
warn() { echo "$*" >&2; }
source "$1"
start_test_postgres >&2 || exit 1
echo "DIR=$PG_TEST_DIR"
echo "RUN_AS=${PG_TEST_RUN_AS[*]}"
echo "ADDRESS=$BALINTDESK_TEST_PG"
echo "PASSWORD=$BALINTDESK_TEST_PG_PASSWORD"
"""


def _bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return found[-1].parent if found else None


@dataclass
class PrivateServer:
    folder: Path
    run_as: list[str]
    keys: dict[str, str]
    password: str
    running: bool = field(default=True)

    def url(self, dbname: str) -> str:
        k = self.keys
        return f"postgresql://{k['user']}@{k['host']}:{k['port']}/{dbname}"

    def _pg_ctl(self, *args: str) -> None:
        command = [*self.run_as, str(_bin() / "pg_ctl"), "-D", str(self.folder / "data"), *args]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def stop(self) -> None:
        """As a crash or a pulled cable looks to a client: no goodbye to the sessions."""
        self._pg_ctl("-m", "immediate", "-w", "stop")
        self.running = False

    def start(self) -> None:
        self._pg_ctl("-l", str(self.folder / "server.log"), "-w", "-t", "60", "start")
        self.running = True

    def connect(self, dbname: str = "postgres"):
        from balintdesk.store.server import load_driver

        psycopg = load_driver()
        return psycopg.connect(
            **{**self.keys, "dbname": dbname}, password=self.password, autocommit=True
        )

    def remove(self) -> None:
        if self.running:
            with contextlib.suppress(subprocess.CalledProcessError):
                self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_private_server() -> PrivateServer:
    """A fresh server of this test's own; skip without PostgreSQL (fail under CI=true)."""
    if _bin() is None or shutil.which("openssl") is None:
        reason = "PostgreSQL's server (the postgresql package) is not installed"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    env = {**os.environ, "PYBIN": sys.executable}
    done = subprocess.run(
        ["bash", "-c", _START, "start", str(SCRIPT)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    if done.returncode != 0:
        pytest.fail(f"the private PostgreSQL server did not start: {done.stderr}")
    values = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
    keys = dict(part.split("=", 1) for part in values["ADDRESS"].split())
    server = PrivateServer(
        Path(values["DIR"]), values["RUN_AS"].split(), keys, values["PASSWORD"].strip()
    )
    try:
        # pg_server.sh turns durability off for speed; a test that stops its server
        # "immediate" must find what was committed before, as on a real server.
        with server.connect() as conn:
            for setting in ("fsync", "synchronous_commit", "full_page_writes"):
                conn.execute(f"ALTER SYSTEM SET {setting} = on")
        server.stop()
        server.start()
    except BaseException:
        server.remove()
        raise
    return server
