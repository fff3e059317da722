"""The phase timer's store: schema v4, templates, settings, the phase log and resuming.

The snapshot is opaque JSON to the store, so the runs here use plain dicts, not
domain.timer's PhaseTimer.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from peewee import IntegrityError

from balintdesk.domain import phases
from balintdesk.domain.phases import Phase, PhaseTemplate
from balintdesk.domain.timer_view import PhaseRecord
from balintdesk.paths import backups_dir, database_path
from balintdesk.store import meetings, migrations, timer_store
from balintdesk.store.check import run_checks
from balintdesk.store.db import close_database, list_backups, open_database
from balintdesk.store.models import Group, GroupPhaseTemplate, MeetingPhase, TimerRun
from balintdesk.store.roster import NotFoundError, ValidationError
from balintdesk.store.timer_store import DEFAULT_FRAME_TEXT, TimerSettings

from ._meeting_helpers import TODAY, make_group

# --- helpers --------------------------------------------------------------------------

SIX = [Phase(f"Phase {n}", n, f"Guidance {n}") for n in range(1, 7)]
NOON = dt.datetime(2026, 3, 3, 12, 0)


# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def group(db) -> Group:
    return make_group()


@pytest.fixture
def meeting(group):
    return meetings.upcoming_meetings(group.id, 1, TODAY)[0]


def records(*actual: float, planned: list[int] | None = None, current: int = 0):
    """One record per phase of SIX (or of `planned`): those before `current` finished."""
    planned = planned or [p.minutes * 60 for p in SIX]
    return [
        PhaseRecord(
            index=i,
            name=f"Phase {i + 1}",
            planned_seconds=seconds,
            actual_seconds=actual[i] if i < len(actual) else 0.0,
            started=i <= current and i < len(actual),
            finished=i < current,
        )
        for i, seconds in enumerate(planned)
    ]


def six_template() -> PhaseTemplate:
    return PhaseTemplate("", "Six phases", tuple(SIX))


def logged(meeting_id: int) -> list[tuple]:
    return [
        (p.position, p.name, p.planned_seconds, p.actual_seconds, p.started_at, p.ended_at)
        for p in timer_store.phase_log(meeting_id)
    ]


# --- migration ------------------------------------------------------------------------

V3_ROWS = {
    "balint_group": "INSERT INTO balint_group (id, name, created_at, first_date) "
    "VALUES (1, 'Tuesday Balint', '2025-01-01 09:00:00', '2025-01-07')",
    "member": "INSERT INTO member (id, group_id, name, name_key, joined, created_at, "
    "updated_at) VALUES (1, 1, 'Ann', 'ann', '2025-01-01', '2025-01-01 09:00:00', "
    "'2025-01-01 09:00:00')",
    "meeting": "INSERT INTO meeting (id, group_id, regular_date, local_date, starts_at, "
    "length_minutes, timezone, status, theme, created_at, updated_at) VALUES (1, 1, "
    "'2025-01-07', '2025-01-07', '2025-01-07 12:30:00', 60, 'Europe/London', 'held', "
    "'boundaries', '2025-01-01 09:00:00', '2025-01-07 14:00:00')",
    "attendance": "INSERT INTO attendance (meeting_id, member_id, status, presented) "
    "VALUES (1, 1, 'present', 1)",
    "theme": "INSERT INTO theme (group_id, text, position) VALUES (1, 'boundaries', 0)",
}


def _all_rows(conn: sqlite3.Connection, table: str, columns: str = "*") -> list[tuple]:
    return conn.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()


def test_a_v3_database_migrates_with_its_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "balintdesk.sqlite3"
    conn = sqlite3.connect(path)
    assert migrations.migrate(conn, target=3) == [1, 2, 3]
    for sql in V3_ROWS.values():
        conn.execute(sql)
    conn.commit()
    before = {table: _all_rows(conn, table) for table in V3_ROWS}
    conn.close()

    db = open_database(path, tmp_path / "backups")
    try:
        conn = db.connection()
        assert migrations.schema_version(conn) == migrations.LATEST_VERSION
        for table, rows in before.items():
            # The old columns come first, as ALTER TABLE appends.
            assert [row[: len(rows[0])] for row in _all_rows(conn, table)] == rows
        settings = conn.execute(
            "SELECT timer_template, timer_auto_advance, timer_warning_seconds, timer_display, "
            "timer_chime_volume, frame_text FROM balint_group"
        ).fetchall()
        assert settings == [("classic", 0, 120, "digits", 0, "")]
        for table in ("phase_template", "meeting_phase", "timer_run"):
            assert _all_rows(conn, table) == []
        assert timer_store.timer_settings(1) == TimerSettings()
        assert run_checks(db) == []
    finally:
        close_database(db)
    assert [info.kind for info in list_backups(tmp_path / "backups")] == ["pre-migration-v3"]


def test_one_override_per_built_in_and_group_but_any_number_of_own(group, db) -> None:
    insert = "INSERT INTO phase_template (group_id, key, name, phases_json) VALUES (?, ?, ?, '[]')"
    insert = insert.replace("?", db.param)
    db.execute_sql(insert, (group.id, "classic", "A"))
    db.execute_sql(insert, (group.id, "", "B"))
    db.execute_sql(insert, (group.id, "", "C"))
    with pytest.raises(IntegrityError):
        db.execute_sql(insert, (group.id, "classic", "D"))


# --- templates ------------------------------------------------------------------------


def test_a_new_group_chooses_among_the_built_ins(group) -> None:
    chosen = timer_store.templates_for(group.id)
    assert [key for key, _ in chosen] == ["classic", "two_cases", "short"]
    assert [t for _, t in chosen] == list(phases.built_in_templates())
    assert timer_store.default_template_key(group.id) == "classic"
    assert timer_store.get_template(group.id, "short").key == "short"


def test_editing_a_built_in_keeps_its_key_and_reset_brings_it_back(group) -> None:
    original = timer_store.get_template(group.id, "classic")
    edited = [*original.phases[:-1], Phase("Closing round", 8, "Each says one sentence.")]

    assert timer_store.save_template(group.id, "classic", "Our classic", edited) == "classic"

    chosen = dict(timer_store.templates_for(group.id))
    assert list(chosen) == ["classic", "two_cases", "short"]
    assert chosen["classic"] == PhaseTemplate("classic", "Our classic", tuple(edited))
    assert timer_store.has_override(group.id, "classic")
    other = make_group("Thursday Balint")
    assert timer_store.get_template(other.id, "classic") == original  # per group

    timer_store.reset_template(group.id, "classic")
    assert timer_store.get_template(group.id, "classic") == original
    assert not timer_store.has_override(group.id, "classic")


def test_saving_a_built_in_unchanged_keeps_no_copy(group) -> None:
    original = timer_store.get_template(group.id, "two_cases")
    timer_store.save_template(group.id, "two_cases", original.name, list(original.phases))
    assert not timer_store.has_override(group.id, "two_cases")


def test_own_templates_follow_the_built_ins_and_can_be_changed(group) -> None:
    first = timer_store.save_template(group.id, None, "  Six   phases ", SIX)
    second = timer_store.save_template(group.id, None, "Two phases", SIX[:2])
    assert first.startswith("custom:") and second.startswith("custom:")

    keys = [key for key, _ in timer_store.templates_for(group.id)]
    assert keys == ["classic", "two_cases", "short", first, second]
    assert timer_store.get_template(group.id, first) == PhaseTemplate("", "Six phases", tuple(SIX))

    assert timer_store.save_template(group.id, first, "Five phases", SIX[:5]) == first
    assert timer_store.get_template(group.id, first).phases == tuple(SIX[:5])


def english(errors: dict) -> dict[str, str]:
    """A refusal's sentences in English (they are `Words`, said at the edge)."""
    return {field: str(words) for field, words in errors.items()}


