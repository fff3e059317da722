"""The Meeting page and other computers: what it does when a save is refused because
another computer changed the same thing meanwhile, and reading again when shown.

A mixin of `MeetingPage` (page.py), kept apart so the page stays readable; it uses the
page's `group_id`, `meeting`, `today`, `record_status`, `refresh` and `meeting_changed`.
"""

from __future__ import annotations

from collections.abc import Callable

from balintdesk.i18n import error_text
from balintdesk.store import meetings, roster
from balintdesk.store.attendance import MeetingRecord
from balintdesk.store.models import AttendanceStatus
from balintdesk.store.refusal import ChangedElsewhere


def _meeting_state(m) -> tuple:
    names = ("id", "status", "starts_at", "mode", "theme", "cancel_reason", "leader_id")
    return tuple(getattr(m, name) for name in (*names, "co_leader_id", "updated_at"))


class ChangesElsewhere:
    """What the page saw, compared when it saves or is shown again."""

    _shown_state: tuple | None = None
    _refused: ChangedElsewhere | None = None  # by a dialog's save, said after it closed

    def reload(self) -> None:
        """Read again what the page shows (it was shown again, or the window became
        active again): another computer may have changed it. Shown anew only if
        something did, so a pick not yet saved, the focus and the scroll stay."""
        if self._state_now() != self._shown_state:
            self.refresh()

    def _state_now(self) -> tuple:
        """What this page shows from the database, in a form to compare."""
        if self.group_id is None:
            return ()
        today = self.today()
        listed = meetings.unrecorded_meetings(self.group_id, today=today)
        listed += meetings.upcoming_meetings(
            self.group_id, count=12, today=today, include_cancelled=True
        )
        group = roster.get_group(self.group_id)
        shown_id = self.meeting.id if self.meeting else None
        return (
            [_meeting_state(m) for m in listed],
            [(m.id, m.updated_at, m.archived_at) for m in roster.list_members(self.group_id)],
            meetings.attendance_rows(shown_id) if shown_id is not None else [],
            (group.presenters_per_meeting, group.leaders_may_present),
            meetings.themes(self.group_id),
        )

    def _remember_shown(self) -> None:
        self._shown_state = self._state_now()

    def _unmarked(self, member_id: int, status: str) -> None:
        """The page's own mark saved: someone no longer present presented nothing (the
        store takes the presentation back), so the record seen loses them too."""
        seen = self._record_seen
        if status != AttendanceStatus.PRESENT and seen is not None:
            self._record_seen = MeetingRecord(
                seen.status, seen.theme, seen.presenters - {member_id}
            )

    def _guarded(self, save: Callable[[], object]) -> Callable[[], None]:
        """A dialog's action whose refusal for a change made elsewhere closes the dialog:
        the page then shows what is stored, and the sentence why nothing was saved."""

        def run() -> None:
            try:
                save()
            except ChangedElsewhere as exc:
                self._refused = exc

        return run

    def _say_refused(self) -> None:
        if self._refused is not None:
            refused, self._refused = self._refused, None
            self.record_status.setText(error_text(refused))

    def _changed_elsewhere(self, refusal: ChangedElsewhere) -> None:
        """Another computer changed what this page showed: show what is stored now, and
        say calmly why the click did not count."""
        self.refresh()
        self.record_status.setText(error_text(refusal))
        self.meeting_changed.emit()
