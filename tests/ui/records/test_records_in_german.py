"""The record dialogs in German (and a sentence in French): the CPD record's preview with
German plurals and the decimal comma, the attendance export's preview, the leader log's
panels and tables with German kinds, dates and hours, a refused entry said in German, the
file name the save dialog suggests, and a PNG of each dialog to look at."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from balintdesk import i18n
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store.leader_log import add_entry
from balintdesk.store.leaders import set_leaders
from balintdesk.store.models import Meeting
from balintdesk.store.roster import ValidationError
from balintdesk.ui.records.attendance_dialog import AttendanceCsvDialog
from balintdesk.ui.records.cpd_dialog import CpdDialog

from ..._pdf import pdf_text
from .test_cpd_dialog import NAME, TODAY
from .test_cpd_dialog import group as group
from .test_leader_log_dialog import dialog as dialog
from .test_leader_log_dialog import entry_dialog, rows, shown_hours
from .test_leader_log_dialog import people as people

# Where to keep the PNGs to look at: BALINTDESK_SHOTS=/some/folder; a temporary folder else.
SHOTS = os.environ.get("BALINTDESK_SHOTS")


@pytest.fixture
def german(qapp):
    i18n_qt.install("de")
    yield
    i18n_qt.install(i18n.ENGLISH)


def shot(widget, name: str, tmp_path: Path) -> Path:
    folder = Path(SHOTS) if SHOTS else tmp_path
    path = folder / f"{name}.de.png"
    assert widget.grab().save(str(path))
    return path


def test_the_cpd_record_dialog_in_german(qtbot, german, group, tmp_path) -> None:
    member = next(m for m in group.members if m.name == NAME)
    dialog = CpdDialog(member.id, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == f"Fortbildungsnachweis für {NAME}"
    assert dialog.save_button.text() == "PDF speichern…"
    assert dialog.preview.text() == "3 Sitzungen · 3,9 Stunden · 3,9 Fortbildungspunkte"
    detail = dialog.preview_detail.text()
    assert detail.startswith("Fall vorgestellt 1, teilgenommen 2; ")
    assert dialog.suggested_name(*dialog.period()) == f"Fortbildungsnachweis {NAME} 2026-03-03.pdf"
    shot(dialog, "cpd_dialog", tmp_path)

    dialog.set_period(dt.date(2026, 3, 3), dt.date(2026, 1, 1))
    assert dialog.period_field.error.text() == (
        "Der Zeitraum beginnt nach seinem Ende; wählen Sie ein „Bis“-Datum ab dem 3. März 2026."
    )
    dialog.set_period(dt.date(2025, 3, 4), TODAY)
    target = tmp_path / "cpd.pdf"
    assert dialog.save_to(target)
    assert dialog.status_text() == f"„cpd.pdf“ (1 Seite) gespeichert in {tmp_path}."
    text = " ".join(pdf_text(target).split())
    assert "Fortbildungsnachweis" in text and "Di., 6. Jan. 2026" in text


def test_the_attendance_dialog_in_german(qtbot, german, group, tmp_path) -> None:
    dialog = AttendanceCsvDialog(group.id, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle().startswith("Teilnahme – ")
    assert dialog.preview.text().startswith("4 Sitzungen · ")
    assert dialog.preview_detail.text().startswith("Vom 6. Januar 2026 bis 27. Januar 2026.")
    assert "Zeilen sagen „nicht erfasst“" in dialog.preview_detail.text()
    shot(dialog, "attendance_dialog", tmp_path)


def test_the_leader_log_in_german(qtbot, german, people, dialog, tmp_path) -> None:
    assert dialog.windowTitle() == "Leitungsnachweis — Dr Siobhán Ó Ceallaigh"
    assert dialog.hours_panel.title() == "Stunden"
    assert dialog.sessions_panel.title() == "Gruppensitzungen (1)"
    headings = [
        dialog.sessions_table.horizontalHeaderItem(c).text()
        for c in range(dialog.sessions_table.columnCount())
    ]
    assert headings == ["Datum", "Rolle", "Co-Leitung", "Stunden"]
    assert rows(dialog.sessions_table) == [["Di., 4. März 2025", "Geleitet", "—", "1,25"]]
    assert dialog.sessions_panel.hint.text() == ("1 ohne Zeitmessung: mit geplanter Dauer gezählt.")
    assert ["Sa., 11. Okt. 2025", "Supervision", "1,5", "Group supervision"] in rows(
        dialog.entries_table
    )
    assert shown_hours(dialog)["total"] == "2,75"
    assert dialog.pdf_button.text() == "Als &PDF speichern…"
    shot(dialog, "leader_log_dialog", tmp_path)

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    entry = entry_dialog(qtbot, dialog)
    assert entry.windowTitle() == "Zum Leitungsnachweis hinzufügen"
    assert [entry.kind_combo.itemText(i) for i in range(entry.kind_combo.count())] == [
        "Supervision",
        "Fortbildung",
        "Veranstaltung der Gesellschaft",
        "Sonstiges",
    ]
    qtbot.keyClicks(entry.note_edit, "Über Frau Jones, 47 Jahre alt, und Mrs Jones")
    qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    error = entry.fields["note"].error.text()
    assert error.startswith("Das sieht nach Patientendaten aus (Name mit Anrede")
    assert "Jones" not in error
    shot(entry, "leader_log_entry_dialog", tmp_path)
    entry.reject()


MARCUS = "Dr Marcus Webb"


def test_the_stores_sentences_carry_their_words(people) -> None:
    """A refused entry or leader is English text (for logs and older callers) that carries
    its Words, which the window says in the user's language."""
    with pytest.raises(ValidationError) as caught:
        add_entry(people["siobhan"].id, dt.date(2025, 2, 1), "party", 0, "x" * 201, TODAY)
    errors = caught.value.errors
    assert errors["minutes"] == "Give how long it took: at least a minute."
    assert errors["note"] == "Keep the note to 200 characters; it has 201."
    try:
        i18n.use_language("fr")
        assert i18n.say(errors["note"].words) == (
            "La note doit tenir en 200 caractères ; elle en a 201."
        )
        assert i18n.say(errors["kind"].words).startswith("Choisissez le type : supervision")
        i18n.use_language("de")
        assert i18n.say(errors["minutes"].words) == (
            "Geben Sie die Dauer an: mindestens eine Minute."
        )
    finally:
        i18n.use_language(i18n.ENGLISH)

    meeting = Meeting.select().order_by(Meeting.local_date.desc()).first()
    with pytest.raises(ValidationError) as caught:
        set_leaders(meeting.id, people["ann"].id, people["ann"].id, today=meeting.local_date)
    sentence = caught.value.errors["co_leader"]
    assert sentence == "The same person cannot lead and co-lead; choose someone else."
    try:
        i18n.use_language("de")
        assert i18n.say(sentence.words).startswith("Dieselbe Person kann nicht Leitung")
    finally:
        i18n.use_language(i18n.ENGLISH)
