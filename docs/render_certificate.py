"""Render the certificates: the records' dialog with its kind choice (English and German),
and the German Teilnahmebescheinigung's first page (saved from the English window, so
German all the same) as PNG through poppler's pdftoppm.

    QT_QPA_PLATFORM=offscreen python docs/render_certificate.py [OUT_DIR]

Uses render_screenshots.py's invented group in a throw-away data folder, given a VNR, a
leader's recognition, the member's EFN and the rule they work toward, and meetings in
person, online and hybrid.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from render_common import Shooter, run, throwaway_database
from render_screenshots import TODAY, sample_group

from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import meetings, roster
from balintdesk.store.models import Attendance, Member, MemberIdentifier
from balintdesk.ui.records.cpd_dialog import CpdDialog

MEMBER = "Dr Tomasz Nowak"


def _certificate_data(group_id: int) -> Member:
    group = roster.get_group(group_id)
    group.event_number = "2760512025000012345"
    group.save()
    for leader in Member.select().where((Member.group == group_id) & Member.is_leader):
        leader.recognition = "Ärztekammer Nordrhein"
        leader.save()
    member = Member.get((Member.group == group_id) & (Member.name == MEMBER))
    MemberIdentifier.create(member=member.id, kind="efn", value="802761234567890")
    member.working_toward = "de-psychosomatic-basic-care"
    member.save()
    for index, meeting in enumerate(meetings.held_meetings(group_id)):
        if index % 3 == 1:
            meeting.mode = "online"
            meeting.save()
        elif index % 3 == 2:
            meeting.mode = "hybrid"
            meeting.save()
            Attendance.update(mode="online" if index % 2 else "in-person").where(
                (Attendance.meeting == meeting.id) & (Attendance.member == member.id)
            ).execute()
    return member


def render(out: Path) -> list[Path]:
    shot = Shooter(out)
    with throwaway_database() as (_data_dir, _db):
        member = _certificate_data(sample_group().id)
        for language, name in (("en", "certificate-dialog"), ("de", "certificate-dialog-de")):
            i18n_qt.install(language)
            dialog = CpdDialog(member.id, today=lambda: TODAY)
            dialog.set_kind("de")
            dialog.show()
            shot(dialog, name)
            dialog.reject()
        i18n_qt.install("en")
        dialog = CpdDialog(member.id, today=lambda: TODAY)
        dialog.set_kind("de")
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "certificate.pdf"
            dialog.choose_path = lambda _suggested: pdf
            dialog.save()
            shot.pdf(pdf, "certificate-de")
        dialog.reject()
    return shot.written


if __name__ == "__main__":
    run(render)
