"""The attendance CSV: one row per member per held meeting, for practices that keep their
own records in a spreadsheet.

Columns: date (YYYY-MM-DD), start (HH:MM, the meeting's local time), member, role,
status (present, apologies, absent or "not recorded"), presented (yes/no), led ("led",
"co-led" or empty), mode (where a present member was: "in-person" or "online", in a
hybrid meeting their own place; empty when not known or not present). Lines end in CRLF,
as the csv module writes them and Excel expects; whoever writes the file adds the
byte-order mark Excel needs to read accents.

The file is the same in every language BalintDesk speaks: the header, the role (its
English label, as the roster CSV takes it back), the status, yes/no, led/co-led and the
mode are values for a spreadsheet's filters and for scripts, not sentences, and stay
English and stable, as the dates stay ISO. Only the names are the group's own.
"""

from __future__ import annotations

from collections.abc import Iterable

from balintdesk.domain.csv_cells import csv_text
from balintdesk.domain.records import AttendanceRow

__all__ = ["HEADER", "attendance_csv"]

HEADER = ("date", "start", "member", "role", "status", "presented", "led", "mode")


def attendance_csv(rows: Iterable[AttendanceRow]) -> str:
    """The rows as CSV text with a header row (the header alone when there are none);
    a cell a spreadsheet would run as a formula is written as text (`csv_cells`)."""
    return csv_text(
        HEADER,
        (
            (
                row.day.isoformat(),
                f"{row.start:%H:%M}",
                row.member_name,
                row.role_label,
                row.status,
                "yes" if row.presented else "no",
                row.led,
                row.mode,
            )
            for row in rows
        ),
    )
