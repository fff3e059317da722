"""A group with a rich history, made through the store's own functions in the database the
models are bound to: a row in every table a group's data lives in (the move, the export
and the row-level security tests need one of each)."""

from __future__ import annotations

import datetime as dt

from balintdesk.domain.phases import Phase
from balintdesk.store import (
    breaks,
    identifiers,
    leader_log,
    leaders,
    meetings,
    rota,
    themes,
    timer_store,
)
from balintdesk.store import settings as app_settings
from balintdesk.store.models import Group, Meeting, database_proxy
from balintdesk.store.rota_sheet import calendar_feed
from balintdesk.store.withdrawn import withdraw
from tests.store._meeting_helpers import FIRST, TODAY, make_group, meeting_on, member, tuesdays
from tests.store._timing_helpers import run_meeting

NOW = dt.datetime(2026, 3, 2, 9, 0)


def rich_group(name: str) -> Group:
    """A weekly group: members (a leader with a GMC number and a leader log), meetings
    held in January with attendance, presenters, leaders, a theme and a timed phase log,
    a pinned presenter ahead, a break that cancels a meeting, a withdrawn meeting, its
    own themes and phase template, and the calendar export history."""
    group = make_group(name)
    meetings.ensure_schedule(group.id, FIRST, until=dt.date(2026, 5, 31))
    webb = member(group, "Dr Marcus Webb", is_leader=True)
    ada = member(group, "Dr Ada Lee")
    ben = member(group, "Ben Ash")
    identifiers.set_numbers(webb.id, {"gmc": "1234567"})
    leader_log.add_entry(webb.id, dt.date(2026, 1, 20), "supervision", 60, "Peer group", TODAY)
    themes.set_themes(group.id, ["The difficult patient", "Endings"])
    timer_store.save_template(group.id, None, "Short", [Phase("Case", 10), Phase("Discussion", 25)])
    for index, day in enumerate(tuesdays(FIRST, 4)):
        row = meeting_on(group, day)
        meetings.set_attendance(row.id, webb.id, "present", today=TODAY)
        meetings.set_attendance(row.id, ada.id, "apologies" if index == 2 else "present", TODAY)
        meetings.set_attendance(row.id, ben.id, "absent", today=TODAY)
        theme = "Endings" if index == 1 else ""
        meetings.record_meeting(row.id, [ada.id] if index == 1 else [], theme, today=TODAY)
        leaders.set_leaders(row.id, webb.id, None, today=TODAY)
    first = meeting_on(group, FIRST)
    run_meeting(first.id, ["start", 300, "next", 1500, "end"], dt.datetime(2026, 1, 6, 12, 30))
    # A timer left running (the PC was switched off mid-meeting): its run stays.
    run_meeting(meeting_on(group, tuesdays(FIRST, 2)[1]).id, ["start", 120], NOW)
    ahead = meeting_on(group, dt.date(2026, 3, 10))
    rota.pin(ahead.id, ben.id, today=TODAY)
    breaks.add_break(group.id, dt.date(2026, 4, 6), dt.date(2026, 4, 12), "Easter")
    calendar_feed(group.id, TODAY, NOW)
    with database_proxy.atomic():
        withdraw(Meeting.get_by_id(meeting_on(group, dt.date(2026, 5, 26)).id))
    calendar_feed(group.id, TODAY, NOW + dt.timedelta(days=1))
    app_settings.set_setting(app_settings.CURRENT_GROUP, str(group.id))
    app_settings.set_flag(app_settings.SHARED_PC, True)
    return group
