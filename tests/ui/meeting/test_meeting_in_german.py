"""The Meeting page's dialogs in German: the themes list shown and saved (the defaults
stay their English source), and the store's refusals said in German beside the field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from balintdesk import i18n
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import meetings, roster
from balintdesk.ui.main_window import MainWindow

TODAY = dt.date(2026, 3, 3)


@pytest.fixture
def german(qapp):
    i18n_qt.install("de")
    yield
    i18n_qt.install(i18n.ENGLISH)


@pytest.fixture
def window(qtbot, german, db, data_dir):
    pattern = MeetingPattern(Frequency.FORTNIGHTLY, 1, 1, dt.time(12, 30), 75, "Seminarraum")
    group = roster.create_group("Riverside", pattern, TODAY)
    roster.add_member(group.id, MemberDraft("Dr. Anna Albrecht", Role.GP))
    main = MainWindow(db, data_dir, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.MEETING)
    return main


def open_dialog(qtbot, page, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_the_themes_in_german_are_saved_as_their_english_source(qtbot, window) -> None:
    page = window.meeting_page
    dialog = open_dialog(qtbot, page, page.themes_button)
    shown = dialog.text_edit.toPlainText().splitlines()
    assert shown[:2] == ["der wütende Patient", "der fordernde Patient"]
    assert "Grenzen" in shown
    dialog.text_edit.setPlainText("der wütende Patient\nGrenzen\nder stille Patient\n")
    qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
    assert meetings.themes(window.group_id) == [
        "the angry patient",
        "boundaries",
        "der stille Patient",
    ]
    items = [page.theme_combo.itemText(i) for i in range(page.theme_combo.count())]
    assert items == ["(kein Thema)", "der wütende Patient", "Grenzen", "der stille Patient"]


def test_a_refused_theme_list_is_explained_in_german(qtbot, window) -> None:
    page = window.meeting_page
    dialog = open_dialog(qtbot, page, page.themes_button)
    dialog.text_edit.setPlainText("Stille\n" + "x" * 61 + "\nstille\n")
    qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    said = dialog.fields["themes"].error.text()
    assert "ist länger als 60 Zeichen; bitte kürzen." in said
    assert "„stille“ steht zweimal in der Liste (Thema 1)." in said
    assert said.endswith("oder sonst etwas, das einen Patienten erkennbar macht.")


def test_a_too_long_cancel_reason_is_refused_in_german(qtbot, window) -> None:
    page = window.meeting_page
    dialog = open_dialog(qtbot, page, page.cancel_button)
    assert "Dienstag, 3. März 2026, 12:30–13:45 Uhr" in " ".join(
        label.text() for label in dialog.findChildren(type(page.state_label))
    )
    dialog.reason_edit.setText("x" * 81)
    qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
    assert dialog.fields["reason"].error.text() == "Der Grund darf höchstens 80 Zeichen lang sein."


def test_a_break_cancels_in_german(window) -> None:
    page = window.meeting_page
    meetings.add_break(window.group_id, TODAY, TODAY)
    page.refresh()
    assert page.state_label.text() == "Abgesagt: Pause"
    assert page.cancel_button.text() == "Sitzung wiederherstellen"
