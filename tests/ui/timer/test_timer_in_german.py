"""The timer, the room display and the meeting page in German (and French): the phase
templates' names and guidance in the Balint societies' words, check-in in German, a phase
run through on the injected clock, and what is stored staying the English source."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from balintdesk import i18n
from balintdesk.domain import phases as phase_rules
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import meetings, roster, timer_store
from balintdesk.store.models import Attendance, Meeting, MeetingPhase, Member
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.meeting import words as meeting_words
from balintdesk.ui.timer import words

from .conftest import TODAY


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


def make_window(qtbot, db, data_dir, clock=None, page=MainWindow.TIMER) -> MainWindow:
    group = roster.create_group(
        "Riverside",
        MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 60, "Bibliothek"),
        TODAY,
    )
    roster.add_member(group.id, MemberDraft("Dr. Lena Leiterin", Role.GP, True))
    for name in ("Dr. Anna Albrecht", "Dr. Jürgen Ötztal-Schönberger"):
        roster.add_member(group.id, MemberDraft(name, Role.GP))
    main = MainWindow(db, data_dir, today=lambda: TODAY, clock=clock)
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    main.show_page(page)
    return main


def test_timer_page_and_room_display_speak_german(qtbot, german, db, data_dir, clock) -> None:
    window = make_window(qtbot, db, data_dir, clock)
    page = window.timer_page
    assert page.template_combo.itemText(0) == "Klassisch, ein Fall (60 Min.)"
    assert page.template_combo.itemText(1) == "Zwei Fälle (90 Min.)"
    assert page.phase_label.text() == "Wer hat einen Fall?"
    assert page.state_label.text() == "Bereit"
    assert page.next_value.text() == "Fallvorstellung (10 Min.)"
    assert page.meeting_label.text().startswith("Für die Sitzung am Dienstag, 3. März 2026.")
    projector = page.open_projector()
    qtbot.addWidget(projector)
    page.projector.set_frame("", False)  # the phases, not the group frame
    page.driver.refresh()
    assert projector.phase_label.text() == "Wer hat einen Fall?"
    assert projector.guidance_label.text() == "Gibt es einen Patienten, der Sie nicht loslässt?"
    assert projector.next_label.text() == "Als Nächstes: Fallvorstellung"
    assert projector.close_button.text() == "Raumanzeige schließen  (Esc)"

    # Through the first phase on the injected clock, into the presentation.
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.start_button.text() == "Pause"
    clock.advance(3 * 60 + 1)
    page.driver.refresh()
    assert page.now_value.text() == "Wer hat einen Fall? — +0:01 überzogen"
    page.driver.next()
    assert projector.phase_label.text() == "Fallvorstellung"
    guidance = "Der/die Referent/in erzählt die Begegnung, ohne Notizen."
    assert projector.guidance_label.text() == guidance
    assert projector.next_label.text() == "Als Nächstes: Verständnisfragen"
    assert page.now_value.text() == "Fallvorstellung — noch 10:00"
    clock.advance(8 * 60 + 30)
    page.driver.refresh()
    assert projector.state_label.text() == "noch 2 Minuten"
    clock.advance(2 * 60)
    page.driver.refresh()
    assert projector.state_label.text().startswith("Zeit überschritten")
    assert page.last_announcement == "Fallvorstellung: Die Zeit ist um."
    cells = projector.strip.cells
    assert cells[0].accessibleName() == "Wer hat einen Fall?"
    assert cells[1].accessibleDescription() == "läuft, 10 Min. geplant"
    assert cells[3].accessibleName() == "Zurücklehnen — Gruppengespräch"
    page.driver.toggle()
    assert projector.state_label.text() == "Angehalten"
    # What is stored is the English source, whatever the language on screen.
    logged = [p.name for p in MeetingPhase.select().order_by(MeetingPhase.position)]
    assert logged[:2] == ["Who has a case?", "Presentation"]
    projector.close()


def test_the_templates_dialog_in_german_saves_the_english_source(
    qtbot, german, db, data_dir
) -> None:
    from balintdesk.ui.timer.dialogs import TemplatesDialog

    window = make_window(qtbot, db, data_dir)
    group_id = window.timer_page.group_id
    dialog = TemplatesDialog(group_id, "classic", window)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Klassisch, ein Fall (60 Min.)"
    assert dialog.table.item(1, 0).text() == "Fallvorstellung"
    assert dialog.table.item(2, 0).text() == "Verständnisfragen"
    assert dialog.table.item(5, 0).text() == "Abschluss"
    assert dialog.table.item(5, 2).text() == "Die Leitung führt die Fäden zusammen."
    assert dialog.total_label.text() == "60 Minuten insgesamt"
    # Saved unchanged in German: nothing differs from the shipped template.
    assert dialog.save()
    assert not timer_store.has_override(group_id, "classic")
    # A phase the user renames is kept as typed, the others as their source.
    dialog = TemplatesDialog(group_id, "classic", window)
    qtbot.addWidget(dialog)
    dialog.table.item(0, 0).setText("Ankommen")
    assert dialog.save()
    saved = timer_store.get_template(group_id, "classic")
    assert [p.name for p in saved.phases][:2] == ["Ankommen", "Presentation"]
    assert saved.name == "Classic, one case (60 min)"
    assert words.phase_text("Ankommen") == "Ankommen"


def test_check_in_in_german(qtbot, german, db, data_dir) -> None:
    window = make_window(qtbot, db, data_dir, page=MainWindow.MEETING)
    page = window.meeting_page
    assert page.when_label.text() == "Dienstag, 3. März 2026, 12:30–13:30 Uhr · Bibliothek"
    assert page.state_label.text() == "Heute"
    anna = Member.get(Member.name == "Dr. Anna Albrecht")
    row = page.check_in.rows[anna.id]
    buttons = row.buttons
    assert [b.text() for b in buttons.values()] == ["Anwesend", "Entschuldigt", "Abwesend"]
    assert buttons["present"].accessibleName() == "Dr. Anna Albrecht: Anwesend"
    qtbot.mouseClick(buttons["present"], Qt.MouseButton.LeftButton)
    assert Attendance.get(Attendance.member == anna.id).status == "present"
    assert page.record_status.text() == "Anwesend 1 · Entschuldigt 0 · Abwesend 0"
    # The default themes are shown in German and stored in English.
    assert page.theme_combo.itemText(0) == "(kein Thema)"
    assert page.theme_combo.itemText(1) == "der wütende Patient"
    assert page.theme_combo.itemData(1) == "the angry patient"
    page.theme_combo.setCurrentIndex(1)
    assert page.record()
    assert Meeting.get(Meeting.id == page.meeting.id).theme == "the angry patient"
    later = page.later_button
    qtbot.mouseClick(later, Qt.MouseButton.LeftButton)
    assert page.state_label.text() == "In 7 Tagen"


def test_a_saved_phase_name_equal_to_a_template_name_is_translated(german) -> None:
    assert words.phase_text("Closing") == "Abschluss"
    assert words.phase_text("Presenter returns — case 2") == "Fall 2: Rückkehr"
    assert words.phase_text("Abschlussrunde") == "Abschlussrunde"
    # A user's phase called like a button elsewhere is not translated as one.
    assert words.phase_text("Save") == "Save"
    assert words.phase_source("Verständnisfragen") == "Clarifying questions"
    assert meeting_words.theme_text("boundaries") == "Grenzen"
    assert meeting_words.theme_source("Grenzen") == "boundaries"
    assert meeting_words.theme_text("our own theme") == "our own theme"
    assert words.frame_text(timer_store.DEFAULT_FRAME_TEXT).startswith("Was hier gesagt wird")


def test_every_built_in_word_is_translated_in_every_language() -> None:
    texts = [
        *phase_rules.PHASE_TEXTS,
        *phase_rules.SHORT_NAMES.values(),
        *meetings.DEFAULT_THEMES,
    ]
    try:
        for language in ("de", "fr", "nl", "it"):
            i18n.use_language(language)
            for text in texts:
                assert (
                    words.phase_text(text) != text
                    or meeting_words.theme_text(text) != text
                    or (i18n.translate("Phase templates", text) != text)
                ), (language, text)
    finally:
        i18n.use_language(i18n.ENGLISH)


def test_french_room_display(qtbot, french, db, data_dir, clock) -> None:
    window = make_window(qtbot, db, data_dir, clock)
    page = window.timer_page
    assert page.template_combo.itemText(0) == "Classique, un cas (60 min)"
    projector = page.open_projector()
    qtbot.addWidget(projector)
    projector.set_frame("", False)
    page.driver.next()
    assert projector.phase_label.text() == "Présentation du cas"
    assert projector.next_label.text() == "Ensuite : Questions de clarification"
    projector.close()


def test_a_template_problem_is_said_in_german(qtbot, german, db, data_dir) -> None:
    from balintdesk.ui.timer.dialogs import TemplatesDialog

    window = make_window(qtbot, db, data_dir)
    dialog = TemplatesDialog(window.timer_page.group_id, "classic", window)
    qtbot.addWidget(dialog)
    dialog.table.item(1, 1).setData(Qt.ItemDataRole.EditRole, 0)
    assert not dialog.save()
    assert dialog.error_label.text() == ("Eine Phase dauert zwischen 1 und 180 Minuten (diese: 0).")
