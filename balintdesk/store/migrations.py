"""Numbered schema migrations, recorded in SQLite's `PRAGMA user_version`.

Each step is frozen once released: it is written in SQL (not from the models, which move
on) and runs inside one transaction together with the version bump, so a crash leaves the
file at the old version or the new one, never between. Add a step; never edit one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from balintdesk.domain.roster import name_key
from balintdesk.domain.words import Words
from balintdesk.store import vault_move


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it COMMITs any open transaction first, which would break the
    # one-transaction-per-step promise above. Our scripts hold no ';' inside statements.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_initial(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE balint_group (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            frequency TEXT NOT NULL DEFAULT 'fortnightly',
            weekday INTEGER NOT NULL DEFAULT 1,
            week_of_month INTEGER NOT NULL DEFAULT 1,
            start_time TEXT NOT NULL DEFAULT '12:30',
            length_minutes INTEGER NOT NULL DEFAULT 60,
            room TEXT NOT NULL DEFAULT '',
            timezone TEXT NOT NULL DEFAULT 'Europe/London',
            created_at DATETIME NOT NULL
        );
        CREATE UNIQUE INDEX balint_group_name ON balint_group (name COLLATE NOCASE);
        CREATE TABLE member (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES balint_group (id) ON DELETE RESTRICT,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'other',
            is_leader INTEGER NOT NULL DEFAULT 0,
            email TEXT NOT NULL DEFAULT '',
            joined DATE NOT NULL,
            may_present_from DATE,
            archived_at DATETIME,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE INDEX member_group_id ON member (group_id);
        """,
    )


def _v2_settings_and_name_key(conn: sqlite3.Connection) -> None:
    # Version 1 compared names with SQL's NOCASE, which folds ASCII only ("SIOBHÁN" and
    # "Siobhán" were two people). Store Python's full Unicode case fold instead and make it
    # unique per group; existing rows are backfilled here.
    _run_script(
        conn,
        """
        CREATE TABLE app_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        ALTER TABLE member ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
        """,
    )
    rows = conn.execute("SELECT id, group_id, name FROM member ORDER BY id").fetchall()
    seen: set[tuple[int, str]] = set()
    for member_id, group_id, name in rows:
        key = name_key(name)
        # Two old rows that now fold alike keep both people: the later one is told apart.
        while (group_id, key) in seen:
            key += " #"
        seen.add((group_id, key))
        conn.execute("UPDATE member SET name_key = ? WHERE id = ?", (key, member_id))
    conn.execute("CREATE UNIQUE INDEX member_group_name_key ON member (group_id, name_key)")


def _v3_meetings_and_rota(conn: sqlite3.Connection) -> None:
    # Meetings are rows made ahead from the group's pattern; cancelling or moving one
    # changes its row (regular_date remembers which pattern date it stands for, so it is
    # not made again). Nothing here can hold a patient's details: a theme is a short
    # neutral phrase chosen from the group's list.
    _run_script(
        conn,
        """
        ALTER TABLE balint_group ADD COLUMN first_date DATE;
        ALTER TABLE balint_group ADD COLUMN presenters_per_meeting INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE balint_group ADD COLUMN leaders_may_present INTEGER NOT NULL DEFAULT 0;
        UPDATE balint_group SET first_date = date(created_at) WHERE first_date IS NULL;
        CREATE TABLE meeting_break (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES balint_group (id) ON DELETE RESTRICT,
            first_date DATE NOT NULL,
            last_date DATE NOT NULL,
            label TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE meeting (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES balint_group (id) ON DELETE RESTRICT,
            regular_date DATE,
            local_date DATE NOT NULL,
            starts_at DATETIME NOT NULL,
            length_minutes INTEGER NOT NULL,
            room TEXT NOT NULL DEFAULT '',
            timezone TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'planned',
            cancel_reason TEXT NOT NULL DEFAULT '',
            cancelled_by_break_id INTEGER REFERENCES meeting_break (id) ON DELETE SET NULL,
            theme TEXT NOT NULL DEFAULT '',
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE UNIQUE INDEX meeting_group_regular_date ON meeting (group_id, regular_date);
        CREATE INDEX meeting_group_local_date ON meeting (group_id, local_date);
        CREATE INDEX meeting_cancelled_by_break ON meeting (cancelled_by_break_id);
        CREATE TABLE attendance (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
            status TEXT NOT NULL,
            presented INTEGER NOT NULL DEFAULT 0
        );
        CREATE UNIQUE INDEX attendance_meeting_member ON attendance (meeting_id, member_id);
        CREATE INDEX attendance_member ON attendance (member_id);
        CREATE TABLE rota_pin (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE RESTRICT
        );
        CREATE UNIQUE INDEX rota_pin_meeting_member ON rota_pin (meeting_id, member_id);
        CREATE TABLE theme (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES balint_group (id) ON DELETE RESTRICT,
            text TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE UNIQUE INDEX theme_group_text ON theme (group_id, text)
        """,
    )


