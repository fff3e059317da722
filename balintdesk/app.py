"""Start-up: arguments, data folder, logging, the single-instance lock and the window.

`balintdesk` with no subcommand starts the GUI; with one (roster, backup, check …) it runs
the command line in `cli/`, which never loads Qt. The GUI path does not import `cli/`
either (its parser pulls in the store's check, CSV import, …): a plain start, with at
most `--data-dir DIR`, is recognised by `gui_data_dir_argument`; anything else goes to
the real parser, so --help, --version, errors and every subcommand behave as before.

The window is shown before the data is opened (ui/session.py); what runs before it is
shown is kept to what showing it needs, so the log file's handler, the database and
the store are set up just after, when the session opens the data.

BALINTDESK_EXIT_AFTER_SHOW=1 is for the start-up benchmarks (tests/bench): print
SHOWN_MARKER and a time stamp when the main window is first shown, FILLED_MARKER and a
time stamp when its data is open and on screen, then quit.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from balintdesk import APP_NAME, __version__
from balintdesk.paths import log_dir, resolve_data_dir

log = logging.getLogger("balintdesk")

EXIT_AFTER_SHOW_ENV = "BALINTDESK_EXIT_AFTER_SHOW"
SHOWN_MARKER = "BALINTDESK-WINDOW-SHOWN"
FILLED_MARKER = "BALINTDESK-PAGE-FILLED"
_DATA_DIR_OPTION = "--data-dir"
_LANGUAGE_OPTION = "--language"


class _NotPlainStart:
    """The arguments are more than a plain start: let the real parser read them."""


NOT_PLAIN_START = _NotPlainStart()


def main(argv: list[str] | None = None) -> int:
    arguments, language = take_language_argument(sys.argv[1:] if argv is None else argv)
    if "--self-test" in arguments:  # an installation check for support; see ui/selftest.py
        from balintdesk.ui.selftest import main as self_test

        return self_test(arguments)
    data_dir = gui_data_dir_argument(arguments)
    if data_dir is NOT_PLAIN_START:
        from balintdesk import i18n
        from balintdesk.cli import main as cli
        from balintdesk.i18n.choice import choose_language

        # Before the parser is built: its --help is in the chosen language.
        i18n.use_language(choose_language(language, data_dir_named(arguments)))
        args = cli.parse_args(arguments)
        if args.command:
            return cli.run(args)
        data_dir = args.data_dir
    return run_gui(resolve_data_dir(data_dir), language)


def take_language_argument(arguments: list[str]) -> tuple[list[str], str | None]:
    """The arguments without `--language CODE` (or `--language=CODE`), and CODE: the
    language is chosen before anything else, for the window and the command line alike.
    A `--language` with no code is left for the parser, which says what is missing."""
    rest: list[str] = []
    language = None
    index = 0
    while index < len(arguments):
        item = arguments[index]
        if item == _LANGUAGE_OPTION and index + 1 < len(arguments):
            language = arguments[index + 1]
            index += 2
            continue
        if item.startswith(_LANGUAGE_OPTION + "="):
            language = item.partition("=")[2]
        else:
            rest.append(item)
        index += 1
    return rest, language


def data_dir_named(arguments: list[str]) -> Path | None:
    """The data folder the arguments or the environment name, without creating it (where
    the language chosen in Settings is kept)."""
    from balintdesk.paths import DATA_DIR_ENV, default_data_dir

    for index, item in enumerate(arguments):
        if item == _DATA_DIR_OPTION and index + 1 < len(arguments):
            return Path(arguments[index + 1]).expanduser()
        if item.startswith(_DATA_DIR_OPTION + "="):
            return Path(item.partition("=")[2]).expanduser()
    chosen = os.environ.get(DATA_DIR_ENV)
    return Path(chosen).expanduser() if chosen else default_data_dir()


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
    """A small rotating log in the data folder (512 KB, 3 old files). Nothing a user types
    is ever logged. Set up when the session opens the data, after the window is shown:
    `logging.handlers` costs about 2.4 ms to import (`python -X importtime`). (`logging`
    itself costs nothing extra: PySide6's signature support imports it anyway.)"""
    import logging.handlers

    folder = log_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = logging.handlers.RotatingFileHandler(
        folder / "balintdesk.log", maxBytes=512 * 1024, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def run_gui(data_dir: Path, language: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from balintdesk.i18n import qt as i18n_qt
    from balintdesk.i18n.choice import choose_language
    from balintdesk.instance import SingleInstance
    from balintdesk.ui.common.style import apply_style, styled_application
    from balintdesk.ui.session import Session

    app = QApplication.instance()
    if app is None:
        app = styled_application(sys.argv[0] if sys.argv else APP_NAME)
    else:  # already made (a test, the self-test): give it the look
        apply_style(app)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    i18n_qt.install(choose_language(language, data_dir, i18n_qt.system_languages()))

    if _refuse_read_only_folder(data_dir):
        return 1
    instance = SingleInstance(data_dir)
    if not instance.acquire():
        setup_logging(data_dir)
        log.info("BalintDesk is already open on %s; asking it to come forward", data_dir)
        instance.ask_running_instance_to_raise()
        return 0

    session = Session(data_dir)
    session.opening.connect(lambda: setup_logging(data_dir))
    session.opened.connect(lambda: log.info("BalintDesk %s started on %s", __version__, data_dir))
    session.failed.connect(lambda: app.exit(1))
    session.finished.connect(app.quit)
    instance.raise_requested.connect(session.bring_to_front)
    if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1":
        install_exit_after_show(session)
    sys.excepthook = _report_unexpected_error
    session.start()  # the window now; its data once the window has painted
    try:
        return app.exec()
    finally:
        session.close()
        instance.release()  # first, or the new start would find this one still there
        if session.restart_wanted:
            start_again()


def restart_command(frozen: bool | None = None) -> tuple[str, list[str]]:
    """How this BalintDesk was started, to start it again (Settings → Language → Restart
    now): the same program and arguments, less any `--language`, so that the language
    just chosen and kept is the one spoken. Frozen (the installed app), the program is
    BalintDesk itself; from source, Python with the interpreter's own arguments
    (`-m balintdesk`, or the `balintdesk` script)."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if frozen:
        arguments = sys.argv[1:]
    else:
        arguments = list(getattr(sys, "orig_argv", [sys.executable, *sys.argv])[1:])
    return sys.executable, take_language_argument(arguments)[0]


def start_again() -> bool:
    """Start BalintDesk anew, detached, as it was started; the chosen language is kept in
    the data folder, so `$BALINTDESK_LANGUAGE` (which would outrank it) is not passed on."""
    from balintdesk.i18n.choice import LANGUAGE_ENV

    program, arguments = restart_command()
    os.environ.pop(LANGUAGE_ENV, None)
    log.info("Starting again: %s %s", program, " ".join(arguments))
    started = start_detached(program, arguments)
    if not started:
        log.error("BalintDesk could not be started again")
    return started


def start_detached(program: str, arguments: list[str]) -> bool:
    """The seam the tests replace: QProcess.startDetached."""
    from PySide6.QtCore import QProcess

    result = QProcess.startDetached(program, arguments)
    return bool(result[0] if isinstance(result, tuple) else result)


def _refuse_read_only_folder(data_dir: Path) -> bool:
    """On a data folder that cannot be written (a read-only disk or share), say so and
    what to do, and return True: the window needs its lock, log and daily backup there,
    and would end in a traceback. The command line can still read such a folder."""
    from balintdesk.fileio import folder_is_read_only  # not the store: it loads later

    if not folder_is_read_only(data_dir):
        return False
    from PySide6.QtWidgets import QMessageBox

    from balintdesk.i18n import fill, translate

    text = fill(
        translate(
            "app",
            "BalintDesk may not write to {folder} (the folder or its disk is read-only), so "
            "it cannot open there. Make the folder writable, or copy it somewhere you may "
            "write and start BalintDesk with --data-dir and the copy.",
        ),
        folder=data_dir,
    )
    QMessageBox.critical(None, APP_NAME, text)
    return True


def install_exit_after_show(session) -> None:
    """For the start-up benchmarks: once the main window has been shown, print
    SHOWN_MARKER with time.time(); once the session has opened the data and the window
    shows it, FILLED_MARKER with time.time(); then quit.

    Signals, not an event filter on the whole application: PySide6 calls a Python
    filter for every event of every widget, which made building this window about 16 ms
    slower (517 events; measured with and without the filter) and so timed the benchmark
    more than the app. packaging/bench/hello.py marks its window the same way."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()

    def shown() -> None:
        print(f"{SHOWN_MARKER} {time.time():.6f}", flush=True)

    def filled() -> None:
        print(f"{FILLED_MARKER} {time.time():.6f}", flush=True)
        QTimer.singleShot(0, app.quit)

    session.window_shown.connect(shown)
    session.opened.connect(filled)


def _report_unexpected_error(kind, value, tb) -> None:
    import traceback

    from PySide6.QtWidgets import QMessageBox

    from balintdesk.i18n import translate
    from balintdesk.store.soundness import is_damage

    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if _server_gone(value):
        return  # said once, calmly, by the keeper's banner and box (below)
    if is_damage(value):
        # Damage the quick check at start did not reach, found by a page that read it.
        QMessageBox.critical(
            None,
            APP_NAME,
            translate(
                "app",
                "BalintDesk has found that part of its data file is damaged, as happens when "
                "a disk starts to fail. Quit BalintDesk and open it again: it will check the "
                "file and offer to go back to the newest backup that is whole.",
            ),
        )
        return
    QMessageBox.warning(None, APP_NAME, _unexpected_error_text(value))


def _server_gone(error: BaseException) -> bool:
    """The practice's server went away under a page that is not the Meeting or Timer
    page (those keep their changes: ui/common/offline.py): tell the outbox's keeper, so
    it tries again and the banners show, and say once in a box what happened."""
    from balintdesk.store.server import is_connection_lost

    if not is_connection_lost(error):
        return False
    from PySide6.QtWidgets import QMessageBox

    from balintdesk.i18n import translate
    from balintdesk.ui.common.offline import keeper

    found = keeper()
    already = found is not None and found.offline
    if found is not None:
        found.lost(error)
    if not already:
        QMessageBox.warning(
            None,
            APP_NAME,
            translate(
                "app",
                "The practice's shared database cannot be reached just now, so your last "
                "change was not saved. Check-ins and the timer keep working on this computer "
                "and are sent when it is back; make other changes again then.",
            ),
        )
    return True


def _unexpected_error_text(error: BaseException) -> str:
    """What the dialog says: the disk's trouble in plain words (a failed change is rolled
    back whole, so nothing half-saved stays), else that something went wrong."""
    from balintdesk.i18n import translate
    from balintdesk.store.errors import StorageTrouble, storage_trouble
    from balintdesk.store.server import refused_by_server

    if refused_by_server(error):
        from balintdesk.i18n import server_words

        return server_words.refused_sentence()
    trouble = storage_trouble(error)
    if trouble == StorageTrouble.DISK_FULL:
        return translate(
            "app",
            "The disk holding BalintDesk's data is full, so your last change was not saved. "
            "Free some space, then make the change again.",
        )
    if trouble == StorageTrouble.READ_ONLY:
        return translate(
            "app",
            "BalintDesk may not write to its data folder any more (the folder or its disk "
            "became read-only), so your last change was not saved.",
        )
    if trouble == StorageTrouble.BUSY:
        return translate(
            "app",
            "Another BalintDesk kept the data busy for too long, so your last change was not "
            "saved. Make it again in a moment.",
        )
    return translate(
        "app",
        "Something went wrong inside BalintDesk. Your saved data is safe; the details are "
        "in the log file in the data folder's 'logs' folder.",
    )
