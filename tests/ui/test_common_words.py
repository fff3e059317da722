"""The common pieces in the user's language: the CSV import dialog (its headings, counts,
how the file was read, the lines to correct), the store's Words and errors shown with
i18n.shown and i18n.sentences, and the sentences about saving a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from balintdesk import i18n
from balintdesk.domain.csv_read import RowError
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.domain.words import Words, WordsError
from balintdesk.fileio import OwnFileError
from balintdesk.i18n import qt as i18n_qt
from balintdesk.i18n import sentences, shown
from balintdesk.paths import OwnFile
from balintdesk.store import roster
from balintdesk.ui.common.forms import own_file_sentence
from balintdesk.ui.common.import_dialog import HISTORY_IMPORT, ROSTER_IMPORT, CsvImportDialog
from balintdesk.ui.common.words import data_name

from ..conftest import pattern_without_a_meeting_today


@pytest.fixture
def language(qapp):
    def use(code: str) -> None:
        i18n_qt.install(code)

    yield use
    i18n_qt.install(i18n.ENGLISH)


@pytest.fixture
def group(db) -> int:
    made = roster.create_group("Riverside", pattern_without_a_meeting_today())
    roster.add_member(made.id, MemberDraft("Dr Marcus Webb", Role.GP, True))
    return made.id


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "liste.csv"
    path.write_bytes(text.encode("utf-8"))
    return path


def test_the_roster_import_in_german(qtbot, language, group, tmp_path) -> None:
    language("de")
    path = write(tmp_path, "Name,Role\r\nDr Anna Berg,GP\r\nDr Eva Ross,GP\r\n")
    dialog = CsvImportDialog(ROSTER_IMPORT, group, path, None, dt.date(2026, 3, 3))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Teilnehmerliste importieren"
    headings = [
        dialog.preview.horizontalHeaderItem(column).text()
        for column in range(dialog.preview.columnCount())
    ]
    assert headings == ["Zeile", "Was geschieht", "Name", "Änderungen"]
    assert dialog.preview.item(0, 1).text() == "Hinzufügen"
    assert dialog.import_button.text() == "2 Mitglieder importieren"
    assert dialog.explanation.text().startswith("2 neu, 0 zu aktualisieren, 0 schon aktuell.")
    assert dialog.file_format.text() == "Gelesen als UTF-8, Spalten getrennt durch Kommas."
    assert dialog.encoding_choice.itemText(0) == "Aus der Datei erkannt"
    dialog._import()
    assert dialog.summary == "Teilnehmerliste importiert: 2 hinzugefügt, 0 aktualisiert."


def test_the_import_counts_in_english_singular_and_plural(qtbot, group, tmp_path) -> None:
    path = write(tmp_path, "Name\r\nDr Anna Berg\r\n")
    dialog = CsvImportDialog(ROSTER_IMPORT, group, path, None, dt.date(2026, 3, 3))
    qtbot.addWidget(dialog)
    assert dialog.import_button.text() == "Import 1 member"
    assert dialog.file_format.text() == "Read as UTF-8, columns separated by commas."


def test_lines_to_correct_are_said_in_french(qtbot, language, group, tmp_path) -> None:
    language("fr")
    path = write(tmp_path, "date;nom;statut\r\n03/09/2024;Nobody Known;present\r\n")
    dialog = CsvImportDialog(HISTORY_IMPORT, group, path, None, dt.date(2026, 3, 3))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Importer des séances passées"
    assert not dialog.import_button.isEnabled()
    assert dialog.explanation.text().startswith("Rien n'a été importé.")
    errors = [dialog.error_list.item(row).text() for row in range(dialog.error_list.count())]
    assert errors and all(error.startswith("Ligne ") for error in errors)


def test_words_and_errors_from_the_store_are_said_in_the_users_language(language) -> None:
    language("de")
    words = Words("CsvImportDialog", "Import %n member(s)", count=3)
    assert shown(words) == "3 Mitglieder importieren"
    assert shown(WordsError(Words("forms", "Open it"))) == "Öffnen"
    assert shown(RowError(7, "bad")) == "Zeile 7: bad"
    assert shown(RowError(1234, "x")) == "Zeile 1234: x", "a line number has no separator"
    refusal = roster.ValidationError({"name": Words("forms", "Cancel"), "email": "plain"})
    assert sentences(refusal) == {
        "name": "Abbrechen",
        "email": "plain",
    }
    assert refusal.errors == {"name": "Cancel", "email": "plain"}, "English for logs"
    assert shown(ValueError("as it is")) == "as it is"
    assert shown(None) == ""
    language("fr")
    assert shown(Words("forms", "Cancel")) == "Annuler"
    assert data_name("Cancel") == "Annuler", "a fixed name the catalogue knows"
    assert data_name("Our own group") == "Our own group", "a name someone typed"


def test_saving_over_ones_own_file_is_refused_in_italian(language, tmp_path) -> None:
    language("it")
    sentence = own_file_sentence(OwnFileError(tmp_path / "balintdesk.sqlite3", OwnFile.DATABASE))
    assert sentence.startswith("balintdesk.sqlite3 è il database di BalintDesk.")
    assert "Scegliere un altro nome" in sentence
