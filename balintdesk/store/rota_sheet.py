"""What the printable rota and the calendar file show, gathered from the database.

Both read the same rows the Rota page shows: the meetings to come, each with the rota's
planned presenters and reserve (`store.rota.plan`), cancelled ones included so a
noticeboard or a calendar can say they are off. The calendar also cancels the meetings a
change of pattern withdrew (`store.withdrawn`); the printed rota leaves those out.
"""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo

from balintdesk.domain.rota import MeetingPlan
from balintdesk.domain.rota_sheet import (
    CalendarFeed,
    FeedEvent,
    FeedLeader,
    FeedOrganizer,
    RotaSheet,
    SheetMeeting,
    feed_organizer,
    group_calendar_uid,
    meeting_uid,
    sequence_of,
)
from balintdesk.store import rota
from balintdesk.store.calendar_sent import Outgoing, settle
from balintdesk.store.models import (
    AppSetting,
    Meeting,
    MeetingStatus,
    WithdrawnMeeting,
    database_proxy,
)
from balintdesk.store.roster import get_group, list_members
from balintdesk.store.schedule import ensure_schedule
from balintdesk.store.settings import CALENDAR_UID_NAMESPACE, get_setting
from balintdesk.store.withdrawn import withdrawn_between

# How far ahead the calendar file reaches: a year of meetings is what a practice plans.
FEED_DAYS = 366
_SHOWN = (MeetingStatus.PLANNED, MeetingStatus.CANCELLED)


def _zone_times(meeting: Meeting | WithdrawnMeeting) -> tuple[dt.datetime, dt.datetime]:
    """Start and end, aware, on the wall clock of the meeting's zone. The end is reached
    through UTC, so a meeting that spans a clock change still lasts its length."""
    zone = zoneinfo.ZoneInfo(meeting.timezone)
    start = meeting.starts_at.replace(tzinfo=dt.UTC)
    end = start + dt.timedelta(minutes=meeting.length_minutes)
    return start.astimezone(zone), end.astimezone(zone)


def _coming(group_id: int, first: dt.date, last: dt.date) -> list[Meeting]:
    """Planned and cancelled meetings from `first` to `last`, in date order (a meeting
    held earlier today is history, not rota)."""
    query = Meeting.select().where(
        (Meeting.group == group_id)
        & Meeting.local_date.between(first, last)
        & Meeting.status.in_(_SHOWN)
    )
    return list(query.order_by(Meeting.local_date, Meeting.starts_at, Meeting.id))


def _who(plan: MeetingPlan | None) -> tuple[tuple[str, ...], str]:
    if plan is None:
        return (), ""
    return tuple(s.name for s in plan.presenters), plan.reserve.name if plan.reserve else ""


def rota_sheet(
    group_id: int, count: int, today: dt.date | None = None, printed: dt.date | None = None
) -> RotaSheet:
    """The next `count` meetings that will take place, with the cancelled ones that fall
    among them, as the noticeboard sheet shows them; `printed` is the date it names."""
    today = today or dt.date.today()
    group = get_group(group_id)
    planned = rota.plan(group_id, count, today)
    plans = {meeting.id: plan for meeting, plan in planned}
    rows: list[Meeting] = []
    if planned:
        last = max(meeting.local_date for meeting, _plan in planned)
        rows = [m for m in _coming(group_id, today, last) if m.id in plans or _cancelled(m)]
    lines = []
    for meeting in rows:
        start, end = _zone_times(meeting)
        presenters, reserve = _who(plans.get(meeting.id))
        lines.append(
            SheetMeeting(
                meeting_id=meeting.id,
                date=start.date(),
                starts=start.time(),
                ends=end.time(),
                room=meeting.room,
                presenters=presenters,
                reserve=reserve,
                cancelled=_cancelled(meeting),
                cancel_reason=meeting.cancel_reason if _cancelled(meeting) else "",
            )
        )
    return RotaSheet(group.name, printed or today, tuple(lines))


def _cancelled(meeting: Meeting) -> bool:
    return meeting.status == MeetingStatus.CANCELLED