def test_a_template_name_is_not_given_twice(group) -> None:
    timer_store.save_template(group.id, None, "Six phases", SIX)
    classic_name = timer_store.get_template(group.id, "classic").name
    for name in ("six PHASES", classic_name):
        with pytest.raises(ValidationError) as caught:
            timer_store.save_template(group.id, None, name, SIX)
        assert english(caught.value.errors) == {
            "name": f"The group already has a template called “{name}”; choose another name."
        }


def test_invalid_templates_are_refused_with_sentences(group) -> None:
    with pytest.raises(ValidationError) as caught:
        timer_store.save_template(group.id, None, "  ", [Phase("", 0)])
    errors = caught.value.errors
    assert "name" in errors and len(errors) >= 2
    assert all(str(sentence).strip().endswith(".") for sentence in errors.values())
    with pytest.raises(ValidationError):
        timer_store.save_template(group.id, "classic", "Empty", [])
    assert GroupPhaseTemplate.select().count() == 0


def test_deleting_the_default_template_falls_back_to_classic(group) -> None:
    key = timer_store.save_template(group.id, None, "Six phases", SIX)
    timer_store.set_default_template(group.id, key)
    assert timer_store.default_template_key(group.id) == key
    assert timer_store.timer_settings(group.id).template_key == key

    timer_store.delete_template(group.id, key)

    assert timer_store.default_template_key(group.id) == "classic"
    assert Group.get_by_id(group.id).timer_template == "classic"
    with pytest.raises(NotFoundError):
        timer_store.get_template(group.id, key)
    with pytest.raises(NotFoundError):
        timer_store.delete_template(group.id, key)


