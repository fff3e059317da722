"""The Meeting page with the practice's server away (ui/common/offline.py): check-in
marks and the record kept on this computer, and the page's banner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from balintdesk.i18n import translate
from balintdesk.store.models import AttendanceStatus
from balintdesk.ui.common.offline import Kind, attach, reads, run_or_keep

__all__ = ["attach_meeting_page", "keep_mark", "keep_record", "reads"]


def mark_payload(status: str, was: str, where: str | None) -> dict:
    present = status == AttendanceStatus.PRESENT
    return {"status": status, "was": was, "where": where if present else None}


def attach_meeting_page(page: Any) -> None:
    """The Meeting page's banner. While the server is away the page cannot move, cancel
    or change the meeting, its themes or who led (the record takes who led as shown),
    nor show another meeting: none of that is kept on this computer."""
    waits = [page.mode_combo, page.cancel_button, page.move_button, page.themes_button]
    waits += [page.earlier_button, page.later_button, page.leader_picker]
    attach(page, waits, page.record_status.setText)
    page._marks = {}  # the marks shown: a mark kept offline says what it replaced
    page.offline_banner.back.connect(page._changed)  # read the server's state again


def keep_mark(
    page: Any, save: Callable[[], object], member_id: int, status: str, where: str | None
) -> bool:
    """A check-in mark (status "" for none; `where` in a hybrid meeting) saved by `save`
    now, or kept with the mark the page showed before; True when kept."""
    was, page._marks[member_id] = page._marks.get(member_id, ""), status
    payload = mark_payload(status, was, where)
    return run_or_keep(save, Kind.MARK, page.meeting.id, payload, member_id)


def record_payload(presenters: list[int], theme: str, led: tuple, was: str, today: dt.date) -> dict:
    """A RECORD entry: what the record saves, and the meeting's state shown before."""
    leader, co_leader = led
    return {
        "presenters": presenters,
        "theme": theme,
        "leader": leader,
        "co_leader": co_leader,
        "was": was,
        "today": today.isoformat(),
    }


def keep_record(
    page: Any,
    save: Callable[[], object],
    presenters: list[int],
    theme: str,
    leader: int | None,
    co_leader: int | None,
) -> bool:
    """The record saved by `save` now, or kept and shown as the server will have it
    (presenters marked present); True when kept."""
    meeting = page.meeting
    led = (leader, co_leader)
    payload = record_payload(presenters, theme, led, meeting.status, page.today())
    if not run_or_keep(save, Kind.RECORD, meeting.id, payload):
        return False
    for member_id in presenters:
        page._marks[member_id] = AttendanceStatus.PRESENT
        if member_id in page.check_in.rows:
            page.check_in.rows[member_id].set_status(AttendanceStatus.PRESENT)
    page.state_label.setText(translate("MeetingPage", "Held and recorded"))
    page.record_status.setText(
        translate(
            "Offline", "Recorded on this computer; it is sent when the shared database is back."
        )
    )
    return True
