"""`balintdesk --self-test`: does this installation work here? For support staff and CI.

Runs each check in turn, prints one line per check ("ok", "FAIL" or "skip" with why) and
returns 0 only if none failed. Everything happens in a throw-away data folder, so the
user's own database is never opened. With `--out FILE` the report is also written to a
file, since a windowed app on Windows has no stdout.

It lives in `ui/` because it opens the main window, and only `app.py` and `ui/` may
import the widgets (tests/test_layers.py).

The start-up benchmarks' BALINTDESK_EXIT_AFTER_SHOW hook is in app.py, beside the start it
measures.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import tempfile
import traceback
import uuid
from collections.abc import Callable
from pathlib import Path

from balintdesk import APP_NAME, __version__, paths
from balintdesk.fileio import OwnFileError, refuse_own_file, write_text_atomic


class Report:
    def __init__(self, out: Path | None = None) -> None:
        self.lines: list[str] = []
        self.failed = 0
        self.out = out

    def line(self, status: str, check: str, detail: str = "") -> None:
        text = f"{status:<4} {check}" + (f": {detail}" if detail else "")
        self.lines.append(text)
        print(text, flush=True)

    def run(self, check: str, step: Callable[[], str | None]) -> None:
        """Run one check; its return value is the detail shown, an exception a failure."""
        try:
            detail = step()
        except Skipped as skipped:
            self.line("skip", check, str(skipped))
        except Exception as exc:
            self.failed += 1
            last = traceback.extract_tb(exc.__traceback__)[-1:]
            where = f" ({Path(last[0].filename).name}:{last[0].lineno})" if last else ""
            self.line("FAIL", check, f"{type(exc).__name__}: {exc}{where}")
        else:
            self.line("ok", check, detail or "")

    def write(self) -> None:
        if self.out is not None:
            write_text_atomic(self.out, "\n".join(self.lines) + "\n")


class Skipped(Exception):
    """A check that cannot run here, for a reason that is not a fault of the install."""


def run_self_test(out: Path | None = None, keep_data: bool = False) -> int:
    """All checks; 0 if every one passed (skips allowed), else 1."""
    report = Report(out)
    frozen = "frozen (PyInstaller)" if getattr(sys, "frozen", False) else "from source"
    report.line(
        "info", "BalintDesk", f"{__version__}, {frozen}, Python {platform.python_version()}"
    )
    report.line("info", "system", f"{platform.system()} {platform.release()} {platform.machine()}")
    data_dir = Path(tempfile.mkdtemp(prefix="balintdesk-selftest-"))
    try:
        _run_checks(report, data_dir)
    finally:
        if not keep_data:
            shutil.rmtree(data_dir, ignore_errors=True)
    report.line(
        "PASS" if report.failed == 0 else "FAIL",
        "self-test",
        "all checks passed" if report.failed == 0 else f"{report.failed} check(s) failed",
    )
    report.write()
    return 0 if report.failed == 0 else 1


def _run_checks(report: Report, data_dir: Path) -> None:
    state: dict[str, object] = {}

    def resources() -> str:
        from balintdesk.resources import resource_path

        chime = resource_path("sounds", "chime.wav")
        if not chime.is_file():
            raise FileNotFoundError(f"{chime} is missing")
        return str(chime.parent.parent)

    def database() -> str:
        from balintdesk.paths import backups_dir, database_path
        from balintdesk.store.db import open_database
        from balintdesk.store.migrations import LATEST_VERSION, schema_version

        db = open_database(database_path(data_dir), backups_dir(data_dir))
        state["db"] = db
        version = schema_version(db.connection())
        if version != LATEST_VERSION:
            raise RuntimeError(f"schema v{version}, expected v{LATEST_VERSION}")
        if db.notes is None:  # the private notes' own file, beside it
            from balintdesk.store.notes_db import notes_problem

            raise RuntimeError(f"the private notes file did not open: {notes_problem()}")
        notes = db.notes.execute_sql("PRAGMA user_version").fetchone()[0]
        return (
            f"created and migrated to schema v{version} in a temporary folder, "
            f"with its private notes file at notes schema v{notes}"
        )

    def backup() -> str:
        from balintdesk.paths import backups_dir
        from balintdesk.store.db import backup_to, new_backup_path

        if "db" not in state:
            raise Skipped("no database")
        made = backup_to(state["db"], new_backup_path(backups_dir(data_dir), "manual"))
        return f"{made.name}, {made.stat().st_size} bytes"

    def encryption() -> str:
        from balintdesk.vault import crypto

        key = crypto.new_key()
        ad = crypto.note_ad("self-test", "note", 1)
        nonce, sealed = crypto.seal(key, b"self-test", ad)
        if crypto.open_sealed(key, nonce, sealed, ad) != b"self-test":
            raise RuntimeError("decrypted text differs")
        try:
            crypto.open_sealed(key, nonce, sealed, crypto.note_ad("other", "note", 1))
        except crypto.DecryptionFailed:
            pass
        else:
            raise RuntimeError("a ciphertext opened under the wrong associated data")
        import cryptography

        return f"AES-256-GCM round trip (cryptography {cryptography.__version__})"

    def keyring_round_trip() -> str:
        from balintdesk.vault import keychain

        status = keychain.status()
        if not status.usable:
            raise Skipped(f"{status.backend_name or 'no backend'}: {status.reason}")
        chain = keychain.Keychain()
        vault_id = f"self-test-{uuid.uuid4()}"
        key = os.urandom(keychain.KEY_BYTES)
        chain.store_key(vault_id, key)
        try:
            if chain.load_key(vault_id) != key:
                raise RuntimeError("the keyring gave back a different key")
        finally:
            chain.forget(vault_id)
        if chain.load_key(vault_id) is not None:
            raise RuntimeError("the keyring kept the key after it was forgotten")
        return f"store, load and forget in the {chain.backend_name}"

    def qt_modules() -> str:
        import PySide6
        from PySide6 import QtCore, QtDBus, QtGui, QtWidgets  # noqa: F401

        return f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"

    def main_window() -> str:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from balintdesk.ui.common.style import apply_style
        from balintdesk.ui.main_window import MainWindow

        if "db" not in state:
            raise Skipped("no database")
        app = QApplication.instance() or QApplication(
            [sys.argv[0], "-platform", _platform_for_self_test()]
        )
        app.setApplicationName(APP_NAME)
        apply_style(app)
        window = MainWindow(state["db"], data_dir)
        window.show()
        shown_at_once = window.isVisible()
        after_turn: list[bool] = []

        def look_and_quit() -> None:
            # Looked at before quitting: on quit the window closes itself (notes lock).
            after_turn.append(window.isVisible())
            app.quit()

        QTimer.singleShot(50, look_and_quit)
        app.exec()
        shown = shown_at_once and after_turn == [True]
        window.close()
        window.deleteLater()
        app.processEvents()
        if not shown:
            raise RuntimeError(
                f"the main window did not stay shown (at once: {shown_at_once}, "
                f"after one event-loop turn: {after_turn})"
            )
        from PySide6.QtGui import QImageReader

        formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
        if "svg" not in formats:
            raise RuntimeError("Qt's SVG image plugin is missing; icons would not show")
        return f"shown and closed on the '{app.platformName()}' platform plugin; SVG icons load"

    report.run("resources", resources)
    report.run("database", database)
    report.run("backup", backup)
    report.run("encryption", encryption)
    report.run("keyring", keyring_round_trip)
    report.run("Qt modules", qt_modules)
    report.run("main window", main_window)
    if "db" in state:
        from balintdesk.store.db import close_database

        close_database(state["db"])


def _platform_for_self_test() -> str:
    """QT_QPA_PLATFORM if set; else the real display if there is one, offscreen if not."""
    chosen = os.environ.get("QT_QPA_PLATFORM")
    if chosen:
        return chosen
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return "offscreen"
    return {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")


def main(argv: list[str]) -> int:
    """`--self-test [--out FILE]`, as the launcher or app.py hands it on."""
    out = None
    if "--out" in argv:
        index = argv.index("--out")
        if index + 1 >= len(argv):
            print("--out needs a file name", file=sys.stderr)
            return 2
        out = Path(argv[index + 1])
        # The checks run in a folder of their own, but the report must not land on the
        # user's data: their data folder counts as in use for the guard.
        for folder in (os.environ.get(paths.DATA_DIR_ENV), paths.default_data_dir()):
            if folder:
                paths.use_data_dir(Path(folder).expanduser())
        try:
            refuse_own_file(out)
        except OwnFileError as exc:
            print(exc, file=sys.stderr)
            return 2
    return run_self_test(out)