def _v4_phase_timer(conn: sqlite3.Connection) -> None:
    # The phase timer. Only the meeting's shape is kept: phase names with planned and
    # actual lengths, never anything said in a phase. A group's edited copy of a built-in
    # template carries the built-in's key (one per group: the partial unique index, since
    # the group's own templates all have key ''). timer_run holds the running timer's
    # last snapshot so a killed BalintDesk can offer to resume; it is deleted at the end.
    _run_script(
        conn,
        """
        ALTER TABLE balint_group ADD COLUMN timer_template TEXT NOT NULL DEFAULT 'classic';
        ALTER TABLE balint_group ADD COLUMN timer_auto_advance INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE balint_group ADD COLUMN timer_warning_seconds INTEGER NOT NULL DEFAULT 120;
        ALTER TABLE balint_group ADD COLUMN timer_display TEXT NOT NULL DEFAULT 'digits';
        ALTER TABLE balint_group ADD COLUMN timer_chime_volume INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE balint_group ADD COLUMN frame_text TEXT NOT NULL DEFAULT '';
        CREATE TABLE phase_template (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES balint_group (id) ON DELETE RESTRICT,
            key TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            phases_json TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE UNIQUE INDEX phase_template_group_key ON phase_template (group_id, key)
            WHERE key != '';
        CREATE INDEX phase_template_group ON phase_template (group_id, position);
        CREATE TABLE meeting_phase (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            planned_seconds INTEGER NOT NULL,
            actual_seconds INTEGER NOT NULL DEFAULT 0,
            started_at DATETIME,
            ended_at DATETIME
        );
        CREATE UNIQUE INDEX meeting_phase_meeting_position ON meeting_phase (meeting_id, position);
        CREATE TABLE timer_run (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
            template_name TEXT NOT NULL,
            snapshot_json TEXT NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE UNIQUE INDEX timer_run_meeting ON timer_run (meeting_id)
        """,
    )


def _v5_vault(conn: sqlite3.Connection) -> None:
    # Private notes (balintdesk.vault). A note row is one AES-GCM ciphertext bound to its
    # vault and note ids: no title, dates, sizes or order column. Ids are random uuid4
    # hex and the note table has no rowid, so neither leaks how many notes came in which
    # order. A vault's data key is stored only wrapped, once per way of unlocking it.
    _run_script(
        conn,
        """
        CREATE TABLE vault (
            id TEXT PRIMARY KEY NOT NULL,
            label TEXT NOT NULL,
            member_id INTEGER REFERENCES member (id) ON DELETE SET NULL,
            created_at DATETIME NOT NULL,
            format INTEGER NOT NULL
        );
        CREATE INDEX vault_member ON vault (member_id);
        CREATE TABLE vault_key (
            id INTEGER PRIMARY KEY,
            vault_id TEXT NOT NULL REFERENCES vault (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            wrapped BLOB NOT NULL,
            nonce BLOB NOT NULL,
            kdf_json TEXT NOT NULL DEFAULT '',
            created_at DATETIME NOT NULL
        );
        CREATE UNIQUE INDEX vault_key_vault_kind ON vault_key (vault_id, kind);
        CREATE TABLE note (
            id TEXT PRIMARY KEY NOT NULL,
            vault_id TEXT NOT NULL REFERENCES vault (id) ON DELETE CASCADE,
            format INTEGER NOT NULL,
            nonce BLOB NOT NULL,
            ciphertext BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX note_vault ON note (vault_id)
        """,
    )


