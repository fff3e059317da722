"""The sentences of a meeting kept offline (offline.py): a conflict found on sending,
in the user's language."""

from __future__ import annotations

from balintdesk.i18n import error_text, fill, translate
from balintdesk.store import outbox_send
from balintdesk.store.models import AttendanceStatus


def status_word(status: str) -> str:
    """A mark as the check-in's buttons say it."""
    words = {
        AttendanceStatus.PRESENT: translate("CheckInRow", "Present"),
        AttendanceStatus.APOLOGIES: translate("CheckInRow", "Apologies"),
        AttendanceStatus.ABSENT: translate("CheckInRow", "Absent"),
    }
    return words.get(status, status)


def conflict_text(conflict: outbox_send.Conflict) -> str:
    """One sentence: which member or meeting, and what was kept."""
    why = outbox_send.Why
    if conflict.why == why.CHANGED:
        kept = status_word(conflict.kept) if conflict.kept else ""
        text = (
            translate(
                "Offline",
                "{name}'s mark was changed on another computer to “{kept}” meanwhile; that "
                "one is kept.",
            )
            if kept
            else translate(
                "Offline",
                "{name}'s mark was taken back on another computer meanwhile; that is kept.",
            )
        )
        return fill(text, name=conflict.member_name, kept=kept)
    if conflict.why == why.RECORDED:
        return translate(
            "Offline",
            "The meeting was recorded on another computer meanwhile; that record is kept.",
        )
    if conflict.why == why.CANCELLED:
        return translate(
            "Offline",
            "The meeting was cancelled on another computer meanwhile; what was kept for it "
            "is dropped.",
        )
    return fill(
        translate("Offline", "What was kept could not be saved: {reason}"),
        reason=error_text(conflict.error) if conflict.error else "",
    )
