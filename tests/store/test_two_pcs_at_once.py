"""Two PCs saving at the same moment: two sessions (each thread has its own connection:
peewee keeps one per thread), started together at a barrier. One of two clashing saves
is refused, never both saved, never one lost; saves that do not clash both count.

On PostgreSQL also the exact interleaving: the first PC's transaction has compared and
written but not committed; the second PC's save must wait for it (SELECT … FOR UPDATE),
then see its change and be refused. Without the lock the second would have compared
against the old row and overwritten the first's change.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable

import pytest

from balintdesk.store import meetings, roster
from balintdesk.store.attendance import NOT_RECORDED
from balintdesk.store.models import AttendanceStatus, Meeting, database_proxy
from balintdesk.store.refusal import ChangedElsewhere

from . import _server
from ._meeting_helpers import TODAY, make_group, member

PRESENT, APOLOGIES, ABSENT = AttendanceStatus.ALL
WAIT = 30  # seconds: only a broken lock makes a test wait this long


@pytest.fixture
def setup(db):
    group = make_group()
    people = [member(group, name) for name in ("Ann", "Ben")]
    row = meetings.next_meeting(group.id, TODAY)
    return db, row, [p.id for p in people]


def at_once(*saves: Callable[[], object]) -> list[object]:
    """Run each save in its own thread (its own connection), all released together;
    what each returned or raised."""
    barrier = threading.Barrier(len(saves))
    results: list[object] = [None] * len(saves)

    def run(index: int, save: Callable[[], object]) -> None:
        try:
            barrier.wait(WAIT)
            results[index] = save()
        except Exception as exc:
            results[index] = exc
        finally:
            database_proxy.close()  # this thread's connection

    threads = [threading.Thread(target=run, args=(i, s)) for i, s in enumerate(saves)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
        assert not thread.is_alive(), "a save never finished"
    return results


def refused(results: list[object]) -> list[bool]:
    for result in results:
        if isinstance(result, Exception) and not isinstance(result, ChangedElsewhere):
            raise result
    return [isinstance(result, ChangedElsewhere) for result in results]


@pytest.mark.both_backends
@pytest.mark.parametrize("attempt", range(3))
def test_same_member_edited_at_once(setup, attempt) -> None:
    _, _, (ann, _) = setup
    seen = roster.draft_of(roster.get_member(ann))  # both dialogs loaded the same
    office = dataclasses.replace(seen, email=f"office{attempt}@x.example")
    room = dataclasses.replace(seen, email=f"room{attempt}@x.example")
    results = at_once(
        lambda: roster.update_member(ann, office, expected=seen),
        lambda: roster.update_member(ann, room, expected=seen),
    )
    outcome = refused(results)
    assert sorted(outcome) == [False, True]  # one saved, one refused
    winner = (office, room)[outcome.index(False)]
    assert roster.get_member(ann).email == winner.email


@pytest.mark.both_backends
@pytest.mark.parametrize("attempt", range(3))
def test_same_attendance_marked_at_once(setup, attempt) -> None:
    _, row, (ann, _) = setup
    day = row.local_date
    results = at_once(
        lambda: meetings.set_attendance(row.id, ann, PRESENT, today=day, expected=NOT_RECORDED),
        lambda: meetings.set_attendance(row.id, ann, ABSENT, today=day, expected=NOT_RECORDED),
    )
    outcome = refused(results)
    assert sorted(outcome) == [False, True]
    assert meetings.attendance_for(row.id) == {ann: (PRESENT, ABSENT)[outcome.index(False)]}


@pytest.mark.both_backends
def test_different_members_marked_at_once_both_count(setup) -> None:
    _, row, (ann, ben) = setup
    day = row.local_date
    results = at_once(
        lambda: meetings.set_attendance(row.id, ann, PRESENT, today=day, expected=NOT_RECORDED),
        lambda: meetings.set_attendance(row.id, ben, APOLOGIES, today=day, expected=NOT_RECORDED),
    )
    assert refused(results) == [False, False]
    assert meetings.attendance_for(row.id) == {ann: PRESENT, ben: APOLOGIES}


@pytest.mark.both_backends
def test_two_pcs_filling_in_the_schedule_at_once_make_each_meeting_once(db) -> None:
    group, other = make_group(), make_group("Thursday Balint")
    before = Meeting.select().count()
    results = at_once(
        lambda: meetings.ensure_schedule(group.id, TODAY),
        lambda: meetings.ensure_schedule(group.id, TODAY),
        lambda: meetings.ensure_schedule(other.id, TODAY),
    )
    assert results == [None, None, None]  # no clash of numbers, no error
    for made in (group, other):
        days = [m.local_date for m in Meeting.select().where(Meeting.group == made.id)]
        assert len(days) == len(set(days)) > 0  # each date once
    assert Meeting.select().count() > before


# --- PostgreSQL: the second save waits for the first, then is refused --------------------------


def _waiting_for_a_lock(conn, dbname: str) -> bool:
    found = conn.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'",
        (dbname,),
    ).fetchone()
    return found[0] > 0


def _second_waits_then_refused(db, first: Callable[[], object], second: Callable[[], object]):
    """`first` runs in a transaction held open until `second` (another connection) is
    seen waiting for its lock; then it commits. What `second` returned or raised."""
    written, let_go = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def first_pc() -> None:
        try:
            with database_proxy.atomic():
                first()
                written.set()
                let_go.wait(WAIT)
        except Exception as exc:
            outcome["first"] = exc
        finally:
            written.set()
            database_proxy.close()

    def second_pc() -> None:
        try:
            outcome["second"] = second()
        except Exception as exc:
            outcome["second"] = exc
        finally:
            database_proxy.close()

    dbname = db.execute_sql("SELECT current_database()").fetchone()[0]
    one = threading.Thread(target=first_pc)
    one.start()
    assert written.wait(WAIT) and "first" not in outcome
    two = threading.Thread(target=second_pc)
    two.start()
    deadline = time.monotonic() + WAIT
    with _server.admin() as conn:
        while not _waiting_for_a_lock(conn, dbname):  # asks the server; no fixed sleep
            assert two.is_alive(), f"the second save did not wait: {outcome.get('second')!r}"
            assert time.monotonic() < deadline, "the second save never waited for the lock"
    let_go.set()
    one.join(WAIT)
    two.join(WAIT)
    assert "first" not in outcome
    return outcome["second"]


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_server_member_save_waits_for_the_other_and_is_refused(setup) -> None:
    db, _, (ann, _) = setup
    seen = roster.draft_of(roster.get_member(ann))
    result = _second_waits_then_refused(
        db,
        lambda: roster.update_member(
            ann, dataclasses.replace(seen, email="o@x.example"), expected=seen
        ),
        lambda: roster.update_member(ann, dataclasses.replace(seen, name="Ann B"), expected=seen),
    )
    assert isinstance(result, ChangedElsewhere)
    stored = roster.get_member(ann)
    assert (stored.name, stored.email) == ("Ann", "o@x.example")


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_server_attendance_waits_for_the_other_and_is_refused(setup) -> None:
    db, row, (ann, _) = setup
    day = row.local_date
    result = _second_waits_then_refused(
        db,
        lambda: meetings.set_attendance(row.id, ann, PRESENT, today=day, expected=NOT_RECORDED),
        lambda: meetings.set_attendance(row.id, ann, ABSENT, today=day, expected=NOT_RECORDED),
    )
    assert isinstance(result, ChangedElsewhere)
    assert meetings.attendance_for(row.id) == {ann: PRESENT}
