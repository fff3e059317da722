"""The outbox a meeting keeps while the server cannot be reached (store/outbox.py), and
its sending (store/outbox_send.py): order, durability, conflicts, and that sending twice
changes nothing. The sending runs on both backends; `is_connection_lost` tells a lost
server from a refused statement."""

from __future__ import annotations

import datetime as dt
import sqlite3

import peewee
import pytest

from balintdesk import paths
from balintdesk.domain.phases import Phase, PhaseTemplate
from balintdesk.domain.timer_view import PhaseRecord
from balintdesk.store import meetings
from balintdesk.store.models import (
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingPhase,
    MeetingStatus,
    TimerRun,
)
from balintdesk.store.outbox import Kind, Outbox, target_of
from balintdesk.store.outbox_send import Why, send, timer_payload
from balintdesk.store.server import ServerError, ServerTrouble, is_connection_lost

from ._meeting_helpers import make_group, member

PRESENT, APOLOGIES, ABSENT = AttendanceStatus.ALL
TARGET = "127.0.0.1:5432/balint"
WHEN = dt.datetime(2026, 3, 3, 12, 40, tzinfo=dt.UTC)


@pytest.fixture
def outbox(data_dir):
    box = Outbox(paths.outbox_path(data_dir))
    yield box
    box.close()


def mark(status: str, was: str = "", where: str | None = None) -> dict:
    return {"status": status, "was": was, "where": where}


# --- the file ------------------------------------------------------------------------------


def test_made_only_when_needed_durable_and_in_order(outbox, data_dir):
    assert outbox.entries() == [] and not paths.outbox_path(data_dir).exists()
    outbox.append(TARGET, Kind.MARK, 7, mark(PRESENT), member_id=1, now=WHEN)
    outbox.append(TARGET, Kind.MARK, 7, mark(ABSENT), member_id=2)
    outbox.append("elsewhere:5432/other", Kind.MARK, 7, mark(PRESENT), member_id=3)
    outbox.append(TARGET, Kind.MARK, 7, mark(APOLOGIES, PRESENT), member_id=1)
    # As a crash leaves it: another connection, from the file alone.
    again = Outbox(paths.outbox_path(data_dir))
    kept = again.entries(TARGET)
    assert [(e.member_id, e.payload["status"]) for e in kept] == [
        (1, PRESENT),
        (2, ABSENT),
        (1, APOLOGIES),
    ]
    assert kept[0].made_at == WHEN and kept[2].payload["was"] == PRESENT
    assert again.count() == 4  # the other database's entry waits for that one
    raw = sqlite3.connect(paths.outbox_path(data_dir))
    assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert again._connection(False).execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    raw.close()
    again.close()
    assert paths.own_file(paths.outbox_path(data_dir), [data_dir]) is paths.OwnFile.DATABASE


def test_a_timer_entry_replaces_the_meetings_earlier_one(outbox):
    outbox.append(TARGET, Kind.TIMER, 7, {"n": 1})
    outbox.append(TARGET, Kind.MARK, 7, mark(PRESENT), member_id=1)
    outbox.append(TARGET, Kind.TIMER, 8, {"n": 2})
    outbox.append(TARGET, Kind.TIMER, 7, {"n": 3})
    assert [(e.kind, e.meeting_id, e.payload.get("n")) for e in outbox.entries()] == [
        (Kind.MARK, 7, None),
        (Kind.TIMER, 8, 2),
        (Kind.TIMER, 7, 3),
    ]


def test_the_target_names_the_server_and_database_never_the_password():
    class Server:
        database = "postgresql://leader@db.practice.example:6543/balint?sslmode=verify-full"

        def __init__(self) -> None:
            self.connect_params = {"password": "s3cret", "connect_timeout": 10}

    assert target_of(Server()) == "db.practice.example:6543/balint"


# --- sending (both backends) ---------------------------------------------------------------