def test_built_ins_cannot_be_deleted_and_unknown_keys_are_refused(group) -> None:
    with pytest.raises(ValidationError) as caught:
        timer_store.delete_template(group.id, "classic")
    assert "reset" in str(caught.value.errors["template"])
    other = make_group("Thursday Balint")
    theirs = timer_store.save_template(other.id, None, "Theirs", SIX)
    with pytest.raises(NotFoundError):
        timer_store.get_template(group.id, theirs)  # another group's template
    with pytest.raises(NotFoundError):
        timer_store.save_template(group.id, theirs, "Mine now", SIX)
    with pytest.raises(NotFoundError):
        timer_store.save_template(group.id, "custom:x", "Bad", SIX)
    with pytest.raises(NotFoundError):
        timer_store.reset_template(group.id, "custom:1")
    with pytest.raises(ValidationError) as caught:
        timer_store.set_default_template(group.id, theirs)
    assert english(caught.value.errors) == {
        "template_key": "That template no longer exists; choose another."
    }


def test_a_default_pointing_nowhere_or_a_damaged_copy_still_gives_a_template(group, db) -> None:
    db.execute_sql("UPDATE balint_group SET timer_template = 'custom:99'")
    assert timer_store.default_template_key(group.id) == "classic"
    timer_store.save_template(group.id, "short", "Our short", SIX[:3])
    db.execute_sql("UPDATE phase_template SET phases_json = '{not json'")
    assert timer_store.get_template(group.id, "short") == phases.built_in_template("short")


# --- settings -------------------------------------------------------------------------


def test_settings_default_and_round_trip(group) -> None:
    assert timer_store.timer_settings(group.id) == TimerSettings(frame_text=DEFAULT_FRAME_TEXT)
    key = timer_store.save_template(group.id, None, "Six phases", SIX)
    wanted = TimerSettings(key, True, 60, "both", 35, "Confidential\nNo advice")
    timer_store.save_timer_settings(group.id, wanted)
    assert timer_store.timer_settings(group.id) == wanted


