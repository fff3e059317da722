"""The Rota page's Print rota… and Calendar file… dialogs, by mouse and keyboard, with the
save-file step answered by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt

from balintdesk.store import meetings
from balintdesk.store.models import Meeting
from balintdesk.ui.common import forms
from balintdesk.ui.rota.export_dialogs import CalendarFileDialog, RotaPrintDialog

from ..._pdf import pdf_text
from ._rota_window import rota_window

NAMES = ("Dr Siobhán O'Neill", "Chloë Martin", "Dr Ben")


class SavePath:
    """Stands in for the save-file dialog: answers with `answer` and remembers what it
    was asked."""

    def __init__(self, answer: Path | None):
        self.answer = answer
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, _parent, caption: str, suggested: str, file_filter: str) -> str:
        self.asked.append((caption, suggested, file_filter))
        return str(self.answer) if self.answer else ""


@pytest.fixture
def window(qtbot, db, data_dir):
    return rota_window(qtbot, db, data_dir, NAMES)


def open_print(qtbot, page) -> RotaPrintDialog:
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, RotaPrintDialog)
    qtbot.waitExposed(dialog)
    return dialog


# --- print ------------------------------------------------------------------------------


def test_print_rota_saves_the_pdf_where_chosen_and_the_page_says_so(
    qtbot, window, out, monkeypatch
):
    page = window.rota_page
    page.choose_save_path = chooser = SavePath(out / "noticeboard")  # no ending: .pdf is added
    dialog = open_print(qtbot, page)
    assert dialog.isVisible() and dialog.windowModality() != Qt.WindowModality.NonModal
    assert dialog.count_spin.value() == 12
    assert dialog.span_label.text() == "Tue 3 Mar 2026 to Tue 19 May 2026"
    qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
    target = out / "noticeboard.pdf"
    assert target.exists()
    assert not dialog.isVisible() and page.active_dialog is None
    ((caption, suggested, file_filter),) = chooser.asked
    assert caption == "Print the rota"
    assert Path(suggested).name == "Rota Riverside 2026-03-03.pdf"
    assert "*.pdf" in file_filter
    assert page.status_label.text() == (
        f"Saved the rota (12 meetings, 1 page) as “noticeboard.pdf” in {out}."
    )
    text = pdf_text(target)
    assert "Riverside" in text and "Tue 3 Mar 2026" in text and "Tue 19 May 2026" in text
    assert "Tue 26 May 2026" not in text
    assert "Dr Siobhán O'Neill" in text and "Chloë Martin" in text

    # "Open it" beside the sentence opens the PDF to print; a rota change hides it again.
    opened: list[Path] = []
    monkeypatch.setattr(forms, "open_file", lambda path: opened.append(path) or True)
    assert page.open_button.isVisible()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [target]
    page._done("Pinned.")
    assert not page.open_button.isVisible()


def test_how_many_meetings_is_typed_and_enter_saves(qtbot, window, out):
    page = window.rota_page
    group_id = page.group_id
    meetings.add_break(group_id, dt.date(2026, 3, 9), dt.date(2026, 3, 15), "Training week")
    page.choose_save_path = SavePath(out / "four.pdf")
    dialog = open_print(qtbot, page)
    spin = dialog.count_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "4")
    assert spin.value() == 4
    assert dialog.span_label.text() == (
        "Tue 3 Mar 2026 to Tue 31 Mar 2026, with 1 cancelled meeting marked"
    )
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert (out / "four.pdf").exists()
    assert "(5 meetings, 1 page)" in page.status_label.text()
    assert "Cancelled — Training week" in pdf_text(out / "four.pdf")


def test_cancelling_the_file_step_keeps_the_dialog_and_writes_nothing(qtbot, window, out):
    page = window.rota_page
    page.choose_save_path = SavePath(None)
    dialog = open_print(qtbot, page)
    qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and page.active_dialog is dialog
    assert list(out.iterdir()) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and page.active_dialog is None
    assert page.status_label.text() == ""


def test_a_folder_that_cannot_be_written_gets_a_sentence_in_the_dialog(qtbot, window, out):
    page = window.rota_page
    page.choose_save_path = SavePath(out / "gone" / "rota.pdf")
    dialog = open_print(qtbot, page)
    qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "the dialog stays for another try"
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith(f"The file could not be saved in {out / 'gone'}: ")
    assert "Choose another folder" in dialog.error_label.text()
    page.choose_save_path = dialog.choose_path = SavePath(out / "rota.pdf")
    qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
    assert (out / "rota.pdf").exists() and not dialog.isVisible()


def test_the_next_file_is_offered_in_the_folder_of_the_last(qtbot, window, out):
    page = window.rota_page
    page.choose_save_path = SavePath(out / "rota.pdf")
    qtbot.mouseClick(open_print(qtbot, page).primary, Qt.MouseButton.LeftButton)
    page.choose_save_path = chooser = SavePath(None)
    qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.active_dialog.primary, Qt.MouseButton.LeftButton)
    assert Path(chooser.asked[0][1]).parent == out
    page.active_dialog.reject()


# --- calendar ---------------------------------------------------------------------------


def test_calendar_file_says_how_to_import_and_saves_the_ics(qtbot, window, out):
    page = window.rota_page
    meeting = Meeting.get(Meeting.local_date == dt.date(2026, 3, 10))
    meetings.cancel_meeting(meeting.id, "Bank holiday")
    page.refresh()
    page.choose_save_path = chooser = SavePath(out / "riverside")  # .ics is added
    qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, CalendarFileDialog)
    qtbot.waitExposed(dialog)
    how = dialog.how_label.text()
    for app in ("Outlook", "Google Calendar", "Apple Calendar"):
        assert app in how
    assert "updated, not added twice" in dialog.again_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter means Save
    target = out / "riverside.ics"
    assert target.exists() and not dialog.isVisible()
    assert Path(chooser.asked[0][1]).name == "Riverside Balint group.ics"
    calendar = Calendar.from_ical(target.read_bytes())
    assert page.status_label.text() == (
        f"Saved {len(calendar.events)} meetings as “riverside.ics” in {out}. "
        "Import it into your calendar."
    )
    cancelled = [e for e in calendar.events if str(e["STATUS"]) == "CANCELLED"]
    assert [e.start.date() for e in cancelled] == [dt.date(2026, 3, 10)]


def test_without_a_group_the_export_buttons_are_off(qtbot, window):
    page = window.rota_page
    page.set_group(None)
    assert not page.print_button.isEnabled() and not page.calendar_button.isEnabled()
    page.open_print_dialog()
    assert page.active_dialog is None