def calendar_namespace() -> str:
    """This database's random UID namespace, made on first use and kept for ever."""
    current = get_setting(CALENDAR_UID_NAMESPACE)
    if current:
        return current
    with database_proxy.atomic("IMMEDIATE"):
        # Insert-or-keep, then read back: two exports racing agree on one namespace.
        AppSetting.insert(
            key=CALENDAR_UID_NAMESPACE, value=str(uuid.uuid4())
        ).on_conflict_ignore().execute()
        return get_setting(CALENDAR_UID_NAMESPACE)


def calendar_feed(
    group_id: int,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    days: int = FEED_DAYS,
) -> CalendarFeed:
    """The group's meetings from today for `days` days, planned and cancelled, each with
    a UID that stays the same between exports (and through a move), and, cancelled, the
    ones a change of pattern withdrew, so calendars that hold them drop them too.

    Each event's SEQUENCE and LAST-MODIFIED come from the export history
    (store.calendar_sent), which this brings up to date: the same as last time if the
    event says the same, higher and later if not."""
    today = today or dt.date.today()
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    group = get_group(group_id)
    namespace = calendar_namespace()
    last = today + dt.timedelta(days=days - 1)
    ensure_schedule(group_id, today, until=last)  # rows for the whole year, as the page would
    rows = _coming(group_id, today, last)
    planned = sum(1 for meeting in rows if not _cancelled(meeting))
    plans = {m.id: p for m, p in rota.plan(group_id, planned, today)} if planned else {}
    # Live and withdrawn meetings in one date order; the id only breaks ties.
    live = [
        (
            m.local_date,
            m.starts_at,
            m.id,
            Outgoing(
                m.id,
                _live_event(namespace, m, plans.get(m.id)),
                sequence_of(m.created_at, now.replace(tzinfo=None)),
            ),
        )
        for m in rows
    ]
    gone = [
        (w.local_date, w.starts_at, w.meeting_id, _withdrawn_outgoing(namespace, w))
        for w in withdrawn_between(group_id, today, last)
    ]
    outgoing = [item[-1] for item in sorted(live + gone, key=lambda item: item[:3])]
    feed = CalendarFeed(
        group_name=group.name,
        calendar_uid=group_calendar_uid(namespace, group_id),
        generated_at=now,
        events=tuple(item.event for item in outgoing),
        organizer=_organizer(namespace, group_id, group.name),
    )
    return settle(feed, outgoing)


def _organizer(namespace: str, group_id: int, group_name: str) -> FeedOrganizer:
    """The group's organizer (domain.rota_sheet.feed_organizer) from its active leaders,
    in name order, as the Roster lists them."""
    leaders = [
        FeedLeader(m.id, m.name, (m.email or "").strip())
        for m in list_members(group_id)
        if m.is_leader
    ]
    return feed_organizer(namespace, group_id, group_name, leaders)


def _live_event(namespace: str, meeting: Meeting, plan: MeetingPlan | None) -> FeedEvent:
    start, end = _zone_times(meeting)
    presenters, reserve = _who(plan)
    return FeedEvent(
        uid=meeting_uid(namespace, meeting.id),
        start=start,
        end=end,
        room=meeting.room,
        presenters=presenters,
        reserve=reserve,
        cancelled=_cancelled(meeting),
        cancel_reason=meeting.cancel_reason if _cancelled(meeting) else "",
        sequence=sequence_of(meeting.created_at, meeting.updated_at),
        last_modified=meeting.updated_at.replace(tzinfo=dt.UTC),
    )


def _withdrawn_outgoing(namespace: str, gone: WithdrawnMeeting) -> Outgoing:
    """The cancellation of a withdrawn meeting: the deleted row's UID, where and when it
    was, and the SEQUENCE stored when it was withdrawn (above any its row gave)."""
    start, end = _zone_times(gone)
    event = FeedEvent(
        uid=meeting_uid(namespace, gone.meeting_id),
        start=start,
        end=end,
        room=gone.room,
        presenters=(),
        reserve="",
        cancelled=True,
        cancel_reason=gone.reason,
        sequence=gone.calendar_sequence,
        last_modified=gone.withdrawn_at.replace(tzinfo=dt.UTC),
    )
    return Outgoing(gone.meeting_id, event, gone.calendar_sequence)
