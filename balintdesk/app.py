"""Start-up: arguments, data folder, logging, the single-instance lock and the window.

`balintdesk` with no subcommand starts the GUI; with one (roster, backup, check …) it runs
the command line in `cli.py`, which never loads Qt.
"""

from __future__ import annotations

import logging
import logging.handlers
import sqlite3
import sys
import traceback
from pathlib import Path

from balintdesk import APP_NAME, __version__, cli
from balintdesk.paths import log_dir, resolve_data_dir

log = logging.getLogger("balintdesk")


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if "--self-test" in arguments:  # an installation check for support; see ui/selftest.py
        from balintdesk.ui.selftest import main as self_test

        return self_test(arguments)
    args = cli.parse_args(argv)
    if args.command:
        return cli.run(args)
    return run_gui(resolve_data_dir(args.data_dir))


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


def run_gui(data_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from balintdesk.instance import SingleInstance
    from balintdesk.ui.session import Session
    from balintdesk.ui.style import apply_style

    setup_logging(data_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
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


def _report_unexpected_error(kind, value, tb) -> None:
    from PySide6.QtWidgets import QMessageBox

    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    QMessageBox.warning(
        None,
        APP_NAME,
        "Something went wrong inside BalintDesk. Your saved data is safe; the details are in "
        "the log file in the data folder's 'logs' folder.",
    )
