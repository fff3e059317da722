"""The window in German: the welcome, the main window's pages, the common dialogs' words,
dates and the damaged-data box, each as a German user reads them. Every test here puts
English back afterwards (the `german` fixture), so the other tests read English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QLabel, QPushButton, QRadioButton

from balintdesk import i18n
from balintdesk.i18n import qt as i18n_qt
from balintdesk.paths import LANGUAGE_NAME
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.session import Session


@pytest.fixture
def german(qapp):
    i18n_qt.install("de")
    yield
    i18n_qt.install(i18n.ENGLISH)


@pytest.fixture
def french(qapp):
    i18n_qt.install("fr")
    yield
    i18n_qt.install(i18n.ENGLISH)


@pytest.fixture
def session(data_dir):
    made = Session(data_dir)
    yield made
    made.close()


GERMAN_PAGES = ["Sitzung", "Timer", "Teilnehmerliste", "Plan", "Notizen", "Einstellungen"]


def test_the_welcome_then_the_main_window_speak_german(qtbot, german, data_dir, session):
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.start()
    welcome = session.welcome
    assert welcome is not None and welcome.isVisible()
    assert welcome.windowTitle() == "Willkommen bei BalintDesk"
    radios = {radio.text() for radio in welcome.findChildren(QRadioButton)}
    assert radios == {"Der gemeinsame PC im Sitzungsraum", "Mein eigener Computer"}
    assert welcome.start_button.text() == "Mit BalintDesk beginnen"
    boxes = {box.title() for box in welcome.findChildren(QGroupBox)}
    assert {"Ihre Balintgruppe", "Dieser Computer"} <= boxes
    labels = {label.text() for label in welcome.findChildren(QLabel)}
    assert {"Willkommen bei BalintDesk", "Nur ich nutze dieses Benutzerkonto."} <= labels

    welcome.group_form.name_edit.setText("Balintgruppe Mitte")
    welcome.personal_radio.setChecked(True)
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    session.wait_for_backup()

    window = session.window
    assert window is not None and window.isVisible()
    pages = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert pages == GERMAN_PAGES
    assert window.computer_label.text() == "Persönlicher Computer"
    assert window.windowTitle() == "Balintgruppe Mitte — BalintDesk"


def test_a_form_dialogs_cancel_button_is_in_the_catalogues_words(qtbot, german):
    from balintdesk.ui.common.action_dialog import ActionDialog

    dialog = ActionDialog("Titel", "", "Los", None)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_dates_are_written_as_the_language_writes_them(german, db) -> None:
    from balintdesk.ui.common import when

    day = dt.date(2026, 3, 3)
    assert when.long_date(day) == "Dienstag, 3. März 2026"
    assert when.short_date(day) == "Di., 3. März 2026"
    moment = dt.datetime(2024, 9, 3, 10, 0)
    assert when.moment(moment) == "Di., 3. Sept. 2024, 10:00"


def test_dates_in_french(french) -> None:
    from balintdesk.ui.common import when

    assert when.long_date(dt.date(2026, 3, 1)) == "dimanche 1er mars 2026"


def test_the_damaged_data_box_in_german(qtbot, german, tmp_path: Path) -> None:
    from balintdesk.store.db import BackupInfo
    from balintdesk.ui.damaged import DamagedDataBox

    backup = tmp_path / "balintdesk-2024-09-03.sqlite3"
    backup.write_bytes(b"x")
    created = dt.datetime(2024, 9, 3, 10, 0).astimezone()
    box = DamagedDataBox(tmp_path / "balintdesk.sqlite3", BackupInfo(backup, created, "daily"))
    qtbot.addWidget(box)
    assert box.windowTitle() == "Die Daten von BalintDesk sind beschädigt"
    assert "Di., 3. Sept. 2024, 10:00" in box.text()
    assert box.restore_button.text().startswith("Neueste intakte Sicherung wiederherstellen")
    assert box.quit_button.text() == "Beenden"


def test_the_settings_page_in_german(qtbot, german, db, data_dir) -> None:
    window = MainWindow(db, data_dir)
    qtbot.addWidget(window)
    page = window.settings_page
    assert page.idle_spin.suffix() == " Minuten ohne Nutzung"
    page.idle_spin.setValue(1)
    assert page.idle_spin.suffix() == " Minute ohne Nutzung"
    assert page.language_box.title() == "Sprache"
    assert page.language_box.combo.currentText() == "Deutsch"
    assert not (data_dir / LANGUAGE_NAME).exists(), "nothing kept until a choice is made"
    buttons = {b.text() for b in page.findChildren(QPushButton) if b.isVisibleTo(page)}
    assert {"Jetzt sichern", "Gruppe speichern", "Sicherungsordner öffnen"} <= buttons


@pytest.mark.parametrize("code", ["de", "fr", "nl", "it"])
def test_the_welcome_and_settings_fit_a_1280_by_720_screen_in_each_language(
    qtbot, qapp, code, db, data_dir
) -> None:
    """As tests/ui/test_fits_the_screen.py opens them, in the languages that run longer."""
    from balintdesk.store import roster
    from balintdesk.ui.common.forms import TITLE_BAR_ALLOWANCE, fit_to_contents
    from balintdesk.ui.common.style import apply_style
    from balintdesk.ui.welcome import WelcomeDialog

    from ..conftest import pattern_without_a_meeting_today
    from ._clipping import clipped

    room = QSize(1280 - 8, 720 - TITLE_BAR_ALLOWANCE)
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    i18n_qt.install(code)
    try:
        welcome = WelcomeDialog()
        qtbot.addWidget(welcome)
        welcome.show()
        qtbot.waitExposed(welcome)
        welcome.resize(welcome.minimumSize())
        fit_to_contents(welcome, room)
        smallest = welcome.minimumSizeHint().expandedTo(welcome.minimumSize())
        assert welcome.size().boundedTo(room) == welcome.size()
        assert smallest.boundedTo(room) == smallest
        assert clipped(welcome) == []
        roster.create_group("Riverside", pattern_without_a_meeting_today())
        window = MainWindow(db, data_dir)
        qtbot.addWidget(window)
        window.resize(room)
        window.show()
        window.show_page(MainWindow.SETTINGS)
        qtbot.waitExposed(window)
        assert clipped(window) == []
    finally:
        i18n_qt.install(i18n.ENGLISH)
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