def _v6_leaders_and_leader_log(conn: sqlite3.Connection) -> None:
    # Who led and who co-led each meeting (for the leader's accreditation log and the
    # members' CPD records), and the entries a leader adds by hand to that log:
    # supervision, training, society events. A short neutral note at most; never a case.
    _run_script(
        conn,
        """
        ALTER TABLE meeting ADD COLUMN leader_id INTEGER
            REFERENCES member (id) ON DELETE RESTRICT;
        ALTER TABLE meeting ADD COLUMN co_leader_id INTEGER
            REFERENCES member (id) ON DELETE RESTRICT;
        CREATE TABLE leader_log_entry (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
            day DATE NOT NULL,
            kind TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE INDEX leader_log_entry_member_day ON leader_log_entry (member_id, day)
        """,
    )


def _v7_withdrawn_meetings(conn: sqlite3.Connection) -> None:
    # A change of pattern deletes the future regular meetings the new pattern no longer
    # has. Their calendar events must still be cancelled in the next .ics, so what the
    # event was (UID: the deleted row's id, kept as a plain number; time, room, zone) is
    # remembered here, with the SEQUENCE that beats any the live row was exported with.
    # meeting_id is unique: new meetings never take a withdrawn meeting's id (see
    # models.Meeting.save), so no UID ever names two meetings.
    _run_script(
        conn,
        """
        CREATE TABLE withdrawn_meeting (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES balint_group (id) ON DELETE RESTRICT,
            meeting_id INTEGER NOT NULL,
            local_date DATE NOT NULL,
            starts_at DATETIME NOT NULL,
            length_minutes INTEGER NOT NULL,
            room TEXT NOT NULL DEFAULT '',
            timezone TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            calendar_sequence INTEGER NOT NULL,
            withdrawn_at DATETIME NOT NULL
        );
        CREATE UNIQUE INDEX withdrawn_meeting_meeting_id ON withdrawn_meeting (meeting_id);
        CREATE INDEX withdrawn_meeting_group_local_date ON withdrawn_meeting (group_id, local_date)
        """,
    )


def _v8_calendar_event_sent(conn: sqlite3.Connection) -> None:
    # What each meeting's calendar event said when it was last exported: a digest, the
    # SEQUENCE and the LAST-MODIFIED. A new presenter changes no meeting row, so without
    # this a re-export sent the new name under the old SEQUENCE and calendars kept the old
    # one. No text is stored, only the digest. meeting_id is a plain number (the event's
    # UID), as in withdrawn_meeting: a withdrawn meeting's row is gone, its event is not.
    # Empty at first: the first export after the upgrade sends the SEQUENCEs it always
    # did (store.calendar_sent), so calendars see no change where there was none.
    _run_script(
        conn,
        """
        CREATE TABLE calendar_event_sent (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL,
            content_key TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            modified_at DATETIME NOT NULL
        );
        CREATE UNIQUE INDEX calendar_event_sent_meeting_id ON calendar_event_sent (meeting_id)
        """,
    )


def _v9_group_country(conn: sqlite3.Connection) -> None:
    # The country the group meets in (ISO 3166 alpha-2), for the privacy guard's national
    # identifiers. Every group before this step was made by the UK-only BalintDesk, whose
    # guard looked for UK identifiers: they keep doing so.
    conn.execute("ALTER TABLE balint_group ADD COLUMN country TEXT NOT NULL DEFAULT 'GB'")


