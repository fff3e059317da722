"""The leader log as PDF and CSV, read back: pdftotext for the PDF (names with accents,
dates, the hours by kind and in total, every row, page numbers when it runs on), the csv
module for the CSV (with the byte-order mark Excel needs)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest

from balintdesk.domain.leader_log import (
    CO_LED,
    LED,
    MEMBER,
    SOCIETY_EVENT,
    SUPERVISION,
    TRAINING,
    LeaderLog,
    LoggedEntry,
    LoggedSession,
)
from balintdesk.exports.leader_log import (
    CSV_HEADER,
    default_file_name,
    leader_log_csv,
    write_leader_log_csv,
    write_leader_log_pdf,
)

from .._pdf import pdf_text

LEADER = "Dr Siobhán Ó Ceallaigh"
CO_LEADER = "Dr Zoë Zorn"
GROUP = "Riverside Balint group"
PRINTED = dt.date(2026, 3, 3)


def session(n: int, day: dt.date, role: str, minutes: int = 75, measured: bool = True):
    other = "" if role == MEMBER else CO_LEADER
    return LoggedSession(n, day, GROUP, role, other, minutes, measured)


def sample_log(**changes) -> LeaderLog:
    values = dict(
        member_id=1,
        leader=LEADER,
        group=GROUP,
        start=dt.date(2025, 3, 4),
        end=dt.date(2026, 3, 3),
        sessions=(
            session(1, dt.date(2025, 9, 2), LED, 90),
            session(2, dt.date(2025, 9, 16), CO_LED, 75, measured=False),
            session(3, dt.date(2025, 9, 30), MEMBER, 60),
            session(4, dt.date(2026, 1, 6), LED, 75),
        ),
        entries=(
            LoggedEntry(1, dt.date(2025, 9, 30), SUPERVISION, 90, "Group supervision, Leeds"),
            LoggedEntry(2, dt.date(2025, 11, 8), TRAINING, 7 * 60, "Leaders' weekend — Oxford"),
            LoggedEntry(3, dt.date(2026, 2, 20), SOCIETY_EVENT, 45, "=Spring meeting"),
        ),
    )
    values.update(changes)
    return LeaderLog(**values)


def layout_text(path: Path, page: int | None = None) -> str:
    """pdftotext -layout: a table row stays one line."""
    return pdf_text(path, page, layout=True)


def line_matching(text: str, pattern: str) -> str:
    found = [line for line in text.splitlines() if re.search(pattern, line)]
    assert found, f"no line matches {pattern!r} in:\n{text}"
    return found[0]


# --- the PDF ------------------------------------------------------------------------------


def test_the_pdf_names_the_leader_period_hours_and_every_row(qapp, out):
    target = out / "log.pdf"
    pages = write_leader_log_pdf(sample_log(), target, printed=PRINTED)
    assert pages == 1
    assert target.read_bytes().startswith(b"%PDF-")
    text = layout_text(target)
    assert "Balint leader log" in text
    assert re.search(rf"Leader\s+{LEADER}", text)
    assert re.search(rf"Group\s+{GROUP}", text)
    assert "Tuesday 4 March 2025 to Tuesday 3 March 2026" in text
    # The summary: every kind, its count and its hours (75 + 90 led = 2.75).
    assert re.search(r"Attended as a member\s+1 session\s+1\b", text)
    assert re.search(r"Led\s+2 sessions\s+2\.75", text)
    assert re.search(r"Co-led\s+1 session\s+1\.25", text)
    assert re.search(r"Supervision\s+1 entry\s+1\.5", text)
    assert re.search(r"Training\s+1 entry\s+7\b", text)
    assert re.search(r"Society events\s+1 entry\s+0\.75", text)
    assert re.search(r"Other\s+—\s+0\b", text)
    # 90 + 75 + 60 + 75 + 90 + 420 + 45 = 855 minutes
    assert re.search(r"Total\s+14\.25", text)
    # The sessions, with the co-leader's name and the untimed one marked.
    assert re.search(rf"Tue 2 Sep 2025\s+{GROUP}\s+Led\s+{CO_LEADER}\s+1\.5", text)
    assert re.search(rf"Tue 16 Sep 2025\s+{GROUP}\s+Co-led\s+{CO_LEADER}\s+\(planned\) 1\.25", text)
    assert re.search(rf"Tue 30 Sep 2025\s+{GROUP}\s+Member\s+—\s+1\b", text)
    assert "“planned” marks a meeting that was not" in text
    # The entries, notes as typed (a leading = is only guarded in the CSV).
    assert re.search(r"Sat 8 Nov 2025\s+Training\s+7\s+Leaders' weekend — Oxford", text)
    assert re.search(r"Fri 20 Feb 2026\s+Society event\s+0\.75\s+=Spring meeting", text)
    assert "Signed" in text and "Name and role" in text
    assert "Printed Tuesday 3 March 2026 from BalintDesk." in text
    assert "Page 1 of" not in text, "one page needs no page number"


def test_a_long_log_runs_over_pages_with_page_numbers(qapp, out):
    start = dt.date(2020, 1, 7)
    many = tuple(
        session(n, start + dt.timedelta(days=7 * n), (LED, CO_LED, MEMBER)[n % 3])
        for n in range(80)
    )
    target = out / "long.pdf"
    pages = write_leader_log_pdf(
        sample_log(sessions=many, start=start, end=dt.date(2026, 3, 3)), target, printed=PRINTED
    )
    assert pages >= 3
    assert f"Page 1 of {pages}" in layout_text(target, 1)
    last = layout_text(target, pages)
    assert f"Page {pages} of {pages}" in last
    assert "Signed" in last
    # Nothing lost at a page break: every session's date is printed once.
    everything = layout_text(target)
    for item in many:
        day = item.day
        assert len(re.findall(rf"\b{day:%a} {day.day} {day:%b %Y}\b", everything)) == 1, day
    assert re.search(r"Total\s+109\.25", everything)  # 80 × 75 min + 555 of entries


def test_an_empty_period_says_so(qapp, out):
    target = out / "empty.pdf"
    write_leader_log_pdf(sample_log(sessions=(), entries=()), target, printed=PRINTED)
    text = layout_text(target)
    assert "No group sessions in this period." in text
    assert "None added for this period." in text
    assert re.search(r"Total\s+0\b", text)


def test_an_unwritable_folder_raises_and_leaves_nothing(qapp, out):
    with pytest.raises(OSError):
        write_leader_log_pdf(sample_log(), out / "missing" / "log.pdf")
    assert list(out.iterdir()) == []


def test_the_suggested_file_name():
    name = default_file_name('Dr Ann "Nan" Lee/Smith', dt.date(2026, 3, 3), ".csv")
    assert name == "Leader log Dr Ann Nan LeeSmith 2026-03-03.csv"


# --- the CSV ------------------------------------------------------------------------------


def test_the_csv_has_a_row_per_session_and_entry_by_date():
    rows = list(csv.reader(io.StringIO(leader_log_csv(sample_log()))))
    assert tuple(rows[0]) == CSV_HEADER
    assert rows[1:] == [
        ["2025-09-02", "group session", GROUP, "led", CO_LEADER, "1.5", ""],
        ["2025-09-16", "group session", GROUP, "co-led", CO_LEADER, "1.25", ""],
        # A session and an entry on one day: the session first.
        ["2025-09-30", "group session", GROUP, "member", "", "1", ""],
        ["2025-09-30", "supervision", "", "", "", "1.5", "Group supervision, Leeds"],
        ["2025-11-08", "training", "", "", "", "7", "Leaders' weekend — Oxford"],
        ["2026-01-06", "group session", GROUP, "led", CO_LEADER, "1.25", ""],
        # A cell that a spreadsheet would run as a formula is quoted.
        ["2026-02-20", "society_event", "", "", "", "0.75", "'=Spring meeting"],
    ]
    assert sum(float(row[5]) for row in rows[1:]) == pytest.approx(855 / 60)


def test_the_csv_file_has_a_byte_order_mark_and_keeps_accents(out):
    target = out / "log.csv"
    write_leader_log_csv(sample_log(), target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel reads UTF-8 only with the mark"
    assert b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(CSV_HEADER)
    assert rows[1][4] == CO_LEADER
    assert "Leaders' weekend — Oxford" in [row[6] for row in rows]


def test_an_empty_log_is_the_header_alone():
    empty = sample_log(sessions=(), entries=())
    assert list(csv.reader(io.StringIO(leader_log_csv(empty)))) == [list(CSV_HEADER)]
