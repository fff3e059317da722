"""A member's CPD record for appraisal: choose the period, see what it holds (meetings,
hours, CPD credits), save it as a PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from balintdesk.domain.records import CpdRecord, Part
from balintdesk.exports.cpd_pdf import default_pdf_name, write_cpd_pdf
from balintdesk.exports.record_words import hours_text, part_label
from balintdesk.i18n import fill, formats, language
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
            title=fill(self.tr("CPD record for {name}"), name=name),
            intro=fill(
                self.tr(
                    "The Balint meetings {name} attended in the period, with each meeting’s "
                    "length and their part, for appraisal and revalidation. No case is "
                    "mentioned."
                ),
                name=name,
            ),
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
                fill(
                    self.tr("Only meetings recorded as held, with {name} marked present, count."),
                    name=self.member.name,
                )
            )
            return
        self.preview.setText(
            fill(
                self.tr("{meetings} · {hours} · {credits} CPD credits"),
                meetings=self.tr("%n meeting(s)", "", count),
                hours=hours_text(record.hours),
                credits=float(record.credits),
            )
        )
        parts = ", ".join(
            f"{part_label(part)} {formats.number(record.count(part), language())}"
            for part in Part
            if record.count(part)
        )
        timed = sum(1 for meeting in record.meetings if meeting.timed)
        if timed == count:
            lengths = self.tr("every length as the phase timer recorded it")
        elif timed == 0:
            lengths = self.tr("planned lengths (the timer was not run)")
        else:
            lengths = fill(
                self.tr("{timed} timed, {planned} at their planned length"),
                timed=timed,
                planned=count - timed,
            )
        self.preview_detail.setText(f"{parts[:1].upper()}{parts[1:]}; {lengths}.")

    def suggested_name(self, start: dt.date, end: dt.date) -> str:
        return default_pdf_name(self.member.name, end)

    def write_to(self, path: Path, start: dt.date, end: dt.date) -> str:
        record = cpd_record(self.member.id, start, end)
        pages = write_cpd_pdf(record, path, printed=self.today())
        return fill(
            self.tr("Saved “{file}” ({what}) in {folder}."),
            file=path.name,
            what=self.tr("%n page(s)", "", pages),
            folder=str(path.parent),
        )
