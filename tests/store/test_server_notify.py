"""LISTEN/NOTIFY: another connection's change to a group is told to a listener at once,
with the group's number; this connection's own changes are left out."""

from __future__ import annotations

import dataclasses
import select
import threading
import time

import pytest

from balintdesk.store import meetings, roster
from balintdesk.store.models import AttendanceStatus, database_proxy
from balintdesk.store.server_notify import ChangeListener, install_notify

from ._meeting_helpers import TODAY, make_group, member

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)


def elsewhere(change) -> None:
    """`change` through another connection (peewee keeps one per thread)."""
    thread = threading.Thread(target=lambda: (change(), database_proxy.close()))
    thread.start()
    thread.join(30)


def told(listener: ChangeListener) -> set:
    """The first groups the listener is told of, waiting on its socket (a notification
    of this connection's own arrives too, and is left out)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        select.select([listener.fileno()], [], [], max(0, deadline - time.monotonic()))
        groups = listener.changed()
        if groups:
            return groups
    raise AssertionError("no notification arrived")


@pytest.fixture
def listening(db):
    with db.connection().cursor() as cursor:
        install_notify(cursor)
        install_notify(cursor)  # again: replaced, not doubled
    group = make_group()
    other = make_group("Thursday Balint")
    ann = member(group, "Ann")
    listener = ChangeListener(db)
    yield group, other, ann, listener
    listener.close()


def test_a_change_elsewhere_names_its_group(listening) -> None:
    group, other, ann, listener = listening
    assert listener.changed() == set()  # nothing yet, and no waiting
    row = meetings.next_meeting(group.id, TODAY)
    elsewhere(
        lambda: meetings.set_attendance(
            row.id, ann.id, AttendanceStatus.PRESENT, today=row.local_date
        )
    )
    assert told(listener) == {group.id}
    elsewhere(lambda: member(other, "Ben"))
    assert told(listener) == {other.id}


def test_own_changes_are_left_out(listening) -> None:
    group, _, ann, listener = listening
    seen = roster.draft_of(roster.get_member(ann.id))
    roster.update_member(ann.id, dataclasses.replace(seen, email="a@x.example"))
    elsewhere(lambda: member(group, "Cat"))
    assert told(listener) == {group.id}
    assert listener.changed() == set()
