"""The timing CSV: its stable header, one row per phase per meeting with minutes to one
decimal (a dot in every language), and group and phase names a spreadsheet never runs."""

from __future__ import annotations

import csv
import datetime as dt
import io

from balintdesk import i18n
from balintdesk.domain.timing_report import PhaseSpan, timing_report
from balintdesk.exports.timing_csv import HEADER, timing_csv

T0 = dt.datetime(2026, 7, 7, 11, 30)  # UTC: 12:30 in London


def at(seconds: int) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def report(group: str = "Tuesday Balint", first_phase: str = "Presentation"):
    spans = [
        PhaseSpan(0, first_phase, 600, 630, at(0), at(630 + 240)),  # paused 4 minutes
        PhaseSpan(1, "Presenter sits back — group discussion", 1800, 1770, at(870), at(2640)),
        PhaseSpan(2, "Closing", 300, 0, None, None),
    ]
    return timing_report(3, T0.date(), group, "Europe/London", spans)


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_header_and_values() -> None:
    text = timing_csv([report()])
    assert text.startswith(
        "date,start,end,group,position,phase,planned_minutes,actual_minutes,over_minutes,"
        "under_minutes,stopped_minutes,skipped\r\n"
    )
    got = rows(text)
    assert tuple(got[0]) == HEADER
    assert got[1:] == [
        ["2026-07-07", "12:30", "13:14", "Tuesday Balint", "1", "Presentation",
         "10.0", "10.5", "0.5", "0.0", "4.0", "no"],
        ["2026-07-07", "12:30", "13:14", "Tuesday Balint", "2",
         "Presenter sits back — group discussion", "30.0", "29.5", "0.0", "0.5", "0.0", "no"],
        ["2026-07-07", "12:30", "13:14", "Tuesday Balint", "3", "Closing",
         "5.0", "0.0", "0.0", "5.0", "", "yes"],
    ]  # fmt: skip


def test_the_file_is_the_same_in_german() -> None:
    english = timing_csv([report()])
    i18n.use_language("de")
    try:
        assert timing_csv([report()]) == english  # "10.5", never "10,5"
    finally:
        i18n.use_language("en")


def test_names_that_look_like_formulas_are_written_as_text() -> None:
    text = timing_csv([report(group='=HYPERLINK("x")', first_phase="+SUM(A1)")])
    got = rows(text)
    assert got[1][3] == '\'=HYPERLINK("x")'
    assert got[1][5] == "'+SUM(A1)"
    # No figure starts like a formula, so every one stays a number in a spreadsheet.
    assert all(not cell.startswith("'") for row in got[1:] for cell in row[6:])


def test_no_reports_is_the_header_alone() -> None:
    assert timing_csv([]) == ",".join(HEADER) + "\r\n"