@pytest.mark.both_backends
class TestSending:
    @pytest.fixture
    def meeting(self, db):
        group = make_group()
        people = [member(group, name).id for name in ("Ann", "Ben", "Cat")]
        row = meetings.next_meeting(group.id, dt.date(2026, 3, 2))
        return row, people

    def fill(self, outbox, row, people) -> None:
        ann, ben, cat = people
        outbox.append(TARGET, Kind.MARK, row.id, mark(PRESENT), member_id=ann, now=WHEN)
        outbox.append(TARGET, Kind.MARK, row.id, mark(APOLOGIES), member_id=ben, now=WHEN)
        outbox.append(TARGET, Kind.MARK, row.id, mark(PRESENT), member_id=cat, now=WHEN)
        outbox.append(TARGET, Kind.MARK, row.id, mark(ABSENT, PRESENT), member_id=cat, now=WHEN)
        template = PhaseTemplate("", "Short", (Phase("Case", 20), Phase("Close", 5)))
        records = [
            PhaseRecord(0, "Case", 1200, 1250.4, True, True),
            PhaseRecord(1, "Close", 300, 61.0, True, False),
        ]
        payload = timer_payload(template, {"state": "running"}, records, ended=False)
        outbox.append(TARGET, Kind.TIMER, row.id, payload, now=WHEN)
        record = {"presenters": [ann], "theme": "", "leader": None, "co_leader": None}
        record |= {"was": MeetingStatus.PLANNED, "today": row.local_date.isoformat()}
        outbox.append(TARGET, Kind.RECORD, row.id, record, now=WHEN)

    def state(self, row) -> tuple:
        marks = Attendance.select().where(Attendance.meeting == row.id).order_by(Attendance.id)
        phases = MeetingPhase.select().where(MeetingPhase.meeting == row.id)
        run = TimerRun.get_or_none(TimerRun.meeting == row.id)
        meeting = Meeting.get_by_id(row.id)
        return (
            [(a.member_id, a.status, a.presented, a.mode) for a in marks],
            sorted(
                (p.position, p.name, p.actual_seconds, p.started_at, p.ended_at) for p in phases
            ),
            (run.snapshot_json, run.updated_at) if run else None,
            (meeting.status, meeting.theme, meeting.updated_at),
        )

    def test_sent_in_order_each_kept_change_as_made(self, meeting, outbox):
        row, (ann, ben, cat) = meeting
        self.fill(outbox, row, [ann, ben, cat])
        result = send(outbox, TARGET)
        assert (result.sent, result.conflicts) == (6, [])
        assert outbox.entries() == []
        marks, phases, run, (status, _, _) = self.state(row)
        assert marks == [
            (ann, PRESENT, True, None),
            (ben, APOLOGIES, False, None),
            (cat, ABSENT, False, None),
        ]
        started = WHEN.replace(tzinfo=None)
        assert phases == [(0, "Case", 1250, started, started), (1, "Close", 61, started, None)]
        assert run is not None and status == MeetingStatus.HELD

    def test_sending_twice_changes_nothing(self, meeting, outbox):
        row, people = meeting
        self.fill(outbox, row, people)
        send(outbox, TARGET)
        before = self.state(row)
        self.fill(outbox, row, people)  # as if the first sending died before removing them
        result = send(outbox, TARGET)
        assert result.conflicts == [] and outbox.entries() == []
        assert self.state(row) == before

    def test_a_timer_ended_while_away_ends_on_the_server(self, meeting, outbox):
        row, people = meeting
        self.fill(outbox, row, people)
        send(outbox, TARGET)  # the run begun, as the timer page saved it
        template = PhaseTemplate("", "Short", (Phase("Case", 20), Phase("Close", 5)))
        records = [
            PhaseRecord(0, "Case", 1200, 1250.4, True, True),
            PhaseRecord(1, "Close", 300, 280.0, True, True),
        ]
        ended = WHEN + dt.timedelta(minutes=30)
        payload = timer_payload(template, {"state": "ended"}, records, ended=True)
        outbox.append(TARGET, Kind.TIMER, row.id, payload, now=ended)
        assert send(outbox, TARGET).sent == 1
        _, phases, run, _ = self.state(row)
        assert run is None  # nothing left to resume: the meeting's timer ran to its end
        assert phases[1][2:] == (280, WHEN.replace(tzinfo=None), ended.replace(tzinfo=None))

    def test_a_mark_changed_meanwhile_elsewhere_is_kept_and_told(self, meeting, outbox):
        row, (ann, ben, _) = meeting
        meetings.set_attendance(row.id, ann, ABSENT, today=row.local_date)  # another PC
        outbox.append(TARGET, Kind.MARK, row.id, mark(PRESENT, ""), member_id=ann)
        outbox.append(TARGET, Kind.MARK, row.id, mark(PRESENT, ""), member_id=ben)
        result = send(outbox, TARGET)
        assert result.sent == 1
        [conflict] = result.conflicts
        assert (conflict.why, conflict.member_name, conflict.kept) == (Why.CHANGED, "Ann", ABSENT)
        assert meetings.attendance_for(row.id) == {ann: ABSENT, ben: PRESENT}
        assert outbox.entries() == []

    def test_a_meeting_recorded_or_cancelled_meanwhile_wins(self, meeting, outbox):
        row, (ann, ben, _) = meeting
        meetings.record_meeting(row.id, [ben], today=row.local_date)  # another PC
        record = {"presenters": [ann], "theme": "", "leader": None, "co_leader": None}
        record |= {"was": MeetingStatus.PLANNED, "today": row.local_date.isoformat()}
        outbox.append(TARGET, Kind.RECORD, row.id, record)
        [conflict] = send(outbox, TARGET).conflicts
        assert conflict.why == Why.RECORDED
        assert meetings.presenters_of(row.id) == [ben]
        later = meetings.upcoming_meetings(row.group_id, 3, today=row.local_date)[1]
        meetings.cancel_meeting(later.id, "snow")
        outbox.append(TARGET, Kind.MARK, later.id, mark(APOLOGIES), member_id=ann)
        [conflict] = send(outbox, TARGET).conflicts
        assert conflict.why == Why.CANCELLED
        assert meetings.attendance_for(later.id) == {}

    def test_a_change_the_store_refuses_now_is_dropped_with_its_reason(self, meeting, outbox):
        row, (ann, _, _) = meeting
        record = {"presenters": [ann], "theme": "A theme removed meanwhile"}
        record |= {"leader": None, "co_leader": None, "was": MeetingStatus.PLANNED}
        record["today"] = row.local_date.isoformat()
        outbox.append(TARGET, Kind.RECORD, row.id, record)
        [conflict] = send(outbox, TARGET).conflicts
        assert conflict.why == Why.REFUSED and conflict.error is not None
        assert Meeting.get_by_id(row.id).status == MeetingStatus.PLANNED  # nothing half-done


