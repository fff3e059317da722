"""The CPD record PDF, read back with pdftotext: who, where, the leaders, the period, each
meeting with its date, time, length (timed or planned) and part, the totals in hours and
credits, the signature line, page numbers when it runs over a page, atomic writing."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from balintdesk.domain.records import CpdMeeting, CpdRecord, Part
from balintdesk.exports.cpd_pdf import about_balint, default_pdf_name, write_cpd_pdf
from balintdesk.store import meetings
from balintdesk.store.models import Meeting, MeetingPhase
from balintdesk.store.reports import cpd_record

from .._pdf import pdf_text
from ..store._meeting_helpers import FIRST, make_group, member, tuesdays
from .test_notes_pdf import media_boxes, page_objects

NAME = "Siobhán Ó Ceallaigh"
PRINTED = dt.date(2026, 3, 10)
NOON = dt.time(12, 30)


def record(meetings: list[CpdMeeting], **fields) -> CpdRecord:
    values = {
        "member_name": NAME,
        "role_label": "GP",
        "group_name": "Tuesday Balint Group",
        "leaders": ("Dr Marcus Webb", "Dr Zoë Brontë"),
        "start": dt.date(2025, 3, 1),
        "end": dt.date(2026, 2, 28),
        "meetings": tuple(meetings),
    }
    values.update(fields)
    return CpdRecord(**values)


def layout_lines(path: Path, page: int | None = None) -> list[str]:
    """pdftotext -layout: a table row stays on one line; runs of spaces become " | "."""
    text = pdf_text(path, page, layout=True)
    return [re.sub(r" {2,}", " | ", line.strip()) for line in text.splitlines() if line.strip()]


SAMPLE = [
    CpdMeeting(dt.date(2025, 3, 4), NOON, 81, True, Part.PRESENTED),
    CpdMeeting(dt.date(2025, 3, 18), NOON, 75, False, Part.TOOK_PART),
    CpdMeeting(dt.date(2025, 4, 1), dt.time(18, 0), 90, True, Part.LED),
    CpdMeeting(dt.date(2025, 4, 15), NOON, 60, True, Part.CO_LED),
]


def test_a_short_record_is_one_a4_page_with_everything_on_it(qapp, out) -> None:
    target = out / "cpd.pdf"
    pages = write_cpd_pdf(record(SAMPLE), target, printed=PRINTED)
    data = target.read_bytes()
    assert pages == 1 == page_objects(data)
    for box in media_boxes(data):
        assert box[2] == pytest.approx(595.3, abs=1) and box[3] == pytest.approx(841.9, abs=1)

    text = pdf_text(target)
    lines = layout_lines(target)
    assert "Balint group attendance — CPD record" in text
    assert "Member | Siobhán Ó Ceallaigh (GP)" in lines
    assert "Group | Tuesday Balint Group" in lines
    assert "Leaders | Dr Marcus Webb, Dr Zoë Brontë" in lines
    assert "Period | Saturday 1 March 2025 to Saturday 28 February 2026" in lines
    assert " ".join(about_balint().split()) in " ".join(text.split())
    assert "Date | Time | Length | Part" in lines
    assert "Tue 4 Mar 2025 | 12:30 | 1 h 21 min | presented" in lines
    assert "Tue 18 Mar 2025 | 12:30 | 1 h 15 min (planned) | took part" in lines
    assert "Tue 1 Apr 2025 | 18:00 | 1 h 30 min | led" in lines
    # pdftotext -layout may read a lone "1 h" as "1h": the gap is narrower than a word's.
    assert any(re.fullmatch(r"Tue 15 Apr 2025 \| 12:30 \| 1 ?h \| co-led", x) for x in lines)
    # 306 minutes = 5.1 hours = 5.1 credits.
    assert "Meetings attended | 4 meetings (led 1, co-led 1, presented 1, took part 1)" in lines
    assert "Total time | 5.1 hours" in lines
    assert "CPD credits | 5.1" in lines
    flat = " ".join(text.split())
    assert "The RCGP counts one hour of learning as one CPD credit." in flat
    assert "Appraisers expect a short reflective note beside these credits" in flat
    assert any(line.startswith("Leader’s signature") and "Date" in line for line in lines)
    assert "Name" in lines
    assert "Printed Tuesday 10 March 2026 from BalintDesk." in text
    assert "Page 1" not in text, "a one-page record has no page number"


def test_all_timed_needs_no_note_about_planned_lengths(qapp, out) -> None:
    target = out / "timed.pdf"
    write_cpd_pdf(record([SAMPLE[0]]), target, printed=PRINTED)
    text = pdf_text(target)
    assert "planned" not in text
    assert "Meetings attended | 1 meeting (presented 1)" in layout_lines(target)
    assert "Total time | 1.4 hours" in layout_lines(target)


def test_no_meetings_says_so(qapp, out) -> None:
    target = out / "empty.pdf"
    write_cpd_pdf(record([], leaders=()), target, printed=PRINTED)
    lines = layout_lines(target)
    assert "No meetings attended in this period." in lines
    assert "Meetings attended | 0 meetings" in lines
    assert "Total time | 0 hours" in lines and "CPD credits | 0" in lines
    assert "Leaders | not recorded" in lines


def test_a_long_record_runs_over_pages_with_numbers_and_loses_no_row(qapp, out) -> None:
    days = tuesdays(dt.date(2016, 1, 5), 120)
    many = [CpdMeeting(day, NOON, 75, True, Part.TOOK_PART) for day in days]
    target = out / "long.pdf"
    pages = write_cpd_pdf(record(many, start=days[0], end=days[-1]), target, printed=PRINTED)
    assert pages >= 3 and page_objects(target.read_bytes()) == pages
    assert f"Page 1 of {pages}" in pdf_text(target, 1)
    assert f"Page {pages} of {pages}" in pdf_text(target, pages)
    lines = layout_lines(target)
    for day in days:
        row = f"{day:%a} {day.day} {day:%b %Y} | 12:30 | 1 h 15 min | took part"
        assert lines.count(row) == 1, row
    assert "Total time | 150 hours" in lines  # 120 x 75 min
    # The table's heading row is repeated at the top of each page it runs onto.
    assert "Date | Time | Length | Part" in layout_lines(target, 2)


def test_names_are_text_not_markup(qapp, out) -> None:
    target = out / "markup.pdf"
    write_cpd_pdf(
        record(SAMPLE[:1], member_name="A <b>bold</b> & co", group_name="Fish & <chips>"),
        target,
    )
    text = pdf_text(target)
    assert "A <b>bold</b> & co (GP)" in text and "Fish & <chips>" in text


def test_printed_defaults_to_today(qapp, out) -> None:
    target = out / "today.pdf"
    write_cpd_pdf(record(SAMPLE[:1]), target)
    today = dt.date.today()
    assert f"Printed {today:%A} {today.day} {today:%B %Y}" in pdf_text(target)


def test_a_missing_folder_raises_and_leaves_nothing(qapp, tmp_path) -> None:
    missing = tmp_path / "unplugged"
    with pytest.raises(OSError):
        write_cpd_pdf(record(SAMPLE), missing / "cpd.pdf")
    assert not missing.exists()


def test_the_suggested_file_name() -> None:
    assert default_pdf_name(NAME, dt.date(2026, 2, 28)) == f"CPD record {NAME} 2026-02-28.pdf"
    assert (
        default_pdf_name('Dr A/B: "C"', dt.date(2026, 2, 28)) == "CPD record Dr AB C 2026-02-28.pdf"
    )


# --- from the database to paper ---------------------------------------------------------


def test_the_phase_log_length_reaches_the_paper(qapp, db, out) -> None:
    group = make_group()
    meetings.ensure_schedule(group.id, FIRST, until=dt.date(2026, 2, 28))
    webb = member(group, "Dr Marcus Webb", is_leader=True)
    siobhan = member(group, NAME)
    later = dt.date(2030, 1, 1)
    days = tuesdays(FIRST, 3)
    for index, day in enumerate(days):
        row = Meeting.get(Meeting.local_date == day)
        for person in (webb, siobhan):
            meetings.set_attendance(row.id, person.id, "present", today=later)
        meetings.record_meeting(row.id, [siobhan.id] if index == 1 else [], today=later)
    timed = Meeting.get(Meeting.local_date == days[0])
    for position, seconds in enumerate((900, 2700, 1260)):  # 81 minutes
        MeetingPhase.create(
            meeting=timed.id,
            position=position,
            name=f"Phase {position}",
            planned_seconds=900,
            actual_seconds=seconds,
        )
    target = out / "db.pdf"
    write_cpd_pdf(cpd_record(siobhan.id, FIRST, days[-1]), target, printed=PRINTED)
    lines = layout_lines(target)
    assert "Member | Siobhán Ó Ceallaigh (Other)" in lines
    assert "Leaders | Dr Marcus Webb" in lines
    assert "Period | Tuesday 6 January 2026 to Tuesday 20 January 2026" in lines
    assert "Tue 6 Jan 2026 | 12:30 | 1 h 21 min | took part" in lines
    assert "Tue 13 Jan 2026 | 12:30 | 1 h 15 min (planned) | presented" in lines
    assert "Tue 20 Jan 2026 | 12:30 | 1 h 15 min (planned) | took part" in lines
    assert "Total time | 3.9 hours" in lines  # 231 minutes
    assert "CPD credits | 3.9" in lines


def test_a_session_taken_part_in_online_says_so(qapp, db, out) -> None:
    from balintdesk.store import modes

    group = make_group()
    meetings.ensure_schedule(group.id, FIRST, until=dt.date(2026, 2, 28))
    ann, ben = member(group, "Dr Ann Able"), member(group, NAME)
    later = dt.date(2030, 1, 1)
    days = tuesdays(FIRST, 3)
    for day in days:
        row = Meeting.get(Meeting.local_date == day)
        for person in (ann, ben):
            meetings.set_attendance(row.id, person.id, "present", today=later)
        meetings.record_meeting(row.id, [], today=later)
    modes.set_meeting_mode(Meeting.get(Meeting.local_date == days[1]).id, "online")
    hybrid = Meeting.get(Meeting.local_date == days[2]).id
    modes.set_meeting_mode(hybrid, "hybrid")
    modes.set_attendance_mode(hybrid, ann.id, "online")  # Ann, not Siobhán

    record = cpd_record(ben.id, FIRST, days[-1])
    assert [meeting.mode for meeting in record.meetings] == ["in-person", "online", "in-person"]
    target = out / "modes.pdf"
    write_cpd_pdf(record, target, printed=PRINTED)
    lines = layout_lines(target)
    assert "Tue 6 Jan 2026 | 12:30 | 1 h 15 min (planned) | took part" in lines
    assert "Tue 13 Jan 2026 | 12:30 | 1 h 15 min (planned) | took part, online" in lines
    assert "Tue 20 Jan 2026 | 12:30 | 1 h 15 min (planned) | took part" in lines
