"""A German practice's first morning, in one go, as the window shows it: the welcome, a
roster from a German spreadsheet, check-in, the timer and the notes page, every step
checked in the words a German user reads."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from balintdesk import i18n
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import group_country, roster
from balintdesk.store.models import Attendance, Member
from balintdesk.ui.common.import_dialog import CsvImportDialog
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.welcome import WelcomeDialog


@pytest.fixture
def german(qapp):
    i18n_qt.install("de")
    yield
    i18n_qt.install(i18n.ENGLISH)


SPREADSHEET = (
    # As a German Excel saves it: semicolons, German headers, values and dates.
    "Name;Rolle;Leitung;E-Mail;Beitritt\r\n"
    "Dr. Anna Albrecht;Allgemeinmedizin;ja;a.albrecht@example.de;01.09.2025\r\n"
    "Jörg Özdemir;Allgemeinmedizin;nein;;14. März 2025\r\n"
    "Änne Bauer;Allgemeinmedizin;nein;;2025-01-07\r\n"
)


def test_welcome_roster_check_in_timer_and_notes_in_german(
    qtbot, german, db, data_dir, tmp_path
) -> None:
    today = dt.date.today()
    # The welcome: a group meeting every week on today's weekday, in Germany.
    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    assert welcome.windowTitle() == "Willkommen bei BalintDesk"
    assert welcome.start_button.text() == "Mit BalintDesk beginnen"
    form = welcome.group_form
    form.name_edit.setText("Balintgruppe Mitte")
    form.weekday_combo.setCurrentIndex(form.weekday_combo.findData(today.weekday()))
    assert form.weekday_combo.currentText() == i18n.formats.weekday_name(today.weekday(), "de")
    form.set_country("DE")
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    group = welcome.created_group
    assert group is not None and group_country.country_of(group.id) == "DE"

    first = roster.get_group(group.id).first_date  # the first meeting's day is "today"
    window = MainWindow(db, data_dir, today=lambda: first)
    qtbot.addWidget(window)
    window.show()
    pages = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert pages == ["Sitzung", "Timer", "Teilnehmerliste", "Plan", "Notizen", "Einstellungen"]

    # The roster, from a German spreadsheet.
    sheet = tmp_path / "Teilnehmer.csv"
    sheet.write_text(SPREADSHEET, encoding="utf-8-sig")
    window.show_page(MainWindow.ROSTER)
    window.roster_page.open_import_dialog(sheet)
    dialog = window.roster_page.active_dialog
    assert isinstance(dialog, CsvImportDialog)
    assert dialog.import_button.text() == "3 Mitglieder importieren"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    members = {m.name: m for m in roster.list_members(group.id)}
    assert set(members) == {"Dr. Anna Albrecht", "Jörg Özdemir", "Änne Bauer"}
    assert members["Dr. Anna Albrecht"].is_leader
    assert members["Jörg Özdemir"].joined == dt.date(2025, 3, 14)
    assert members["Änne Bauer"].joined == dt.date(2025, 1, 7)
    table = window.roster_page.table
    headings = [str(table.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(3)]
    assert headings == ["Name", "Rolle", "Leitung"]
    shown = [table.model().index(row, 0).data() for row in range(3)]
    assert shown == ["Änne Bauer", "Dr. Anna Albrecht", "Jörg Özdemir"]  # Ä with A
    assert table.model().index(0, 1).data() == "Allgemeinmedizin"

    # Check-in, on the meeting page: today is a meeting day.
    window.show_page(MainWindow.MEETING)
    page = window.meeting_page
    assert page.state_label.text() == "Heute"
    joerg = Member.get(Member.name == "Jörg Özdemir")
    buttons = page.check_in.rows[joerg.id].buttons
    assert [b.text() for b in buttons.values()] == ["Anwesend", "Entschuldigt", "Abwesend"]
    qtbot.mouseClick(buttons["present"], Qt.MouseButton.LeftButton)
    assert Attendance.get(Attendance.member == joerg.id).status == "present"
    assert page.record_status.text().startswith("Anwesend 1")

    # The timer, in the German Balint society's words.
    window.show_page(MainWindow.TIMER)
    timer = window.timer_page
    assert timer.phase_label.text() == "Wer hat einen Fall?"
    assert timer.state_label.text() == "Bereit"
    assert timer.next_value.text().startswith("Fallvorstellung")
    timer.driver.toggle()
    timer.driver.next()
    assert timer.phase_label.text() == "Fallvorstellung"

    # The notes page, for the doctor at the keyboard.
    window.show_page(MainWindow.NOTES)
    assert window.notes_page.start_button.text() == "Meine privaten Notizen beginnen"
