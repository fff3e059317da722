"""The store's sentences are Words: English in str() (logs, tests), the user's language when
the edge says them (`i18n.say`, `i18n.error_text`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from balintdesk import i18n
from balintdesk.domain.words import Words
from balintdesk.store.check import find_problems, run_checks
from balintdesk.store.db import BackupError, restore_backup
from balintdesk.store.migrations import LATEST_VERSION, NewerDatabaseError, refuse_newer
from balintdesk.store.recovery import restore_newest_sound
from balintdesk.store.soundness import DamagedDatabaseError

# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.use_language(i18n.ENGLISH)


def test_damage_in_english_german_and_french(tmp_path: Path) -> None:
    error = DamagedDatabaseError(
        tmp_path / "balintdesk.sqlite3", "database disk image is malformed"
    )
    english = (
        f"The database {tmp_path / 'balintdesk.sqlite3'} is damaged (SQLite's check says: "
        "database disk image is malformed); nothing was changed in it."
    )
    assert str(error) == english
    assert i18n.error_text(error) == english
    i18n.use_language("de")
    assert i18n.error_text(error) == (
        f"Die Datenbank {tmp_path / 'balintdesk.sqlite3'} ist beschädigt (die Prüfung von "
        "SQLite meldet: database disk image is malformed); darin wurde nichts geändert."
    )
    assert str(error) == english  # the log's words never change
    i18n.use_language("fr")
    assert i18n.say(error.what()).startswith("La base de données ")


def test_no_sound_backup_to_restore_in_german(tmp_path: Path) -> None:
    with pytest.raises(BackupError) as caught:
        restore_newest_sound(tmp_path / "balintdesk.sqlite3", tmp_path / "backups")
    assert str(caught.value) == f"There is no sound backup in {tmp_path / 'backups'} to restore."
    i18n.use_language("de")
    assert i18n.error_text(caught.value) == (
        f"In {tmp_path / 'backups'} gibt es keine intakte Sicherung zum Wiederherstellen."
    )


def test_a_backup_that_is_not_one_in_italian(db, tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite3"
    sqlite3.connect(junk).close()  # an empty file: SQLite opens it, it has no tables
    with pytest.raises(BackupError) as caught:
        restore_backup(db, junk, tmp_path / "backups")
    i18n.use_language("it")
    assert i18n.error_text(caught.value) == (
        "notes.sqlite3 non è un backup che questa versione di BalintDesk può ripristinare."
    )


def test_a_newer_database_in_french(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "new.sqlite3")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(NewerDatabaseError) as caught:
        refuse_newer(conn)
    conn.close()
    assert str(caught.value).startswith("This data was saved by a newer BalintDesk (schema")
    i18n.use_language("fr")
    assert i18n.error_text(caught.value) == (
        f"Ces données ont été enregistrées par un BalintDesk plus récent (schéma "
        f"{LATEST_VERSION + 1}, celui-ci connaît jusqu’à {LATEST_VERSION}). Veuillez installer "
        "la version plus récente."
    )


@pytest.mark.sqlite_only  # damages rows as only SQLite lets them be damaged
def test_the_checks_findings_are_words(db) -> None:
    db.execute_sql(
        "INSERT INTO balint_group (name, frequency, weekday, week_of_month, start_time, "
        "length_minutes, room, timezone, created_at, first_date, presenters_per_meeting, "
        "leaders_may_present) VALUES ('Mittwoch', 'hourly', 2, 1, '18:00', 90, '', "
        "'Europe/Berlin', '2026-01-01T00:00:00', NULL, 1, 0)"
    )
    problems = find_problems(db)
    assert all(isinstance(problem, Words) for problem in problems)
    assert run_checks(db) == ["Group #1 (“Mittwoch”) meets with the unknown frequency “hourly”."]
    i18n.use_language("de")
    assert [i18n.say(problem) for problem in problems] == [
        "Gruppe #1 („Mittwoch“) trifft sich im unbekannten Rhythmus „hourly“."
    ]
    i18n.use_language("nl")
    assert i18n.say(problems[0]) == (
        "Groep #1 (‘Mittwoch’) komt samen met de onbekende frequentie ‘hourly’."
    )
