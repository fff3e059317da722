"""Drive the app as a practice manager would: welcome, roster by keyboard and mouse, restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from balintdesk.domain.group import Frequency
from balintdesk.domain.roster import MemberDraft
from balintdesk.store import roster, settings
from balintdesk.store.models import Member
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.roster.member_dialog import MemberDialog
from balintdesk.ui.roster.model import RosterModel
from balintdesk.ui.roster.page import RosterPage
from balintdesk.ui.session import Session

from ...conftest import pattern_without_a_meeting_today


@pytest.fixture
def start_session(qtbot, data_dir: Path):
    """Start BalintDesk on the test's data folder; every session is closed at the end."""
    sessions: list[Session] = []

    def start() -> Session:
        session = Session(data_dir)
        with qtbot.waitSignal(session.opened, timeout=10_000):
            session.start()  # the data opens once the window has painted
        session.wait_for_backup()
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.close()


def finish_welcome(qtbot, session: Session, name: str = "Thursday Balint group") -> MainWindow:
    welcome = session.welcome
    assert welcome is not None and welcome.isVisible()
    qtbot.keyClicks(welcome.group_form.name_edit, name)
    welcome.group_form.frequency_combo.setCurrentIndex(
        welcome.group_form.frequency_combo.findData(Frequency.WEEKLY.value)
    )
    welcome.group_form.room_edit.setText("Seminar room")
    # A radio button answers clicks on its circle and label, not on the empty width beside.
    radio = welcome.personal_radio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    assert session.window is not None
    activate(qtbot, session.window)
    return session.window


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard does. QTest only maps ASCII to keys, so other characters
    ("á", "ë") are sent as key events that carry the text, as an input method would."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def activate(qtbot, window) -> None:
    """Make `window` the active one, as a window manager does when a window opens."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def add_member_by_keyboard(qtbot, window: MainWindow, name: str, role_text: str = "") -> None:
    page = window.roster_page
    focus = QApplication.focusWidget()
    assert focus is not None and page.isAncestorOf(focus), "the roster page should have focus"
    qtbot.keyClick(focus, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert isinstance(dialog, MemberDialog), "Ctrl+N should open the add-member dialog"
    activate(qtbot, dialog)
    assert dialog.name_edit.hasFocus()
    type_text(qtbot, dialog.name_edit, name)
    if role_text:
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findText(role_text))
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    errors = [field.error.text() for field in dialog.fields.values() if field.error.text()]
    assert not dialog.isVisible(), f"Enter should save {dialog.name_edit.text()!r}: {errors}"
    activate(qtbot, window)  # the window manager hands focus back when a dialog closes


def table_names(window: MainWindow) -> list[str]:
    proxy = window.roster_page.proxy
    return [proxy.index(row, RosterModel.NAME).data() for row in range(proxy.rowCount())]


def test_welcome_creates_the_group_and_lands_on_the_roster(qtbot, start_session):
    session = start_session()
    assert session.window is None, "the first start shows the welcome, not the main window"
    window = finish_welcome(qtbot, session)

    assert window.pages.currentWidget() is window.roster_page
    group = roster.list_groups()[0]
    assert group.name == "Thursday Balint group"
    assert group.pattern.frequency is Frequency.WEEKLY
    assert group.room == "Seminar room"
    assert settings.get_flag(settings.SHARED_PC) is False  # "my own computer" was chosen
    assert "Thursday Balint group" in window.windowTitle()
    assert window.roster_page.empty_state.isVisible() or not window.isVisible()
    assert "Nobody is on the roster yet" in window.roster_page.empty_label.text()


def test_welcome_refuses_an_empty_group_name_with_a_sentence(qtbot, start_session):
    session = start_session()
    welcome = session.welcome
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    error = welcome.group_form.fields["name"].error
    assert welcome.isVisible()
    assert error.isVisible() and "Please give the group a name" in error.text()
    assert roster.list_groups() == []


def test_roster_by_keyboard_and_mouse_survives_a_restart(qtbot, start_session):
    window = finish_welcome(qtbot, start_session())
    activate(qtbot, window)
    page = window.roster_page

    add_member_by_keyboard(qtbot, window, "Dr Siobhán O'Neill", "GP")
    add_member_by_keyboard(qtbot, window, "Patel, Anjali (Dr)", "GP trainee")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    type_text(qtbot, dialog.name_edit, "Chloë Martin")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findText("Nurse"))
    qtbot.mouseClick(dialog.leader_check, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.email_edit, "chloe.martin@example.org")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    # Sorted by name, case-blind; the status line says what happened.
    assert table_names(window) == ["Chloë Martin", "Dr Siobhán O'Neill", "Patel, Anjali (Dr)"]
    assert "Added Chloë Martin" in page.status_label.text()

    # Search narrows the list (Ctrl+F, type); Down moves into the results.
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "patel")
    assert table_names(window) == ["Patel, Anjali (Dr)"]
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.selected_member().name == "Patel, Anjali (Dr)"

    # Enter edits the selected member.
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.active_dialog
    assert isinstance(dialog, MemberDialog) and dialog.name_edit.text() == "Patel, Anjali (Dr)"
    activate(qtbot, dialog)
    dialog.email_edit.setText("anjali.patel@example.org")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    activate(qtbot, window)
    page.search_edit.clear()

    # Delete archives; the member leaves the list but not the database.
    page.select_member(_member("Dr Siobhán O'Neill").id)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Dr Siobhán O'Neill" not in table_names(window)
    assert _member("Dr Siobhán O'Neill").is_archived

    # Sorting by another column (what a header click does): Role, Z to A.
    header = page.table.horizontalHeader()
    page.table.sortByColumn(RosterModel.ROLE, Qt.SortOrder.DescendingOrder)
    assert table_names(window) == ["Chloë Martin", "Patel, Anjali (Dr)"]
    assert header.sortIndicatorSection() == RosterModel.ROLE

    # Restart on the same data folder: no welcome, everything still there.
    window.close()
    second = start_session()
    assert second.welcome is None and second.window is not None
    page = second.window.roster_page
    assert table_names(second.window) == ["Chloë Martin", "Patel, Anjali (Dr)"]
    chloe = _member("Chloë Martin")
    assert (chloe.role, chloe.is_leader, chloe.email) == ("nurse", True, "chloe.martin@example.org")
    assert _member("Patel, Anjali (Dr)").email == "anjali.patel@example.org"

    # The archived member is still there to restore.
    qtbot.mouseClick(page.show_archived_check, Qt.MouseButton.LeftButton)
    assert "Dr Siobhán O'Neill" in table_names(second.window)
    page.select_member(_member("Dr Siobhán O'Neill").id)
    assert page.archive_button.text() == "Restore"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert not _member("Dr Siobhán O'Neill").is_archived


def _member(name: str) -> Member:
    return Member.get(Member.name == name)


def test_bad_input_in_the_member_dialog_changes_nothing(qtbot, start_session):
    window = finish_welcome(qtbot, start_session())
    page = window.roster_page
    add_member_by_keyboard(qtbot, window, "Dr Marcus Webb")
    before = list(Member.select().dicts())

    page.open_add_dialog()
    dialog = page.active_dialog
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.name_edit, "  dr MARCUS webb ")
    qtbot.keyClicks(dialog.email_edit, "marcus at practice")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible(), "a bad member keeps the dialog open"
    name_error = dialog.fields["name"].error
    email_error = dialog.fields["email"].error
    assert name_error.isVisible() and "already called" in name_error.text()
    assert email_error.isVisible() and "does not look like an email address" in email_error.text()
    assert dialog.name_edit.hasFocus(), "focus goes to the first field to fix"
    assert list(Member.select().dicts()) == before

    # Fixing the fields clears the sentences and saves.
    dialog.name_edit.setText("Dr Marcia Webb")
    dialog.email_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert not name_error.isVisible()
    assert Member.select().count() == 2


def test_present_from_before_joined_is_refused_beside_the_field(qtbot, start_session):
    window = finish_welcome(qtbot, start_session())
    page = window.roster_page
    page.open_add_dialog()
    dialog = page.active_dialog
    activate(qtbot, dialog)
    dialog.name_edit.setText("Dr Rhys Llewellyn")
    dialog.joined_edit.setDate(dialog.joined_edit.date().addDays(-10))
    dialog.present_from_check.setChecked(True)
    dialog.present_from_edit.setDate(dialog.joined_edit.date().addDays(-30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.fields["may_present_from"].error
    assert error.isVisible() and "before the date they joined" in error.text()
    assert Member.select().count() == 0
    dialog.present_from_edit.setDate(dialog.joined_edit.date().addDays(28))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = _member("Dr Rhys Llewellyn")
    assert (saved.may_present_from - saved.joined).days == 28


def test_group_switcher_keeps_rosters_apart(qtbot, start_session):
    window = finish_welcome(qtbot, start_session(), "Monday group")
    add_member_by_keyboard(qtbot, window, "Dr Ellen Fraser")
    second = roster.create_group("Friday trainees", roster.get_group(window.group_id).pattern)
    window.reload_groups(second.id)
    assert window.group_id == second.id
    assert table_names(window) == []
    add_member_by_keyboard(qtbot, window, "Dr Grace Adeyemi")
    assert table_names(window) == ["Dr Grace Adeyemi"]
    window.group_combo.setCurrentIndex(window.group_combo.findText("Monday group"))
    assert table_names(window) == ["Dr Ellen Fraser"]
    assert settings.get_setting(settings.CURRENT_GROUP) == str(window.group_id)


def test_sorting_from_the_keyboard_and_by_header_click(qtbot, start_session):
    window = finish_welcome(qtbot, start_session())
    page = window.roster_page
    for name in ("Dr B Second", "Dr A First", "Dr C Third"):
        add_member_by_keyboard(qtbot, window, name)
    assert table_names(window) == ["Dr A First", "Dr B Second", "Dr C Third"]

    # Alt+O reaches "Sort by"; Down picks the next order, Z to A.
    qtbot.keyClick(page.table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert page.sort_combo.hasFocus()
    qtbot.keyClick(page.sort_combo, Qt.Key.Key_Down)
    assert page.sort_combo.currentText() == "Name, Z to A"
    assert table_names(window) == ["Dr C Third", "Dr B Second", "Dr A First"]

    # A click on the Name header sorts A to Z again, and the combo follows.
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(RosterModel.NAME) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert table_names(window) == ["Dr A First", "Dr B Second", "Dr C Third"]
    assert page.sort_combo.currentText() == "Name, A to Z"


def row_of_buttons(page) -> list:
    return [
        page.add_button,
        page.edit_button,
        page.archive_button,
        page.records_button,
        page.import_button,
        page.export_button,
    ]


def assert_whole_and_inside(page) -> None:
    for button in row_of_buttons(page):
        assert button.width() >= button.sizeHint().width(), button.objectName()
        assert button.mapTo(page, button.rect().topRight()).x() <= page.width()
    if page.edit_hint.isVisible():
        hint = page.edit_hint
        assert hint.mapTo(page, hint.rect().topRight()).x() <= page.width()
        subtitle_end = page.subtitle.mapTo(page, page.subtitle.rect().topLeft()).x()
        assert subtitle_end + page.subtitle.sizeHint().width() <= hint.x()


@pytest.mark.parametrize("width", [1180, 900])
def test_the_row_of_buttons_fits_the_window_whole(qtbot, start_session, width):
    # The Records menu joined the row: no button may be squeezed below its text, on the
    # usual window or the narrowest one.
    session = start_session()
    window = finish_welcome(qtbot, session)
    add_member_by_keyboard(qtbot, window, "Dr Siobhán Ó Ceallaigh")
    window.resize(width, 720)
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.processEvents()
    assert_whole_and_inside(window.roster_page)


@pytest.fixture
def plain_look(qapp):
    """Qt's own look for this test, whatever an earlier test left on the application: the
    test sets its buttons' type itself, which a style sheet's font would override."""
    sheet, font = qapp.styleSheet(), qapp.font()
    if sheet:
        qapp.setStyleSheet("")
    yield
    if sheet:
        qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def test_a_narrow_page_shortens_the_csv_buttons_and_hides_the_hint(qtbot, db, plain_look):
    group = roster.create_group("Thursday Balint group", pattern_without_a_meeting_today())
    page = RosterPage()
    qtbot.addWidget(page)
    page.set_group(group.id)
    page.setMinimumWidth(300)  # as the main window's own minimum lets it be squeezed
    page.resize(1600, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.import_button.text() == "Import CSV…" and page.edit_hint.isVisible()

    # Not room for the subtitle and the hint side by side: the hint steps aside.
    both = page.subtitle.sizeHint().width() + page.edit_hint.sizeHint().width()
    page.resize(both + 56, 600)
    QApplication.processEvents()
    assert not page.edit_hint.isVisible()
    assert page.import_button.text() == "Import CSV…"
    page.resize(both + 56 + 40, 600)
    QApplication.processEvents()
    assert page.edit_hint.isVisible()
    assert_whole_and_inside(page)

    # Large type on the buttons: not room for them all whole, so the CSV ones say less.
    for button in row_of_buttons(page):
        font = button.font()
        font.setPointSizeF(22)
        button.setFont(font)
    needed = sum(button.sizeHint().width() for button in row_of_buttons(page))
    page.resize(needed + 56 - 30, 600)
    QApplication.processEvents()
    assert page.width() == needed + 26
    # The row is laid out when the event loop comes round to it (later in a long run).
    qtbot.waitUntil(lambda: page.import_button.text() == "Import…", timeout=3000)
    QApplication.processEvents()  # and the row laid out again with the shorter texts
    assert page.export_button.text() == "Export…"
    assert_whole_and_inside(page)
    page.resize(needed + 400, 600)
    qtbot.waitUntil(lambda: page.import_button.text() == "Import CSV…", timeout=3000)
    QApplication.processEvents()
    assert_whole_and_inside(page)


def test_the_count_of_members_reads_right_for_one_and_for_many(qtbot, db) -> None:
    from balintdesk.ui.roster.page import RosterPage

    group = roster.create_group("Riverside", pattern_without_a_meeting_today())
    roster.add_member(group.id, MemberDraft("Dr Ann Hale"))
    page = RosterPage()
    qtbot.addWidget(page)
    page.set_group(group.id)
    assert page.subtitle.text() == "Riverside · 1 active member, 0 leading"
    roster.add_member(group.id, MemberDraft("Dr Ben Okafor"))
    page.set_group(group.id)
    assert page.subtitle.text() == "Riverside · 2 active members, 0 leading"