def test_frame_text_is_tidied_and_the_default_stored_as_empty(group) -> None:
    timer_store.save_timer_settings(group.id, TimerSettings(frame_text="\r\n One  \r\nTwo  \n\n"))
    assert timer_store.timer_settings(group.id).frame_text == "One\nTwo"
    for default in ("", "  \n", DEFAULT_FRAME_TEXT):
        timer_store.save_timer_settings(group.id, TimerSettings(frame_text=default))
        assert Group.get_by_id(group.id).frame_text == ""
        assert timer_store.timer_settings(group.id).frame_text == DEFAULT_FRAME_TEXT


def test_settings_validation_sentences(group) -> None:
    bad = TimerSettings("custom:42", False, 601, "pie", 101, "x" * 301)
    with pytest.raises(ValidationError) as caught:
        timer_store.save_timer_settings(group.id, bad)
    assert english(caught.value.errors) == {
        "warning_seconds": "The warning can come at most 10 minutes (600 seconds) before a "
        "phase ends; 0 means no warning.",
        "display": "The room display shows the digits, the arc, or both.",
        "chime_volume": "The chime volume goes from 0 (silent) to 100.",
        "frame_text": "The group frame can be at most 300 characters long so it can be read "
        "from the back of the room; it has 301.",
        "template_key": "That template no longer exists; choose another.",
    }
    with pytest.raises(ValidationError) as caught:
        timer_store.save_timer_settings(group.id, TimerSettings(frame_text="a\n" * 7))
    assert english(caught.value.errors) == {
        "frame_text": "The group frame can have at most 6 lines; it has 7."
    }
    for fine in (TimerSettings(warning_seconds=0), TimerSettings(warning_seconds=600)):
        timer_store.save_timer_settings(group.id, fine)
    with pytest.raises(ValidationError):
        timer_store.save_timer_settings(group.id, TimerSettings(chime_volume=-1))
    assert timer_store.timer_settings(group.id).warning_seconds == 600


# --- runs -----------------------------------------------------------------------------


def test_start_run_lays_out_the_phase_log(meeting) -> None:
    timer_store.start_run(meeting.id, six_template(), {"state": "ready"})
    assert logged(meeting.id) == [
        (i, f"Phase {i + 1}", (i + 1) * 60, 0, None, None) for i in range(6)
    ]
    run = TimerRun.get(TimerRun.meeting == meeting.id)
    assert (run.template_name, run.snapshot_json) == ("Six phases", '{"state":"ready"}')


