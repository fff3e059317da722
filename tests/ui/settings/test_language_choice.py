"""Settings → Language: the choice is kept in the data folder, said in the words of the
language chosen, and "Restart now" closes the window as quitting does, then starts
BalintDesk again once the data folder is free."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from balintdesk import app, i18n
from balintdesk.domain.roster import MemberDraft
from balintdesk.i18n.choice import LANGUAGE_ENV, kept_language
from balintdesk.instance import SingleInstance
from balintdesk.paths import LANGUAGE_NAME, backups_dir, database_path
from balintdesk.store import roster
from balintdesk.store.db import close_database, open_database
from balintdesk.ui.main_window import MainWindow

from ...conftest import pattern_without_a_meeting_today


@pytest.fixture
def window(qtbot, db, data_dir):
    roster.create_group("Riverside", pattern_without_a_meeting_today())
    main = MainWindow(db, data_dir)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.SETTINGS)
    return main


def choose(window: MainWindow, code: str) -> None:
    combo = window.settings_page.language_box.combo
    combo.setCurrentIndex(combo.findData(code))


def test_the_languages_are_listed_in_their_own_words(window) -> None:
    combo = window.settings_page.language_box.combo
    names = [combo.itemText(index) for index in range(combo.count())]
    assert names == ["English", "Deutsch", "Français", "Nederlands", "Italiano"]
    assert i18n.PSEUDO not in [combo.itemData(index) for index in range(combo.count())]
    assert combo.currentData() == "en", "the language in use"
    assert combo.accessibleName() == "BalintDesk speaks"


def test_choosing_a_language_keeps_it_and_says_so_in_that_language(window, data_dir) -> None:
    box = window.settings_page.language_box
    assert not box.note.isVisible() and not box.restart_button.isVisible()
    choose(window, "de")
    assert kept_language(data_dir) == "de"
    assert (data_dir / LANGUAGE_NAME).read_text(encoding="utf-8") == "de\n"
    assert box.note.isVisible() and box.restart_button.isVisible()
    assert box.note.text() == "BalintDesk spricht ab dem nächsten Start Deutsch."
    assert box.restart_button.text() == "Jetzt neu starten"
    choose(window, "fr")
    assert kept_language(data_dir) == "fr"
    assert box.note.text().startswith("Langue choisie : Français.")
    assert box.restart_button.text() == "Redémarrer maintenant"
    choose(window, "it")
    assert box.restart_button.text() == "Riavvia ora"
    choose(window, "nl")
    assert box.restart_button.text() == "Nu opnieuw starten"
    choose(window, "en")  # back to the language in use: nothing to restart for
    assert kept_language(data_dir) == "en"
    assert not box.note.isVisible() and not box.restart_button.isVisible()


def test_restart_now_closes_the_window_and_asks_for_a_restart(qtbot, window) -> None:
    choose(window, "de")
    with qtbot.waitSignal(window.restart_requested, timeout=2000):
        qtbot.mouseClick(
            window.settings_page.language_box.restart_button, Qt.MouseButton.LeftButton
        )
    assert not window.isVisible()


def test_a_running_meeting_is_asked_about_and_keeping_it_cancels_the_restart(
    qtbot, window, monkeypatch
) -> None:
    timer = window.timer_page
    monkeypatch.setattr(timer, "timer_in_use", lambda: True)
    restarts: list[bool] = []
    window.restart_requested.connect(lambda: restarts.append(True))
    choose(window, "de")
    window.settings_page.language_box.restart_button.click()
    question = window.quit_question
    assert question is not None and window.isVisible(), "asked first, as quitting is"
    keep = next(b for b in question.buttons() if b.text() == "Keep the meeting open")
    keep.click()
    QApplication.processEvents()
    assert window.isVisible() and restarts == []
    monkeypatch.setattr(timer, "timer_in_use", lambda: False)
    window.close()  # a plain quit later is not a restart
    assert restarts == []


def test_the_restart_command_is_how_balintdesk_was_started_less_the_language(
    monkeypatch,
) -> None:
    monkeypatch.setattr(
        sys, "orig_argv", ["/py", "-m", "balintdesk", "--language", "fr", "--data-dir", "/d"]
    )
    assert app.restart_command(frozen=False) == (
        sys.executable,
        ["-m", "balintdesk", "--data-dir", "/d"],
    )
    monkeypatch.setattr(
        sys, "argv", ["/opt/BalintDesk/BalintDesk", "--language=de", "--data-dir", "/d"]
    )
    assert app.restart_command(frozen=True) == (sys.executable, ["--data-dir", "/d"])


def test_restart_now_starts_balintdesk_again_once_the_folder_is_free(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    db = open_database(database_path(data_dir), backups_dir(data_dir))
    group = roster.create_group("Riverside", pattern_without_a_meeting_today())
    roster.add_member(group.id, MemberDraft("Dr Ann Hale"))
    close_database(db)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui sets its own
    monkeypatch.setenv(LANGUAGE_ENV, "it")
    started: list[tuple[str, list[str], bool]] = []

    def start_detached(program: str, arguments: list[str]) -> bool:
        free = SingleInstance(data_dir)
        started.append((program, arguments, free.acquire()))
        free.release()
        return True

    monkeypatch.setattr(app, "start_detached", start_detached)
    monkeypatch.setattr(app, "restart_command", lambda: ("/python", ["-m", "balintdesk"]))

    def restart_when_shown() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.attached
        ]  # fmt: skip
        if not windows:
            QTimer.singleShot(20, restart_when_shown)
            return
        window = windows[0]
        window.show_page(MainWindow.SETTINGS)
        choose(window, "de")
        window.settings_page.language_box.restart_button.click()
        QTimer.singleShot(200, QApplication.instance().quit)  # other tests' windows linger

    QTimer.singleShot(0, restart_when_shown)
    import logging

    handlers = list(logging.getLogger().handlers)
    try:
        assert app.run_gui(data_dir, "en") == 0
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
        i18n.use_language(i18n.ENGLISH)
    assert started == [("/python", ["-m", "balintdesk"], True)], "after the lock was let go"
    assert kept_language(data_dir) == "de"
    import os

    assert LANGUAGE_ENV not in os.environ, "the kept choice is not outranked in the new start"
