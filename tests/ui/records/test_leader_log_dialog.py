"""The leader log dialog as a leader uses it: the last twelve months at a glance, entries
added, refused, edited and deleted by mouse and keyboard, the period changed, and the log
saved as PDF and CSV through an injected path."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.store import meetings, roster
from balintdesk.store.leader_log import add_entry, list_entries
from balintdesk.store.leaders import set_leaders
from balintdesk.store.models import AttendanceStatus, LeaderLogEntry, Meeting
from balintdesk.ui.common import forms
from balintdesk.ui.common.style import apply_style
from balintdesk.ui.records.leader_log_dialog import LeaderLogDialog

from ..._pdf import pdf_text

TODAY = dt.date(2026, 3, 3)
FIRST = dt.date(2025, 1, 7)  # fortnightly Tuesdays from here; the first falls outside
PATTERN = MeetingPattern(Frequency.FORTNIGHTLY, 1, 1, dt.time(12, 30), 75, "Seminar room")
SIOBHAN = "Dr Siobhán Ó Ceallaigh"
MARCUS = "Dr Marcus Webb"


@pytest.fixture
def people(db, qapp):
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)  # for this module only: later tests size buttons without it
    group = roster.create_group("Riverside Balint group", PATTERN, FIRST)
    joined = dt.date(2021, 9, 7)
    siobhan = roster.add_member(group.id, MemberDraft(SIOBHAN, Role.GP, True, joined=joined))
    marcus = roster.add_member(group.id, MemberDraft(MARCUS, Role.GP, True, joined=joined))
    ann = roster.add_member(group.id, MemberDraft("Dr Ann Ames", Role.GP, joined=joined))
    meetings.ensure_schedule(group.id, today=FIRST, until=TODAY)
    held = list(
        Meeting.select()
        .where(Meeting.local_date <= dt.date(2025, 3, 18))
        .order_by(Meeting.local_date)
    )
    # 7 Jan 2025 (outside the last twelve months): Siobhán led.
    # 21 Jan and 4 Feb 2025: led with Marcus; 18 Feb: Marcus led, she co-led;
    # 4 Mar 2025 (outside too, by a day): she led.
    roles = [(siobhan, marcus), (siobhan, marcus), (siobhan, marcus), (marcus, siobhan)]
    for row, (leader, co_leader) in zip(held, [*roles, (siobhan, None)], strict=False):
        for person in (siobhan, marcus, ann):
            meetings.set_attendance(row.id, person.id, AttendanceStatus.PRESENT, today=TODAY)
        meetings.record_meeting(row.id, [], today=TODAY)
        set_leaders(row.id, leader.id, co_leader.id if co_leader else None, today=TODAY)
    add_entry(siobhan.id, dt.date(2025, 10, 11), "supervision", 90, "Group supervision")
    yield {"siobhan": siobhan, "marcus": marcus, "ann": ann}
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture
def dialog(qtbot, people):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = LeaderLogDialog(people["siobhan"].id, parent=parent, today=lambda: TODAY)
    dialog.open()  # as the Roster page opens it
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    yield dialog  # the parent stays referenced meanwhile; Python would free it, and its child
    parent.close()


def rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def shown_hours(dialog) -> dict[str, str]:
    return {category: label.text() for category, label in dialog.hour_labels.items()}


def entry_dialog(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.active_dialog is not None and dialog.active_dialog.isVisible())
    entry = dialog.active_dialog
    entry.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is entry)
    return entry


def test_the_last_twelve_months_at_a_glance(dialog):
    assert dialog.windowTitle() == f"Leader log — {SIOBHAN}"
    assert dialog.period() == (dt.date(2025, 3, 4), TODAY)
    assert rows(dialog.sessions_table) == [
        ["Tue 4 Mar 2025", "Led", "—", "1.25"],
    ]
    dialog.set_period(dt.date(2025, 1, 1), TODAY)
    assert rows(dialog.sessions_table) == [
        ["Tue 7 Jan 2025", "Led", MARCUS, "1.25"],
        ["Tue 21 Jan 2025", "Led", MARCUS, "1.25"],
        ["Tue 4 Feb 2025", "Led", MARCUS, "1.25"],
        ["Tue 18 Feb 2025", "Co-led", MARCUS, "1.25"],
        ["Tue 4 Mar 2025", "Led", "—", "1.25"],
    ]
    assert dialog.sessions_panel.title() == "Group sessions (5)"
    assert dialog.sessions_panel.hint.text() == "5 not timed: counted at their planned length."
    assert rows(dialog.entries_table) == [
        ["Sat 11 Oct 2025", "Supervision", "1.5", "Group supervision"]
    ]
    assert shown_hours(dialog) == {
        "member": "0",
        "led": "5",
        "co_led": "1.25",
        "supervision": "1.5",
        "training": "0",
        "society_event": "0",
        "other": "0",
        "total": "7.75",
    }


def test_add_an_entry_with_the_keyboard(qtbot, dialog):
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    entry = entry_dialog(qtbot, dialog)
    assert entry.date_edit.hasFocus()
    # What: Training (one down from Supervision); hours typed; a short note.
    entry.kind_combo.setFocus()
    qtbot.keyClick(entry.kind_combo, Qt.Key.Key_Down)
    entry.hours_spin.setFocus()
    entry.hours_spin.selectAll()
    qtbot.keyClicks(entry.hours_spin, "6.5")
    qtbot.keyClicks(entry.note_edit, "Leaders' weekend, Oxford")
    qtbot.keyClick(entry.note_edit, Qt.Key.Key_Return)  # Enter saves
    assert not entry.isVisible()
    saved = list_entries(dialog.member_id)[-1]
    assert (saved.day, saved.kind, saved.minutes, saved.note) == (
        TODAY,
        "training",
        390,
        "Leaders' weekend, Oxford",
    )
    assert ["Tue 3 Mar 2026", "Training", "6.5", "Leaders' weekend, Oxford"] in rows(
        dialog.entries_table
    )
    assert dialog.selected_entry_id() == saved.id, "what was added is selected"
    assert shown_hours(dialog)["training"] == "6.5"
    assert shown_hours(dialog)["total"] == "9.25"  # 1.25 + 1.5 + 6.5
    assert dialog.status.text() == "Saved."


def test_a_patient_detail_in_the_note_is_refused_in_a_sentence(qtbot, dialog):
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    entry = entry_dialog(qtbot, dialog)
    qtbot.keyClicks(entry.note_edit, "Talked about Mrs Jones, 47-year-old")
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert entry.isVisible(), "stays open"
    error = entry.fields["note"].error
    assert error.isVisible()
    assert error.text().startswith("This looks like a patient's details (name with a title, age)")
    assert "Jones" not in error.text()
    assert LeaderLogEntry.select().count() == 1, "nothing saved"
    entry.note_edit.setText("Talked about a demanding patient")
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert not entry.isVisible()
    assert LeaderLogEntry.select().count() == 2


def test_edit_with_enter_and_delete_after_asking(qtbot, dialog):
    table = dialog.entries_table
    assert not dialog.edit_button.isEnabled(), "nothing chosen yet"
    table.setFocus()
    table.selectRow(0)
    assert dialog.edit_button.isEnabled() and dialog.delete_button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    entry = entry_dialog(qtbot, dialog)
    assert entry.note_edit.text() == "Group supervision"
    assert entry.hours_spin.value() == 1.5
    entry.note_edit.setText("Group supervision (Balint Society)")
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    assert rows(table)[0][3] == "Group supervision (Balint Society)"

    table.selectRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert box.text() == "Delete the entry “Supervision” of Sat 11 Oct 2025? This cannot be undone."
    keep = next(b for b in box.buttons() if b.text() == "Keep it")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert LeaderLogEntry.select().count() == 1, "kept"
    table.selectRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    delete = next(b for b in dialog.confirm_box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert LeaderLogEntry.select().count() == 0
    assert table.rowCount() == 0
    assert shown_hours(dialog)["supervision"] == "0"
    assert dialog.status.text() == "Entry deleted."


def test_a_period_that_ends_before_it_starts(qtbot, dialog):
    dialog.from_edit.setFocus()
    dialog.from_edit.setDate(dialog.to_edit.date().addDays(1))
    assert dialog.status.isVisible()
    assert dialog.status.text().startswith("The period starts after it ends")
    assert not dialog.pdf_button.isEnabled() and not dialog.csv_button.isEnabled()
    assert dialog.sessions_table.rowCount() == 0
    assert shown_hours(dialog)["total"] == "0"
    dialog.from_edit.setDate(dialog.to_edit.date())
    assert not dialog.status.isVisible()
    assert dialog.pdf_button.isEnabled()


def test_save_as_csv_and_pdf_to_the_chosen_path(qtbot, dialog, tmp_path, monkeypatch):
    suggested: list[str] = []

    def choose(name: str) -> Path:
        suggested.append(name)
        return tmp_path / name

    dialog.choose_path = choose
    dialog.set_period(dt.date(2025, 1, 1), TODAY)
    qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
    assert suggested == [f"Leader log {SIOBHAN} 2026-03-03.csv"]
    data = (tmp_path / suggested[0]).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [(r["date"], r["role"], r["co_leader"]) for r in table[:2]] == [
        ("2025-01-07", "led", MARCUS),
        ("2025-01-21", "led", MARCUS),
    ]
    assert dialog.status.text() == f"Saved “{suggested[0]}” (CSV) in {tmp_path}."

    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / suggested[1]
    assert pdf.suffix == ".pdf" and pdf.read_bytes().startswith(b"%PDF-")
    assert dialog.status.text() == f"Saved “{pdf.name}” (1 page) in {tmp_path}."
    text = pdf_text(pdf, layout=True)
    assert SIOBHAN in text
    assert "Wednesday 1 January 2025 to Tuesday 3 March 2026" in text
    assert "Printed Tuesday 3 March 2026" in text

    opened: list[Path] = []
    monkeypatch.setattr(forms, "open_file", lambda path: opened.append(path) or True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [pdf], "Open it opens the file just saved"


def test_a_cancelled_or_failed_save_says_so(qtbot, dialog, tmp_path):
    dialog.choose_path = lambda name: None  # the file dialog was cancelled
    assert not dialog.save_as(".pdf")
    assert not dialog.status.isVisible()
    dialog.choose_path = lambda name: tmp_path / "missing" / name
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith(f"The file could not be saved in {tmp_path / 'missing'}")
    assert dialog.status.property("role") == "fieldError"
    assert not (tmp_path / "missing").exists()
    assert dialog.open_button.isHidden(), "nothing saved, nothing to open"


def test_someone_who_is_not_a_leader_sees_their_sessions_but_cannot_add(qtbot, people):
    dialog = LeaderLogDialog(people["ann"].id, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_period(dt.date(2025, 1, 1), TODAY)
    assert [row[1] for row in rows(dialog.sessions_table)] == ["Member"] * 5
    assert shown_hours(dialog)["member"] == "6.25"
    assert not dialog.add_button.isEnabled()
    hint = dialog.findChild(QWidget, "notLeaderHint")
    assert hint is not None and hint.isVisible()