def test_progress_is_logged_as_it_runs(meeting) -> None:
    timer_store.start_run(meeting.id, six_template(), {"t": 0})
    timer_store.save_progress(meeting.id, {"t": 1}, records(10.4), NOON)
    aware = dt.datetime(2026, 3, 3, 13, 5, 30, 999, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    timer_store.save_progress(meeting.id, {"t": 2}, records(75.6, 20, current=1), aware)
    later = NOON + dt.timedelta(minutes=10)
    timer_store.save_progress(meeting.id, {"t": 3}, records(75.6, 130, current=1), later)

    log = logged(meeting.id)
    assert log[0] == (0, "Phase 1", 60, 76, NOON, dt.datetime(2026, 3, 3, 12, 5, 30))
    # started_at stays when the phase first started; actual seconds are rounded.
    assert log[1] == (1, "Phase 2", 120, 130, dt.datetime(2026, 3, 3, 12, 5, 30), None)
    assert [row[3:] for row in log[2:]] == [(0, None, None)] * 4


def test_going_back_reopens_a_phase(meeting) -> None:
    timer_store.start_run(meeting.id, six_template(), {})
    timer_store.save_progress(meeting.id, {}, records(60, 5, current=1), NOON)
    back = records(70, 5, current=0)
    timer_store.save_progress(meeting.id, {}, back, NOON + dt.timedelta(minutes=1))
    assert logged(meeting.id)[0][4:] == (NOON, None)
    done = NOON + dt.timedelta(minutes=2)
    timer_store.save_progress(meeting.id, {}, records(80, 5, current=1), done)
    assert logged(meeting.id)[0][3:] == (80, NOON, done)


def test_a_changed_template_rewrites_the_log(meeting) -> None:
    timer_store.start_run(meeting.id, six_template(), {})
    timer_store.save_progress(meeting.id, {}, records(30, planned=[60] * 6), NOON)
    longer = records(40, planned=[60] * 8)
    timer_store.save_progress(meeting.id, {}, longer, NOON + dt.timedelta(seconds=10))
    assert [row[:4] for row in logged(meeting.id)] == [
        (i, f"Phase {i + 1}", 60, 40 if i == 0 else 0) for i in range(8)
    ]
    renamed = [
        PhaseRecord(0, "Phase 1", 60, 50, True, True),
        PhaseRecord(1, "Another", 300, 5, True, False),
    ]
    later = NOON + dt.timedelta(minutes=5)
    timer_store.save_progress(meeting.id, {}, renamed, later)
    assert logged(meeting.id) == [
        (0, "Phase 1", 60, 50, NOON, later),
        (1, "Another", 300, 5, later, None),  # a different phase now: its own start
    ]


@pytest.mark.sqlite_only
def test_progress_survives_a_restart_and_finishing_clears_the_run(data_dir, db, meeting) -> None:
    snapshot = {"index": 1, "state": "running", "phases": [{"name": "Phase 1", "added": -60}]}
    timer_store.start_run(meeting.id, six_template(), {"index": 0})
    timer_store.save_progress(meeting.id, snapshot, records(62, 17, current=1), NOON)
    before = logged(meeting.id)
    close_database(db)  # as if BalintDesk was closed (or killed: every save committed)

    again = open_database(database_path(data_dir), backups_dir(data_dir))
    try:
        found = timer_store.unfinished_run()
        assert found is not None
        resumed_meeting, template_name, resumed_snapshot = found
        assert (resumed_meeting.id, template_name, resumed_snapshot) == (
            meeting.id,
            "Six phases",
            snapshot,
        )
        assert logged(meeting.id) == before

        end = NOON + dt.timedelta(minutes=3)
        timer_store.finish_run(meeting.id, records(62, 180, current=1), end)
        assert timer_store.unfinished_run() is None
        log = logged(meeting.id)
        assert log[1][3:] == (180, NOON, end)  # the open phase ended with the meeting
        assert log[2][3:] == (0, None, None)  # never reached: planned length only
        # A late save must not bring the finished run back.
        with pytest.raises(NotFoundError):
            timer_store.save_progress(meeting.id, snapshot, records(62, 181, current=1))
        assert timer_store.unfinished_run() is None and logged(meeting.id) == log
        assert run_checks(again) == []
    finally:
        close_database(again)


def test_the_latest_readable_run_is_offered(group, db) -> None:
    first, second, third = meetings.upcoming_meetings(group.id, 3, TODAY)
    for number, item in enumerate((first, second, third)):
        timer_store.start_run(item.id, six_template(), {"n": number})
        timer_store.save_progress(item.id, {"n": number}, records(1), NOON)
    db.execute_sql(
        "UPDATE timer_run SET updated_at = ? WHERE meeting_id = ?".replace("?", db.param),
        (NOON, first.id),
    )
    db.execute_sql(
        "UPDATE timer_run SET updated_at = ?, snapshot_json = '[1' WHERE meeting_id = ?".replace(
            "?", db.param
        ),
        (NOON + dt.timedelta(hours=2), third.id),
    )
    db.execute_sql(
        "UPDATE timer_run SET updated_at = ? WHERE meeting_id = ?".replace("?", db.param),
        (NOON + dt.timedelta(hours=1), second.id),
    )
    found = timer_store.unfinished_run()
    assert found is not None and (found[0].id, found[2]) == (second.id, {"n": 1})


def test_discarding_a_run_keeps_its_log(meeting) -> None:
    timer_store.start_run(meeting.id, six_template(), {})
    timer_store.save_progress(meeting.id, {}, records(42), NOON)
    timer_store.discard_run(meeting.id)
    assert timer_store.unfinished_run() is None
    assert logged(meeting.id)[0][3] == 42
    timer_store.start_run(meeting.id, six_template(), {})  # starting again starts afresh
    assert logged(meeting.id)[0][3] == 0


def test_bad_input_writes_nothing(meeting) -> None:
    timer_store.start_run(meeting.id, six_template(), {"ok": True})
    before = logged(meeting.id)
    with pytest.raises(ValueError):
        timer_store.save_progress(meeting.id, {"clock": float("nan")}, records(1))
    with pytest.raises(ValueError):
        timer_store.save_progress(meeting.id, {}, records(-1))
    with pytest.raises(ValueError):
        timer_store.save_progress(meeting.id, {}, records(1)[1:])  # numbering gap
    assert logged(meeting.id) == before
    assert TimerRun.get(TimerRun.meeting == meeting.id).snapshot_json == '{"ok":true}'
    with pytest.raises(NotFoundError):
        timer_store.start_run(99999, six_template(), {})


def test_a_cancelled_meeting_runs_no_timer_and_a_deleted_one_takes_its_log(meeting) -> None:
    timer_store.start_run(meeting.id, six_template(), {})
    meeting.delete_instance()
    assert MeetingPhase.select().count() == 0 and TimerRun.select().count() == 0
    other = meetings.upcoming_meetings(meeting.group_id, 1, TODAY)[0]
    meetings.cancel_meeting(other.id)
    with pytest.raises(ValidationError) as caught:
        timer_store.start_run(other.id, six_template(), {})
    assert "restore it" in str(caught.value.errors["meeting"])


def test_a_running_save_writes_two_rows_at_most(meeting, db, monkeypatch) -> None:
    """What keeps save_progress cheap: while a phase runs only it and the run change."""
    timer_store.start_run(meeting.id, six_template(), {})
    timer_store.save_progress(meeting.id, {"t": 1}, records(5, 1, current=1), NOON)
    statements: list[str] = []
    execute = db.execute_sql

    def counting(sql: str, *args: object, **kwargs: object):
        statements.append(sql.split()[0].upper())
        return execute(sql, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", counting)
    timer_store.save_progress(meeting.id, {"t": 2}, records(5, 9, current=1), NOON)
    writes = [word for word in statements if word in ("INSERT", "UPDATE", "DELETE")]
    assert writes == ["UPDATE", "UPDATE"]
    assert statements.count("SELECT") == 1


# --- check ----------------------------------------------------------------------------


@pytest.fixture
def running(db, group, meeting):
    key = timer_store.save_template(group.id, None, "Six phases", SIX)
    timer_store.save_template(group.id, "classic", "Our classic", SIX[:3])
    timer_store.save_timer_settings(group.id, TimerSettings(template_key=key, chime_volume=20))
    timer_store.start_run(meeting.id, six_template(), {"t": 1})
    timer_store.save_progress(meeting.id, {"t": 2}, records(62, 5, current=1), NOON)
    assert run_checks(db) == []
    return db, group, meeting


def test_check_finds_bad_phase_log_rows(running) -> None:
    db, _, meeting = running
    db.execute_sql("UPDATE meeting_phase SET actual_seconds = -5 WHERE position = 2")
    db.execute_sql("UPDATE meeting_phase SET ended_at = '2026-03-03 11:00:00' WHERE position = 0")
    db.execute_sql("DELETE FROM meeting_phase WHERE position = 4")
    problems = run_checks(db)
    assert problems == [
        f"Phase #{_phase_id(meeting.id, 0)} (“Phase 1”, meeting #{meeting.id}) ends "
        "(2026-03-03 11:00:00) before it starts (2026-03-03 12:00:00).",
        f"Phase #{_phase_id(meeting.id, 2)} (“Phase 3”, meeting #{meeting.id}) has the "
        "actual length “-5” seconds.",
        f"Meeting #{meeting.id}'s phase log has the positions [0, 1, 2, 3, 5] instead of 0 to 4.",
    ]


def _phase_id(meeting_id: int, position: int) -> int:
    return MeetingPhase.get(
        (MeetingPhase.meeting == meeting_id) & (MeetingPhase.position == position)
    ).id


@pytest.mark.sqlite_only  # SQLite's damage: PostgreSQL refuses it
def test_check_finds_a_run_of_a_missing_meeting_and_an_unreadable_snapshot(running) -> None:
    db, _, meeting = running
    db.execute_sql("UPDATE timer_run SET snapshot_json = 'null'")
    db.execute_sql("PRAGMA foreign_keys = OFF")
    db.execute_sql(
        "INSERT INTO timer_run (meeting_id, template_name, snapshot_json, updated_at) "
        "VALUES (999, 'Gone', '{}', '2026-03-03 12:00:00')"
    )
    db.execute_sql("PRAGMA foreign_keys = ON")
    problems = run_checks(db)
    assert len(problems) == 2
    assert "table timer_run refers to a meeting row that does not exist" in problems[0]
    assert problems[1] == (
        f"The running timer #1 of meeting #{meeting.id} has a snapshot that cannot be read, "
        "so it cannot resume."
    )


@pytest.mark.sqlite_only  # SQLite's damage: PostgreSQL refuses it
def test_check_finds_bad_timer_settings_and_templates(running) -> None:
    db, group, _ = running
    db.execute_sql(
        "UPDATE balint_group SET timer_template = 'custom:77', timer_display = 'pie', "
        "timer_chime_volume = 300, timer_warning_seconds = -1, timer_auto_advance = 2"
    )
    db.execute_sql("UPDATE phase_template SET phases_json = '[{}]' WHERE key = 'classic'")
    db.execute_sql("UPDATE phase_template SET key = 'long' WHERE key = ''")
    problems = run_checks(db)
    label = f"Group #{group.id}"
    assert problems[:5] == [
        f"{label}'s timer starts with the template “custom:77”, which the group does not "
        "have (the classic template is used instead).",
        f"{label} has the auto-advance flag “2” instead of 0 or 1.",
        f"{label} warns -1 seconds before a phase ends, not 0 to 600.",
        f"{label} has the unknown timer display “pie”.",
        f"{label} has the chime volume 300, not 0 to 100.",
    ]
    assert len(problems) == 7
    assert "stands in for the unknown built-in template “long”" in problems[5] + problems[6]
    assert "has phases that cannot be read" in problems[5] + problems[6]


def _measured(meeting_id: int) -> dict[int, int]:
    from balintdesk.store.models import Meeting
    from balintdesk.store.timer_runs import measured_seconds

    return measured_seconds(Meeting.select(Meeting.id).where(Meeting.id == meeting_id))


def test_only_a_timer_that_ran_to_its_end_gives_a_measured_length(meeting) -> None:
    # Set up, never started: nothing measured.
    timer_store.start_run(meeting.id, six_template(), {})
    assert _measured(meeting.id) == {}
    # Running: part of the meeting, so not its length yet.
    timer_store.save_progress(meeting.id, {}, records(60, 100, current=1), NOON)
    assert _measured(meeting.id) == {}
    # Started by mistake and discarded after a few seconds: an open phase, no length.
    timer_store.discard_run(meeting.id)
    assert _measured(meeting.id) == {}
    # Run again and ended (phases never reached count 0 s): measured.
    timer_store.start_run(meeting.id, six_template(), {})
    timer_store.finish_run(meeting.id, records(60, 130, 1500, current=2), NOON)
    assert _measured(meeting.id) == {meeting.id: 60 + 130 + 1500}
