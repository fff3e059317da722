"""Settings: edit the group, add another, mark the shared PC, back up and restore."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from balintdesk.domain.group import Frequency
from balintdesk.domain.roster import MemberDraft
from balintdesk.paths import backups_dir
from balintdesk.store import roster, settings
from balintdesk.store.backup_files import notes_companion
from balintdesk.store.db import BackupInfo, list_backups
from balintdesk.store.meetings import upcoming_meetings
from balintdesk.store.models import Meeting, Member
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.settings.page import describe_backup

from ...conftest import pattern_without_a_meeting_today


@pytest.fixture
def window(qtbot, db, data_dir):
    group = roster.create_group("Riverside", pattern_without_a_meeting_today())
    roster.add_member(group.id, MemberDraft("Dr Marcus Webb"))
    main = MainWindow(db, data_dir)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.SETTINGS)
    return main


def test_editing_the_group_pattern_saves_and_renames_everywhere(qtbot, window):
    form = window.settings_page.group_form
    form.name_edit.setText("Riverside Thursday group")
    form.frequency_combo.setCurrentIndex(form.frequency_combo.findData(Frequency.MONTHLY.value))
    form.week_combo.setCurrentIndex(form.week_combo.findData(-1))
    form.weekday_combo.setCurrentIndex(3)
    qtbot.mouseClick(window.settings_page.save_group_button, Qt.MouseButton.LeftButton)

    group = roster.get_group(window.group_id)
    assert group.name == "Riverside Thursday group"
    assert group.pattern.describe().startswith("Monthly on the last Thursday")
    assert window.group_combo.currentText() == "Riverside Thursday group"
    assert "Riverside Thursday group" in window.windowTitle()
    assert "Saved" in window.settings_page.group_status.text()


def test_a_group_without_a_name_is_not_saved(qtbot, window):
    form = window.settings_page.group_form
    form.name_edit.setText("   ")
    qtbot.mouseClick(window.settings_page.save_group_button, Qt.MouseButton.LeftButton)
    assert form.fields["name"].error.isVisible()
    assert roster.get_group(window.group_id).name == "Riverside"


def test_shared_pc_setting_is_remembered(qtbot, window):
    check = window.settings_page.shared_check
    assert not check.isChecked()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().bottomLeft() / 2)
    assert settings.get_flag(settings.SHARED_PC)
    assert window.computer_label.text() == "Shared meeting-room PC"


def test_back_up_now_then_restore_brings_the_old_roster_back(qtbot, window, data_dir):
    page = window.settings_page
    qtbot.mouseClick(page.backup_now_button, Qt.MouseButton.LeftButton)
    made = list_backups(backups_dir(data_dir))
    assert [b.kind for b in made] == ["manual"]
    assert page.backup_list.count() == 1 and "made by hand" in page.backup_list.item(0).text()

    roster.add_member(window.group_id, MemberDraft("Dr Added Later"))
    window.roster_page.refresh()
    assert window.roster_page.proxy.rowCount() == 2

    page.backup_list.setCurrentRow(0)
    assert page.restore_button.isEnabled()
    assert page.restore(made[0].path)
    assert [m.name for m in Member.select()] == ["Dr Marcus Webb"]
    assert window.roster_page.proxy.rowCount() == 1, "the pages show the restored data"
    kinds = sorted(b.kind for b in list_backups(backups_dir(data_dir)))
    assert kinds == ["before-restore", "manual"], "a safety copy was made before restoring"
    assert "Restored" in page.backup_status.text()
    assert "private notes" not in page.backup_status.text()  # restored with it


def test_restoring_a_backup_without_the_notes_says_the_notes_were_kept(qtbot, window, data_dir):
    page = window.settings_page
    qtbot.mouseClick(page.backup_now_button, Qt.MouseButton.LeftButton)
    [made] = list_backups(backups_dir(data_dir))
    notes_companion(made.path).unlink()  # as a backup from before notes.sqlite3 was
    assert page.restore(made.path)
    assert "The private notes are not part of this backup" in page.backup_status.text()


def test_restoring_a_damaged_file_says_so_and_changes_nothing(qtbot, window, data_dir):
    bad = backups_dir(data_dir) / "balintdesk-20240101T000000Z-daily.sqlite3"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"this is not a database" * 100)
    before = list(Member.select().dicts())
    assert not window.settings_page.restore(bad)
    assert window.settings_page.backup_status.text()
    assert list(Member.select().dicts()) == before


def test_add_another_group_switches_to_it(qtbot, window):
    qtbot.mouseClick(window.settings_page.new_group_button, Qt.MouseButton.LeftButton)
    dialog = window.settings_page.active_dialog
    assert dialog is not None and dialog.isVisible(), "Add another group… opens a dialog"
    dialog.form.name_edit.setText("Trainees' group")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert window.group_combo.currentText() == "Trainees' group"
    assert window.roster_page.model.rowCount() == 0
    assert {g.name for g in roster.list_groups()} == {"Riverside", "Trainees' group"}


def test_backup_list_describes_each_backup_in_local_time(window):
    info = BackupInfo(
        window.settings_page._data_dir / "x.sqlite3",  # size is read from the file
        dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC),
        "daily",
    )
    info.path.write_bytes(b"x" * 4096)
    text = describe_backup(info)
    assert "2026" in text and "daily backup" in text and "4 KB" in text


def test_choosing_the_groups_time_zone_moves_its_meetings_on_the_clock(qtbot, window):
    group_id = window.group_id
    coming = upcoming_meetings(group_id)[0]
    assert roster.get_group(group_id).pattern.timezone == "Europe/London"
    form = window.settings_page.group_form
    assert form.zone_combo.currentText() == "Europe/London", "shown as stored"
    form.zone_combo.setCurrentText("Europe/Berlin")
    qtbot.mouseClick(window.settings_page.save_group_button, Qt.MouseButton.LeftButton)

    assert roster.get_group(group_id).pattern.timezone == "Europe/Berlin"
    moved = Meeting.get_by_id(coming.id)
    assert moved.timezone == "Europe/Berlin"
    # The same wall-clock time in Berlin is an hour earlier in UTC than in London.
    assert coming.starts_at - moved.starts_at == dt.timedelta(hours=1)
