"""The Roster page's Records menu: the CPD record dialog (period, live preview, Save PDF…),
the attendance CSV dialog, and the Leader log entry that only a leader may open; by keys
and by mouse, with the save path handed in where a file dialog would ask."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from balintdesk.ui.common import forms
from balintdesk.ui.records import period_dialog
from balintdesk.ui.records.attendance_dialog import AttendanceCsvDialog
from balintdesk.ui.records.cpd_dialog import CpdDialog
from balintdesk.ui.roster.model import RosterModel
from balintdesk.ui.roster.page import RosterPage

from ..._pdf import pdf_text
from ...store._meeting_helpers import FIRST, held_in_january, tuesdays

TODAY = dt.date(2026, 3, 3)
NAME = "Siobhán Ó Ceallaigh"
DAYS = tuesdays(FIRST, 4)  # 6, 13, 20, 27 January 2026


@pytest.fixture
def group(db):
    """Four held meetings: Siobhán at three (presented at one), the first one timed."""
    return held_in_january(NAME, today=TODAY, until=TODAY)


@pytest.fixture
def page(qtbot, group):
    widget = RosterPage(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.set_group(group.id)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def select(page: RosterPage, name: str) -> None:
    proxy = page.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, RosterModel.NAME).data() == name:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{name} is not on the roster")


def choose_from_menu(qtbot, page: RosterPage, open_menu, key: Qt.Key) -> None:
    """Open the Records menu with `open_menu()` and press `key` (an item's underlined
    letter) in it. The menu runs its own event loop, so the key is sent from a timer."""
    menu = page.records_button.menu()

    def press() -> None:
        qtbot.waitUntil(menu.isVisible)
        qtbot.keyClick(menu, key)

    QTimer.singleShot(0, press)
    open_menu()
    qtbot.waitUntil(lambda: not menu.isVisible())


# --- the Records menu ---------------------------------------------------------------------


def test_the_menu_follows_the_selection(page) -> None:
    button = page.records_button
    assert button.isEnabled() and button.menu() is not None
    page.table.clearSelection()
    assert not button.cpd_action.isEnabled() and not button.leader_log_action.isEnabled()
    assert button.attendance_action.isEnabled()
    select(page, NAME)
    assert button.cpd_action.isEnabled()
    assert not button.leader_log_action.isEnabled(), "Siobhán does not lead"
    assert button.cpd_action.text() == f"&CPD record for {NAME}…"
    select(page, "Dr Marcus Webb")
    assert button.cpd_action.isEnabled() and button.leader_log_action.isEnabled()
    page.set_group(None)
    assert not button.isEnabled()


def test_cpd_record_by_keys_preview_and_save(qtbot, page, tmp_path, monkeypatch) -> None:
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.table.setFocus()
    select(page, NAME)
    for _press in range(4):  # from the list, Tab goes along the buttons under it
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if page.records_button.hasFocus():
            break
    assert page.records_button.hasFocus(), "Tab should reach the Records button"
    choose_from_menu(
        qtbot, page, lambda: qtbot.keyClick(page.records_button, Qt.Key.Key_Space), Qt.Key.Key_C
    )
    dialog = page.active_dialog
    assert isinstance(dialog, CpdDialog)
    assert dialog.windowTitle() == f"CPD record for {NAME}"
    # The last twelve months, up to today.
    assert dialog.period() == (dt.date(2025, 3, 4), TODAY)
    assert dialog.preview.text() == "3 meetings · 3.9 hours · 3.9 CPD credits"
    assert (
        dialog.preview_detail.text()
        == "Presented 1, took part 2; 1 timed, 2 at their planned length."
    )

    # A shorter period: the preview follows at once.
    dialog.from_edit.setFocus()
    dialog.from_edit.setDate(QDate(2026, 1, 10))
    assert dialog.preview.text() == "2 meetings · 2.5 hours · 2.5 CPD credits"
    dialog.set_period(dt.date(2026, 1, 28), TODAY)
    assert dialog.preview.text() == "No meetings attended in this period"

    # Backwards: a sentence, and nothing can be saved.
    dialog.set_period(dt.date(2026, 2, 1), dt.date(2026, 1, 1))
    error = dialog.period_field.error
    assert error.isVisible() and "starts after it ends" in error.text()
    assert not dialog.save_button.isEnabled()

    dialog.set_period(dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert not error.isVisible() and dialog.save_button.isEnabled()
    target = tmp_path / "record.pdf"
    asked: list[str] = []
    dialog.choose_path = lambda suggested: asked.append(suggested) or target
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == [f"CPD record {NAME} 2026-01-31.pdf"]
    assert dialog.status_text() == f"Saved “record.pdf” (1 page) in {tmp_path}."
    text = pdf_text(target)
    assert NAME in text and "Dr Marcus Webb" in text
    assert "Thursday 1 January 2026 to Saturday 31 January 2026" in text
    assert "1 h 21 min" in text and "Tue 13 Jan 2026" in text and "Tue 20 Jan 2026" not in text
    assert "3.9 hours" in text
    assert "Printed Tuesday 3 March 2026" in text

    # Saved: "Open it" opens that file in the computer's own program (to read or print).
    opened: list[Path] = []
    monkeypatch.setattr(forms, "open_file", lambda path: opened.append(path) or True)
    assert dialog.open_button.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [target]

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and page.active_dialog is None


def test_cpd_record_by_mouse(qtbot, page) -> None:
    select(page, "Dr Marcus Webb")
    choose_from_menu(
        qtbot,
        page,
        lambda: qtbot.mouseClick(page.records_button, Qt.MouseButton.LeftButton),
        Qt.Key.Key_C,
    )
    dialog = page.active_dialog
    assert isinstance(dialog, CpdDialog) and dialog.member.name == "Dr Marcus Webb"
    assert dialog.preview.text() == "4 meetings · 5.1 hours · 5.1 CPD credits"
    assert dialog.preview_detail.text().startswith("Led 4;")


def test_a_cancelled_save_writes_nothing_and_a_bad_folder_gets_a_sentence(
    qtbot, page, tmp_path
) -> None:
    select(page, NAME)
    page.open_cpd_dialog()
    dialog = page.active_dialog
    asked: list[str] = []
    dialog.choose_path = lambda suggested: asked.append(suggested)  # None: cancelled
    assert dialog.save() is False
    assert asked and dialog.status_text() == ""
    missing = tmp_path / "unplugged"
    dialog.choose_path = lambda _suggested: missing / "record.pdf"
    assert dialog.save() is False
    assert dialog.status_text().startswith(f"The file could not be saved in {missing}:")
    assert "Choose another folder" in dialog.status_text()
    assert dialog.status.property("role") == "fieldError"
    assert not missing.exists()


class FakeSaveDialog:
    def __init__(self, answer: str):
        self.answer = answer
        self.asked: list[str] = []

    def getSaveFileName(self, _parent, _caption, directory, file_filter):
        self.asked.append((directory, file_filter))
        return self.answer, ""


def test_the_file_dialog_is_asked_with_a_name_and_its_suffix_added(
    page, tmp_path, monkeypatch
) -> None:
    fake = FakeSaveDialog(str(tmp_path / "mine"))
    monkeypatch.setattr(period_dialog, "QFileDialog", fake)
    select(page, NAME)
    page.open_cpd_dialog()
    dialog = page.active_dialog
    assert dialog.save() is True
    directory, file_filter = fake.asked[0]
    assert directory.endswith(f"CPD record {NAME} 2026-03-03.pdf")
    assert file_filter == "PDF document (*.pdf)"
    assert (tmp_path / "mine.pdf").read_bytes().startswith(b"%PDF-")


# --- the attendance CSV -------------------------------------------------------------------


def test_attendance_csv_preview_and_save(qtbot, page, tmp_path) -> None:
    page.table.clearSelection()  # the group's attendance needs no member
    choose_from_menu(
        qtbot,
        page,
        lambda: qtbot.mouseClick(page.records_button, Qt.MouseButton.LeftButton),
        Qt.Key.Key_A,
    )
    dialog = page.active_dialog
    assert isinstance(dialog, AttendanceCsvDialog)
    assert dialog.period() == (dt.date(2025, 3, 4), TODAY)
    assert dialog.preview.text() == "4 meetings · 12 rows"
    assert "4 of the rows say “not recorded”" in dialog.preview_detail.text()
    dialog.set_period(dt.date(2026, 1, 13), dt.date(2026, 1, 20))
    assert dialog.preview.text() == "2 meetings · 6 rows"
    target = tmp_path / "attendance.csv"
    dialog.choose_path = lambda _suggested: target
    assert dialog.save() is True
    assert dialog.status_text() == f"Saved “attendance.csv” (6 rows) in {tmp_path}."
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdate,start,member,role,status,presented,led,mode\r\n")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [(r["date"], r["member"], r["status"], r["presented"], r["led"]) for r in rows] == [
        ("2026-01-13", "Ben Ash", "not recorded", "no", ""),
        ("2026-01-13", "Dr Marcus Webb", "present", "no", "led"),
        ("2026-01-13", NAME, "present", "yes", ""),
        ("2026-01-20", "Ben Ash", "not recorded", "no", ""),
        ("2026-01-20", "Dr Marcus Webb", "present", "no", "led"),
        ("2026-01-20", NAME, "apologies", "no", ""),
    ]


def test_attendance_of_a_quiet_period(page) -> None:
    page.open_attendance_dialog()
    dialog = page.active_dialog
    dialog.set_period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert dialog.preview.text() == "No meetings held in this period"


# --- the leader log -----------------------------------------------------------------------


def test_the_leader_log_is_not_opened_for_a_member_who_does_not_lead(page) -> None:
    select(page, NAME)
    page.open_leader_log()
    assert page.active_dialog is None


@pytest.mark.skipif(
    importlib.util.find_spec("balintdesk.ui.records.leader_log_dialog") is None,
    reason="balintdesk.ui.records.leader_log_dialog is not written yet",
)
def test_the_leader_log_opens_for_a_leader(qtbot, page) -> None:
    from balintdesk.ui.records.leader_log_dialog import LeaderLogDialog

    select(page, "Dr Marcus Webb")
    choose_from_menu(
        qtbot,
        page,
        lambda: qtbot.mouseClick(page.records_button, Qt.MouseButton.LeftButton),
        Qt.Key.Key_L,
    )
    dialog = page.active_dialog
    assert isinstance(dialog, LeaderLogDialog)
    assert dialog.isVisible()
    dialog.reject()
    assert page.active_dialog is None
    assert QApplication.activeModalWidget() is None