def _v10_attendance_that_counts(conn: sqlite3.Connection) -> None:
    # Attendance that counts toward a national rule (domain.rules):
    # - how a meeting was held (in-person | online | hybrid), the group's usual mode, and
    #   for a hybrid meeting where each member was (attendance.mode; NULL for any other
    #   meeting, whose members were where the meeting was). Every meeting before this
    #   step was recorded by a BalintDesk that knew only meetings in a room: in person.
    # - a member's professional numbers (EFN, GMC, BIG, RPPS), optional, one per kind,
    #   printed only on that member's own certificate;
    # - a leader's recognition ("Ärztekammer Nordrhein") and the rule a member works
    #   toward; the group's CME event number (VNR).
    _run_script(
        conn,
        """
        ALTER TABLE balint_group ADD COLUMN meeting_mode TEXT NOT NULL DEFAULT 'in-person';
        ALTER TABLE balint_group ADD COLUMN event_number TEXT NOT NULL DEFAULT '';
        ALTER TABLE meeting ADD COLUMN mode TEXT NOT NULL DEFAULT 'in-person';
        ALTER TABLE attendance ADD COLUMN mode TEXT;
        ALTER TABLE member ADD COLUMN recognition TEXT NOT NULL DEFAULT '';
        ALTER TABLE member ADD COLUMN working_toward TEXT NOT NULL DEFAULT '';
        CREATE TABLE member_identifier (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
            kind TEXT NOT NULL,
            value TEXT NOT NULL
        );
        CREATE UNIQUE INDEX member_identifier_member_kind ON member_identifier (member_id, kind)
        """,
    )


def _v11_private_notes_move_out(conn: sqlite3.Connection) -> None:
    # Private notes move to their own local file, notes.sqlite3, copied there (and
    # checked) by store.vault_move before this step; see its note on the order. The drop
    # refuses while any row is not in that file; secure_delete zeroes the freed pages.
    vault_move.refuse_unmoved(conn)
    _run_script(
        conn,
        "DROP TABLE IF EXISTS note; DROP TABLE IF EXISTS vault_key; DROP TABLE IF EXISTS vault",
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_initial,
    _v2_settings_and_name_key,
    _v3_meetings_and_rota,
    _v4_phase_timer,
    _v5_vault,
    _v6_leaders_and_leader_log,
    _v7_withdrawn_meetings,
    _v8_calendar_event_sent,
    _v9_group_country,
    _v10_attendance_that_counts,
    _v11_private_notes_move_out,
)
LATEST_VERSION = len(MIGRATIONS)


class NewerDatabaseError(RuntimeError):
    """The file was written by a newer BalintDesk; opening it could damage it. `words` is
    the sentence for the user (`str()` is its English, for the log)."""

    def __init__(self, found: int):
        self.words = Words(
            "migrations",
            "This data was saved by a newer BalintDesk (schema {found}, this one knows up "
            "to {known}). Please install the newer version.",
            {"found": str(found), "known": str(LATEST_VERSION)},
        )
        super().__init__(self.words.english())


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def refuse_newer(conn: sqlite3.Connection) -> int:
    """The schema version; NewerDatabaseError if a newer BalintDesk wrote it. Reads only."""
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise NewerDatabaseError(current)
    return current


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> list[int]:
    """Bring the schema up to `target`; returns the versions this call applied.

    Each step re-reads the version once it holds the write lock: another process may have
    applied that step while this one waited (`store.db.open_database` also serialises
    whole migrations with a file lock; this keeps `migrate` safe on its own).
    """
    refuse_newer(conn)
    applied = []
    while True:
        # sqlite3 in Python < 3.12 commits implicitly around DDL; manage the transaction
        # ourselves so the step and its version bump are one atomic unit.
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = refuse_newer(conn) + 1
            if version > target:
                conn.execute("ROLLBACK")
                return applied
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version:d}")
        except BaseException:
            # Some errors (SQLITE_FULL, SQLITE_IOERR) have rolled back already; a second
            # ROLLBACK would raise and hide the error that matters.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(version)
