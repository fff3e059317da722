"""Settings → this group: how it usually meets (planned meetings follow) and its CME event
number (VNR), shown for a German group or when one is kept, refused beside its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from balintdesk import i18n
from balintdesk.domain.roster import MemberDraft
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import roster
from balintdesk.store.meetings import upcoming_meetings
from balintdesk.ui.common.group_form import GroupForm
from balintdesk.ui.main_window import MainWindow

from ...conftest import pattern_without_a_meeting_today

VNR = "2760909012345670001"


@pytest.fixture
def window(qtbot, db, data_dir):
    group = roster.create_group("Riverside", pattern_without_a_meeting_today())
    roster.add_member(group.id, MemberDraft("Dr Marcus Webb"))
    main = MainWindow(db, data_dir)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.SETTINGS)
    return main


def save(qtbot, window) -> None:
    qtbot.mouseClick(window.settings_page.save_group_button, Qt.MouseButton.LeftButton)


def test_the_usual_mode_saves_and_the_planned_meetings_follow(qtbot, window) -> None:
    form = window.settings_page.group_form
    assert form.mode_combo.currentData() == "in-person"
    assert form.mode_combo.accessibleName() == "In person or online"
    form.mode_combo.setCurrentIndex(form.mode_combo.findData("online"))
    save(qtbot, window)
    assert roster.get_group(window.group_id).meeting_mode == "online"
    assert {m.mode for m in upcoming_meetings(window.group_id, 4)} == {"online"}
    window.settings_page.refresh()
    assert form.mode_combo.currentText() == "Online"


def test_the_event_number_is_for_a_german_group(qtbot, window) -> None:
    form = window.settings_page.group_form
    field = form.fields["event_number"]
    form.set_country("GB")
    assert not field.isVisible()
    form.set_country("DE")
    assert field.isVisible() and form.event_number_label.text() == "VNR"
    assert "Veranstaltungsnummer" in form.event_number_edit.toolTip()
    assert form.event_number_edit.accessibleName() == "CME event number (VNR)"
    form.event_number_edit.setText("2760 9090 1234 5670 001")
    save(qtbot, window)
    assert roster.get_group(window.group_id).event_number == VNR
    form.set_country("GB")  # a number kept stays in sight, whatever the country
    window.settings_page.refresh()
    assert field.isVisible() and form.event_number_edit.text() == VNR


def test_a_wrong_event_number_is_said_beside_its_field_and_nothing_is_saved(qtbot, window):
    form = window.settings_page.group_form
    form.set_country("DE")
    form.mode_combo.setCurrentIndex(form.mode_combo.findData("hybrid"))
    form.event_number_edit.setText("12345")
    save(qtbot, window)
    error = form.fields["event_number"].error
    assert error.isVisible()
    assert error.text() == "The event number (VNR) has 19 digits; this one has 5."
    group = roster.get_group(window.group_id)
    assert (group.event_number, group.meeting_mode, group.country) == ("", "in-person", "GB")


def test_in_german(qtbot, window) -> None:
    i18n_qt.install("de")
    try:
        form = GroupForm()
        qtbot.addWidget(form)
        items = [form.mode_combo.itemText(i) for i in range(form.mode_combo.count())]
        assert items == ["In Präsenz", "Online", "Hybrid (teils online)"]
        assert form.event_number_edit.accessibleName() == "Veranstaltungsnummer (VNR)"
        window.settings_page.group_form.set_country("DE")
        window.settings_page.group_form.event_number_edit.setText("27609090123456")
        save(qtbot, window)
        error = window.settings_page.group_form.fields["event_number"].error
        assert error.text() == "Die Veranstaltungsnummer (VNR) hat 19 Ziffern; diese hat 14."
    finally:
        i18n_qt.install(i18n.ENGLISH)
