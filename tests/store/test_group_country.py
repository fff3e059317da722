"""The group's country (schema step 9): an existing database keeps every row and its
groups become "GB" (they were made by the UK-only guard); new groups and the form's choice
are kept; the current group's country is what the privacy guard reads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from balintdesk.domain.group import MeetingPattern
from balintdesk.domain.words import WordsError
from balintdesk.store import group_country, migrations, roster, settings
from balintdesk.store.db import close_database, open_database
from balintdesk.store.models import Group

V8_ROWS = (
    "INSERT INTO balint_group (id, name, frequency, weekday, week_of_month, start_time, "
    "length_minutes, room, timezone, created_at, first_date, frame_text) VALUES (1, "
    "'Riverside', 'weekly', 1, 1, '12:30', 75, 'Seminar room', 'Europe/London', "
    "'2026-01-02 09:00:00', '2026-01-06', 'Our frame')",
    "INSERT INTO member (id, group_id, name, name_key, role, is_leader, email, joined, "
    "created_at, updated_at) VALUES (1, 1, 'Chloë Martin', 'chloë martin', 'gp', 0, '', "
    "'2025-01-01', '2026-01-02 09:00:00', '2026-01-02 09:00:00')",
    "INSERT INTO app_setting (key, value) VALUES ('current_group_id', '1')",
)


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


def test_an_old_database_upgrades_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "balintdesk.sqlite3"
    conn = sqlite3.connect(path)
    assert migrations.migrate(conn, target=8) == list(range(1, 9))
    for sql in V8_ROWS:
        conn.execute(sql)
    conn.commit()
    before = conn.execute("SELECT * FROM balint_group").fetchall()
    members = conn.execute("SELECT * FROM member").fetchall()
    conn.close()

    db = open_database(path, tmp_path / "backups")
    try:
        assert migrations.schema_version(db.connection()) == migrations.LATEST_VERSION
        after = db.execute_sql("SELECT * FROM balint_group").fetchall()
        # every column as it was, and the country (then schema 10's mode and event number)
        assert after[0][: len(before[0]) + 1] == (*before[0], "GB")
        kept = [row[: len(members[0])] for row in db.execute_sql("SELECT * FROM member")]
        assert kept == members
        group = roster.get_group(1)
        assert (group.name, group.frame_text, group.country) == ("Riverside", "Our frame", "GB")
        assert group_country.current_country() == "GB"
    finally:
        close_database(db)


def test_a_new_group_is_gb_until_the_form_says_otherwise(db) -> None:
    group = roster.create_group("Gruppe Nord", MeetingPattern(timezone="Europe/Berlin"))
    assert group_country.country_of(group.id) == "GB"
    group_country.set_country(group.id, "de")
    assert Group.get_by_id(group.id).country == "DE"
    assert group_country.current_country() is None  # no current group yet
    settings.set_setting(settings.CURRENT_GROUP, str(group.id))
    assert group_country.current_country() == "DE"


@pytest.mark.parametrize("bad", ["", "D", "DEU", "1A", "é"])
def test_only_a_two_letter_code_is_kept(db, bad: str) -> None:
    group = roster.create_group("Groupe Sud", MeetingPattern(timezone="Europe/Paris"))
    with pytest.raises(WordsError):
        group_country.set_country(group.id, bad)
    assert group_country.country_of(group.id) == "GB"
