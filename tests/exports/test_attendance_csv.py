"""The attendance CSV: a header, one row per member per meeting, read back with csv."""

from __future__ import annotations

import csv
import datetime as dt
import io

from balintdesk.domain.records import AttendanceRow
from balintdesk.exports.attendance_csv import HEADER, attendance_csv

ROWS = [
    AttendanceRow(
        dt.date(2026, 1, 6),
        dt.time(12, 30),
        "Siobhán Ó Ceallaigh",
        "GP",
        "present",
        True,
        "",
        "online",
    ),
    AttendanceRow(
        dt.date(2026, 1, 6), dt.time(12, 30), "Patel, Anjali (Dr)", "GP", "apologies", False, ""
    ),
    AttendanceRow(
        dt.date(2026, 1, 6),
        dt.time(12, 30),
        "Dr Marcus Webb",
        "GP",
        "present",
        False,
        "led",
        "in-person",
    ),
    AttendanceRow(
        dt.date(2026, 7, 7), dt.time(9, 5), "Chloë Martin", "Nurse", "not recorded", False, "co-led"
    ),
]


def test_header_and_rows_read_back() -> None:
    text = attendance_csv(ROWS)
    assert text.startswith("date,start,member,role,status,presented,led,mode\r\n")
    records = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(records[0]) == HEADER
    assert records[1:] == [
        ["2026-01-06", "12:30", "Siobhán Ó Ceallaigh", "GP", "present", "yes", "", "online"],
        ["2026-01-06", "12:30", "Patel, Anjali (Dr)", "GP", "apologies", "no", "", ""],
        ["2026-01-06", "12:30", "Dr Marcus Webb", "GP", "present", "no", "led", "in-person"],
        ["2026-07-07", "09:05", "Chloë Martin", "Nurse", "not recorded", "no", "co-led", ""],
    ]
    assert text.count("\r\n") == 5 and "\n\n" not in text
    assert '"Patel, Anjali (Dr)"' in text  # the comma is quoted, not a new column


def test_no_rows_is_the_header_alone() -> None:
    assert attendance_csv([]) == "date,start,member,role,status,presented,led,mode\r\n"


def test_a_name_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() -> None:
    row = AttendanceRow(
        dt.date(2026, 1, 6), dt.time(12, 30), "=HYPERLINK(1)", "GP", "present", False, ""
    )
    records = list(csv.reader(io.StringIO(attendance_csv([row]), newline="")))
    assert records[1][2] == "'=HYPERLINK(1)"