# --- a lost server, or an error ------------------------------------------------------------


def test_a_lost_connection_is_told_from_an_error():
    from balintdesk.store.server import load_driver

    psycopg = load_driver()

    def wrapped(driver_error: Exception, kind: type) -> Exception:
        # As peewee's wrapper does it: the driver's error is the context of peewee's.
        try:
            try:
                raise driver_error
            except Exception:
                raise kind(str(driver_error))  # noqa: B904
        except Exception as outer:
            return outer

    gone = wrapped(psycopg.OperationalError("consuming input failed"), peewee.OperationalError)
    assert is_connection_lost(gone)
    closed = wrapped(psycopg.InterfaceError("the connection is closed"), peewee.InterfaceError)
    assert is_connection_lost(closed)
    shutdown = wrapped(psycopg.errors.AdminShutdown("terminating"), peewee.OperationalError)
    assert is_connection_lost(shutdown)
    assert is_connection_lost(ServerError(ServerTrouble.UNREACHABLE))
    # Errors, not a lost server: bad data, a conflict, a wrong password, SQLite's own.
    unique = wrapped(psycopg.errors.UniqueViolation("duplicate key"), peewee.IntegrityError)
    assert not is_connection_lost(unique)
    deadlock = wrapped(psycopg.errors.DeadlockDetected("deadlock"), peewee.OperationalError)
    assert not is_connection_lost(deadlock)
    assert not is_connection_lost(ServerError(ServerTrouble.WRONG_PASSWORD))
    locked = wrapped(sqlite3.OperationalError("database is locked"), peewee.OperationalError)
    assert not is_connection_lost(locked)
    assert not is_connection_lost(ValueError("x"))


@pytest.mark.both_backends
def test_a_refused_statement_on_the_server_is_no_lost_connection(db):
    group = make_group()
    ann = member(group, "Ann")
    with pytest.raises(peewee.IntegrityError) as caught:
        member_row = Attendance(meeting=123456, member=ann.id, status=PRESENT)
        member_row.save()
    assert not is_connection_lost(caught.value)
