"""The calendar's organizer and an event's content key, without a database."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from dataclasses import replace

import pytest

from balintdesk.domain.rota_sheet import (
    CalendarFeed,
    FeedEvent,
    FeedLeader,
    FeedOrganizer,
    event_content_key,
    feed_organizer,
)

NAMESPACE = "5f0c3c2e-8a47-4a4e-9d2b-0c1d2e3f4a5b"
LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2026, 3, 3, 12, 30, tzinfo=LONDON)
EVENT = FeedEvent(
    uid="x-meeting-1@balintdesk",
    start=START,
    end=START + dt.timedelta(minutes=75),
    room="Seminar room",
    presenters=("Chloë Martin",),
    reserve="Dr Siobhán O'Neill",
    cancelled=False,
    cancel_reason="",
    sequence=0,
    last_modified=dt.datetime(2026, 2, 20, 8, 0, tzinfo=dt.UTC),
)
FEED = CalendarFeed(
    "Riverside",
    "x-group-1@balintdesk",
    dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC),
    (EVENT,),
    FeedOrganizer("Dr Ann Hale", "mailto:ann@example.org"),
)


def test_the_first_leader_with_an_email_organizes():
    leaders = [FeedLeader(4, "Dr Aled Ap", ""), FeedLeader(2, "Dr Bea Bo", "bea@example.org"),
               FeedLeader(3, "Dr Cy Cee", "cy@example.org")]  # fmt: skip
    assert feed_organizer(NAMESPACE, 1, "Riverside", leaders) == FeedOrganizer(
        "Dr Bea Bo", "mailto:bea@example.org"
    )


def test_an_email_is_percent_encoded_where_a_uri_needs_it():
    leader = FeedLeader(1, "Zoë", "zoë+balint&co@müller.de")
    assert feed_organizer(NAMESPACE, 1, "R", [leader]).address == (
        "mailto:zo%C3%AB+balint%26co@m%C3%BCller.de"
    )


def test_without_an_email_a_urn_uuid_that_stays_the_same():
    leader = FeedLeader(4, "Dr Aled Ap", "")
    first = feed_organizer(NAMESPACE, 1, "Riverside", [leader])
    assert first.name == "Dr Aled Ap"
    assert first == feed_organizer(NAMESPACE, 1, "Riverside", [leader])
    assert first.address == uuid.uuid5(uuid.UUID(NAMESPACE), "member-4").urn
    other_database = feed_organizer(str(uuid.uuid4()), 1, "Riverside", [leader])
    assert other_database.address != first.address


def test_without_a_leader_the_group_organizes():
    organizer = feed_organizer(NAMESPACE, 7, "Riverside", [])
    assert organizer.name == "Riverside — Balint group"
    assert organizer.address == uuid.uuid5(uuid.UUID(NAMESPACE), "group-7").urn
    assert organizer.address != feed_organizer(NAMESPACE, 8, "Riverside", []).address


def test_the_content_key_ignores_when_and_sees_what():
    key = event_content_key(FEED, EVENT)
    later = replace(EVENT, sequence=9, last_modified=dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    assert event_content_key(replace(FEED, generated_at=dt.datetime.now(dt.UTC)), later) == key


@pytest.mark.parametrize(
    "changed",
    [
        lambda f, e: (f, replace(e, presenters=("Dr Zoë Müller-Łukasiewicz",))),
        lambda f, e: (f, replace(e, reserve="")),
        lambda f, e: (f, replace(e, start=e.start + dt.timedelta(hours=1))),
        lambda f, e: (f, replace(e, end=e.end + dt.timedelta(minutes=15))),
        lambda f, e: (f, replace(e, room="Library")),
        lambda f, e: (f, replace(e, cancelled=True)),
        lambda f, e: (f, replace(e, cancelled=True, cancel_reason="Training")),
        lambda f, e: (f, replace(e, start=e.start.astimezone(zoneinfo.ZoneInfo("Europe/Paris")))),
        lambda f, e: (replace(f, group_name="Hillside"), e),
        lambda f, e: (replace(f, organizer=FeedOrganizer("Dr Ann Hale", "urn:uuid:x")), e),
    ],
)
def test_the_content_key_changes_with_anything_a_calendar_shows(changed):
    assert event_content_key(*changed(FEED, EVENT)) != event_content_key(FEED, EVENT)
