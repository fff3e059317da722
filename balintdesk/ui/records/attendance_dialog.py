"""The group's attendance in a period as a CSV file, for practices that keep their own
records: one row per member per held meeting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from balintdesk.domain.records import NOT_RECORDED, AttendanceRow
from balintdesk.exports.attendance_csv import attendance_csv
from balintdesk.fileio import write_text_atomic
from balintdesk.i18n import fill, translate
from balintdesk.store import roster
from balintdesk.store.reports import attendance_rows
from balintdesk.ui.records.period_dialog import PeriodDialog


def default_csv_name(group_name: str, start: dt.date, end: dt.date) -> str:
    """ "Riverside attendance 2025-03-04 to 2026-03-03.csv": the dates ISO, so the files
    sort by them in every language."""
    safe = "".join(c for c in group_name if c not in '<>:"/\\|?*').strip()
    name = translate("AttendanceCsvDialog", "{group} attendance {start} to {end}.csv")
    return fill(name, group=safe, start=start.isoformat(), end=end.isoformat())


def _meetings_in(rows: list[AttendanceRow]) -> int:
    return len({(row.day, row.start) for row in rows})


class AttendanceCsvDialog(PeriodDialog):
    def __init__(
        self,
        group_id: int,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent, today)
        self.setObjectName("attendanceDialog")
        self.group = roster.get_group(group_id)
        self.describe(
            title=fill(self.tr("Attendance of {group}"), group=self.group.name),
            intro=self.tr(
                "Every meeting held in the period, one row per member: present, apologies, "
                "absent or not recorded, who presented and who led. Opens in any spreadsheet."
            ),
            save_text=self.tr("Save CSV…"),
            file_filter=self.tr("CSV files (*.csv)"),
        )
        self.period_changed()

    def update_preview(self, start: dt.date, end: dt.date) -> None:
        rows = attendance_rows(self.group.id, start, end)
        meetings = _meetings_in(rows)
        if not meetings:
            self.preview.setText(self.tr("No meetings held in this period"))
            self.preview_detail.setText(
                self.tr("Only meetings recorded as held are listed; the file would be empty.")
            )
            return
        self.preview.setText(
            self.tr("%n meeting(s)", "", meetings) + " · " + self.tr("%n row(s)", "", len(rows))
        )
        first, last = rows[0].day, rows[-1].day
        detail = fill(self.tr("From {first} to {last}."), first=first, last=last)
        unmarked = sum(1 for row in rows if row.status == NOT_RECORDED)
        if unmarked:
            detail += " " + self.tr(
                "%n of the rows say “not recorded”: nobody marked that member that day.",
                "",
                unmarked,
            )
        self.preview_detail.setText(detail)

    def suggested_name(self, start: dt.date, end: dt.date) -> str:
        return default_csv_name(self.group.name, start, end)

    def write_to(self, path: Path, start: dt.date, end: dt.date) -> str:
        rows = attendance_rows(self.group.id, start, end)
        # With a byte-order mark, as the command line writes it: Excel on Windows otherwise
        # reads "Siobhán" as "SiobhÃ¡n".
        write_text_atomic(path, attendance_csv(rows), encoding="utf-8-sig")
        count = self.tr("%n row(s)", "", len(rows))
        return fill(
            self.tr("Saved “{file}” ({what}) in {folder}."),
            file=path.name,
            what=count,
            folder=str(path.parent),
        )
