"""The Meeting page's record form filled for one meeting: who presented, the theme.

A mixin of `MeetingPage` (page.py), apart so the page stays short. It remembers the
record as loaded (`_record_seen`), which saving it compares with what is stored
(`store.attendance.record_meeting(expected=)`); and when the page is read again with
that record unchanged, a box someone changed keeps its pick not yet saved.
"""

from __future__ import annotations

from balintdesk.domain.rota import MeetingPlan
from balintdesk.i18n import translate
from balintdesk.store import meetings, roster
from balintdesk.store.attendance import MeetingRecord
from balintdesk.store.models import Meeting, MeetingStatus
from balintdesk.ui.meeting.words import theme_text

NOBODY = -1


class RecordForm:
    _record_seen: MeetingRecord | None = None
    _record_meeting: int | None = None
    _record_offered: tuple = ()  # what the page itself put in the boxes: no one's pick

    def _record_picks(self, seen: MeetingRecord, meeting_id: int) -> list:
        """Per presenter box and the theme: what someone picked and did not save yet
        (None: nothing), kept only while the stored record is the one loaded."""
        now = [combo.currentData() for combo in self.presenter_combos]
        now.append(self.theme_combo.currentData())
        if self._record_seen != seen or self._record_meeting != meeting_id:
            return [None] * len(now)
        offered = self._record_offered or tuple(now)
        return [mine if mine != put else None for mine, put in zip(now, offered, strict=True)]

    def _fill_record(self, meeting: Meeting, members: list, plan: MeetingPlan | None) -> None:
        group = roster.get_group(self.group_id)
        presented = [a.member_id for a in meeting.attendance if a.presented]
        seen = MeetingRecord(meeting.status, meeting.theme, frozenset(presented))
        picks = self._record_picks(seen, meeting.id)
        self._record_seen, self._record_meeting = seen, meeting.id
        if meeting.status == MeetingStatus.HELD:
            plan = None
        planned = [s.member_id for s in plan.presenters] if plan else []
        defaults = presented if meeting.status == MeetingStatus.HELD else planned
        offered = []
        for slot, combo in enumerate(self.presenter_combos):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("MeetingPage", "— nobody —"), NOBODY)
            for member in members:
                combo.addItem(member.name, member.id)
            wanted = defaults[slot] if slot < len(defaults) else NOBODY
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            offered.append(combo.currentData())
            if picks[slot] is not None and combo.findData(picks[slot]) >= 0:
                combo.setCurrentIndex(combo.findData(picks[slot]))
            combo.setVisible(slot < group.presenters_per_meeting)
            combo.blockSignals(False)
        self.theme_combo.clear()
        self.theme_combo.addItem(translate("MeetingPage", "(no theme)"), "")
        for theme in meetings.themes(self.group_id):
            self.theme_combo.addItem(theme_text(theme), theme)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(meeting.theme)))
        offered.append(self.theme_combo.currentData())
        if picks[-1] is not None and self.theme_combo.findData(picks[-1]) >= 0:
            self.theme_combo.setCurrentIndex(self.theme_combo.findData(picks[-1]))
        self._record_offered = tuple(offered)
        self.record_status.setText(
            translate("MeetingPage", "Recorded.") if meeting.status == MeetingStatus.HELD else ""
        )
