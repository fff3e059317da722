"""Start-up: arguments, data folder, logging, the single-instance lock and the window.

`balintdesk` with no subcommand starts the GUI; with one (roster, backup, check …) it runs
the command line in `cli.py`, which never loads Qt. The GUI path does not import `cli.py`
either (its parser pulls in the store's check, CSV import, …): a plain start, with at
most `--data-dir DIR`, is recognised by `gui_data_dir_argument`; anything else goes to
the real parser, so --help, --version, errors and every subcommand behave as before.

BALINTDESK_EXIT_AFTER_SHOW=1 is for the start-up benchmarks (tests/bench): print
SHOWN_MARKER and a time stamp when the main window is first shown, then quit.
"""

from __future__ import annotations

import importlib
import logging
import logging.handlers
import os
import sqlite3
import sys
import time
import traceback
from pathlib import Path

from balintdesk import APP_NAME, __version__
from balintdesk.paths import log_dir, resolve_data_dir

log = logging.getLogger("balintdesk")

EXIT_AFTER_SHOW_ENV = "BALINTDESK_EXIT_AFTER_SHOW"
SHOWN_MARKER = "BALINTDESK-WINDOW-SHOWN"
_DATA_DIR_OPTION = "--data-dir"


class _NotPlainStart:
    """The arguments are more than a plain start: let the real parser read them."""


NOT_PLAIN_START = _NotPlainStart()


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if "--self-test" in arguments:  # an installation check for support; see ui/selftest.py
        from balintdesk.ui.selftest import main as self_test

        return self_test(arguments)
    data_dir = gui_data_dir_argument(arguments)
    if data_dir is NOT_PLAIN_START:
        from balintdesk import cli

        args = cli.parse_args(argv)
        if args.command:
            return cli.run(args)
        data_dir = args.data_dir
    return run_gui(resolve_data_dir(data_dir))


def gui_data_dir_argument(arguments: list[str]) -> str | _NotPlainStart | None:
    """For `balintdesk` and `balintdesk --data-dir DIR` (or `--data-dir=DIR`): the folder
    given, or None. For anything else NOT_PLAIN_START. Deliberately narrow: whatever it
    does not recognise goes to cli.parse_args, which answers exactly as it always has."""
    if not arguments:
        return None
    if len(arguments) == 2 and arguments[0] == _DATA_DIR_OPTION:
        value = arguments[1]
    elif len(arguments) == 1 and arguments[0].startswith(_DATA_DIR_OPTION + "="):
        value = arguments[0].partition("=")[2]
    else:
        return NOT_PLAIN_START
    # An empty value or one argparse might read as an option: the parser decides.
    if not value or value.startswith("-"):
        return NOT_PLAIN_START
    return value


def setup_logging(data_dir: Path) -> None:
    """A small rotating log in the data folder. Nothing a user types is ever logged."""
    folder = log_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = logging.handlers.RotatingFileHandler(
        folder / "balintdesk.log", maxBytes=512 * 1024, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


# What the window's start needs that has no Qt in it; see run_gui.
QT_FREE_START_MODULES = (
    "balintdesk.store.db",
    "balintdesk.store.roster",
    "balintdesk.store.settings",
)


def run_gui(data_dir: Path) -> int:
    # The store before Qt: once PySide6 is imported, its import hook reads the source of
    # every module imported after it (looking for `from __feature__ import …`), which
    # costs about 0.1 ms a module; the store (peewee and the models) needs no Qt.
    for name in QT_FREE_START_MODULES:
        importlib.import_module(name)
    from PySide6.QtWidgets import QApplication, QMessageBox

    from balintdesk.instance import SingleInstance
    from balintdesk.ui.session import Session
    from balintdesk.ui.style import apply_style

    setup_logging(data_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1":
        install_exit_after_show()
    apply_style(app)

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        log.info("BalintDesk is already open on %s; asking it to come forward", data_dir)
        instance.ask_running_instance_to_raise()
        return 0

    try:
        session = Session(data_dir)
    except (sqlite3.DatabaseError, RuntimeError) as exc:
        log.exception("Could not open the database")
        QMessageBox.critical(
            None,
            APP_NAME,
            f"BalintDesk could not open its data in {data_dir}.\n\n{exc}\n\n"
            "Your backups are in the 'backups' folder there.",
        )
        instance.release()
        return 1

    log.info("BalintDesk %s started on %s", __version__, data_dir)
    sys.excepthook = _report_unexpected_error
    instance.raise_requested.connect(session.bring_to_front)
    session.finished.connect(app.quit)
    session.start()
    try:
        return app.exec()
    finally:
        session.close()
        instance.release()


def install_exit_after_show() -> None:
    """For the start-up benchmarks: once the main window is first shown, print
    SHOWN_MARKER with time.time(), and quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show and watched.objectName() == "mainWindow":
                print(f"{SHOWN_MARKER} {time.time():.6f}", flush=True)
                app.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    app.installEventFilter(Watch(app))


def _report_unexpected_error(kind, value, tb) -> None:
    from PySide6.QtWidgets import QMessageBox

    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    QMessageBox.warning(
        None,
        APP_NAME,
        "Something went wrong inside BalintDesk. Your saved data is safe; the details are in "
        "the log file in the data folder's 'logs' folder.",
    )
