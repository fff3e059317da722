"""A damaged private notes file: the window opens, the Notes page says what is wrong in
the user's language, and nothing can be started over it; the group's pages go on."""

from __future__ import annotations

import pytest

from balintdesk.domain.roster import MemberDraft
from balintdesk.i18n import qt as i18n_qt
from balintdesk.paths import backups_dir, database_path
from balintdesk.store import roster
from balintdesk.store.db import close_database, open_database
from balintdesk.ui.main_window import MainWindow

from ...conftest import pattern_without_a_meeting_today


@pytest.fixture
def damaged(data_dir):
    first = open_database(database_path(data_dir), backups_dir(data_dir))
    group = roster.create_group("Riverside", pattern_without_a_meeting_today())
    roster.add_member(group.id, MemberDraft("Dr Siobhán O'Neill"))
    close_database(first)
    notes = data_dir / "notes.sqlite3"
    data = bytearray(notes.read_bytes())
    data[:16] = b"not a database!!"
    notes.write_bytes(bytes(data))
    opened = open_database(database_path(data_dir), backups_dir(data_dir))
    yield opened
    close_database(opened)


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "private notes file"), ("de", "Datei der privaten Notizen")],
)
def test_the_notes_page_says_the_notes_file_is_damaged(
    qtbot, damaged, data_dir, language, words
) -> None:
    i18n_qt.install(language)
    main = MainWindow(damaged, data_dir)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.NOTES)
    page = main.notes_page
    assert page.pages.currentIndex() == page.START
    assert page.notes_problem.isVisible()
    assert words in page.notes_problem.text()
    assert not page.start_button.isEnabled() and not page.import_button.isEnabled()
    assert [m.name for m in roster.list_members(main.group_id)] == ["Dr Siobhán O'Neill"]
