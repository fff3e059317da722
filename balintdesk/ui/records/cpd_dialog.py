"""A member's CPD record for appraisal: choose the period, see what it holds (meetings,
hours, CPD credits), save it as a PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from balintdesk.domain.records import CpdRecord, Part, format_hours
from balintdesk.exports.cpd_pdf import default_pdf_name, write_cpd_pdf
from balintdesk.store import roster
from balintdesk.store.reports import cpd_record
from balintdesk.ui.common.forms import hint_label
from balintdesk.ui.records.period_dialog import PeriodDialog


class CpdDialog(PeriodDialog):
    """The record is read afresh for every change of period; saving writes what the
    preview shows."""

    def __init__(
        self,
        member_id: int,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent, today)
        self.setObjectName("cpdDialog")
        self.member = roster.get_member(member_id)
        self.record: CpdRecord | None = None
        name = self.member.name
        self.describe(
            title=self.tr("CPD record for {0}").format(name),
            intro=self.tr(
                "The Balint meetings {0} attended in the period, with each meeting’s length "
                "and their part, for appraisal and revalidation. No case is mentioned."
            ).format(name),
            save_text=self.tr("Save PDF…"),
            file_filter=self.tr("PDF document (*.pdf)"),
        )
        self.extra_layout.addWidget(
            hint_label(
                self.tr(
                    "The RCGP counts one hour of learning as one CPD credit. Appraisers expect "
                    "a short reflective note beside the credits: what you took from the group."
                ),
                "cpdCreditsNote",
            )
        )
        self.period_changed()

    def update_preview(self, start: dt.date, end: dt.date) -> None:
        self.record = record = cpd_record(self.member.id, start, end)
        count = len(record.meetings)
        if not count:
            self.preview.setText(self.tr("No meetings attended in this period"))
            self.preview_detail.setText(
                self.tr("Only meetings recorded as held, with {0} marked present, count.").format(
                    self.member.name
                )
            )
            return
        hours = format_hours(record.hours)
        meetings = self.tr("1 meeting") if count == 1 else self.tr("{0} meetings").format(count)
        hours_text = self.tr("1 hour") if hours == "1" else self.tr("{0} hours").format(hours)
        self.preview.setText(
            self.tr("{0} · {1} · {2} CPD credits").format(
                meetings, hours_text, format_hours(record.credits)
            )
        )
        parts = ", ".join(
            f"{self.tr(part.value)} {record.count(part)}" for part in Part if record.count(part)
        )
        timed = sum(1 for meeting in record.meetings if meeting.timed)
        if timed == count:
            lengths = self.tr("every length as the phase timer recorded it")
        elif timed == 0:
            lengths = self.tr("planned lengths (the timer was not run)")
        else:
            lengths = self.tr("{0} timed, {1} at their planned length").format(timed, count - timed)
        self.preview_detail.setText(f"{parts[:1].upper()}{parts[1:]}; {lengths}.")

    def suggested_name(self, start: dt.date, end: dt.date) -> str:
        return default_pdf_name(self.member.name, end)

    def write_to(self, path: Path, start: dt.date, end: dt.date) -> str:
        record = cpd_record(self.member.id, start, end)
        pages = write_cpd_pdf(record, path, printed=self.today())
        length = self.tr("1 page") if pages == 1 else self.tr("{0} pages").format(pages)
        return self.tr("Saved “{0}” ({1}) in {2}.").format(path.name, length, path.parent)
