"""The printable rota: what the store puts on the sheet, and the A4 PDF read back with
poppler's pdftotext (dates, names with accents, cancelled meetings, page numbers, type
large enough for a noticeboard)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from balintdesk.domain.rota_sheet import RotaSheet, SheetMeeting
from balintdesk.exports.rota_pdf import default_rota_pdf_name, usual_where, write_rota_pdf
from balintdesk.store import meetings, rota
from balintdesk.store.models import Meeting, MeetingStatus
from balintdesk.store.rota_sheet import rota_sheet
from tests._pdf import pdf_text, pdftotext
from tests.store._meeting_helpers import TODAY, make_group, meeting_on, member

SIOBHAN = "Dr Siobhán O'Neill"
CHLOE = "Chloë Martin"
ZOE = "Zoë Ó Briain"
PRINTED = dt.date(2026, 3, 2)


def word_heights(path: Path, word: str) -> list[float]:
    """The heights, in points, of each `word` on the pages (pdftotext -bbox)."""
    boxes = re.findall(
        r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</word>', pdftotext(path, "-bbox")
    )
    return [float(bottom) - float(top) for top, bottom, text in boxes if text == word]


def page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))


@pytest.fixture
def group(db):
    made = make_group("Riverside")
    for name in (SIOBHAN, CHLOE, ZOE):
        member(made, name)
    meetings.ensure_schedule(made.id, TODAY)
    return made


def sheet_line(day: int, presenters=("Presenter",), reserve="Reserve", **fields) -> SheetMeeting:
    fields.setdefault("starts", dt.time(12, 30))
    fields.setdefault("ends", dt.time(13, 45))
    fields.setdefault("room", "Seminar room")
    return SheetMeeting(
        meeting_id=day,
        date=dt.date(2026, 3, 3) + dt.timedelta(days=7 * day),
        presenters=tuple(presenters),
        reserve=reserve,
        **fields,
    )


# --- what goes on the sheet ---------------------------------------------------------------


def test_the_sheet_holds_the_next_meetings_as_the_rota_plans_them(group):
    sheet = rota_sheet(group.id, 4, TODAY, printed=PRINTED)
    assert sheet.group_name == "Riverside"
    assert sheet.printed == PRINTED
    assert [m.date for m in sheet.meetings] == [dt.date(2026, 3, 3 + 7 * i) for i in range(4)]
    planned = rota.plan(group.id, 4, TODAY)
    for line, (meeting, plan) in zip(sheet.meetings, planned, strict=True):
        assert line.meeting_id == meeting.id
        assert line.presenters == tuple(s.name for s in plan.presenters)
        assert line.reserve == plan.reserve.name
        assert (line.starts, line.ends, line.room) == (
            dt.time(12, 30),
            dt.time(13, 45),
            "Seminar room",
        )
        assert not line.cancelled


def test_cancelled_meetings_among_them_are_on_the_sheet_and_do_not_count(group):
    meetings.cancel_meeting(meeting_on(group, dt.date(2026, 3, 10)).id, "Practice training")
    sheet = rota_sheet(group.id, 3, TODAY)
    assert [(m.date.day, m.cancelled) for m in sheet.meetings] == [
        (3, False),
        (10, True),
        (17, False),
        (24, False),
    ]
    cancelled = sheet.meetings[1]
    assert cancelled.cancel_reason == "Practice training"
    assert cancelled.presenters == () and cancelled.reserve == ""


def test_times_are_on_the_meetings_own_clock_after_the_clocks_change(group):
    sheet = rota_sheet(group.id, 6, TODAY)
    after = next(m for m in sheet.meetings if m.date == dt.date(2026, 3, 31))  # BST
    assert (after.starts, after.ends) == (dt.time(12, 30), dt.time(13, 45))


def test_a_meeting_held_earlier_today_is_not_on_the_sheet(group):
    Meeting.update(status=MeetingStatus.HELD).where(
        Meeting.id == meeting_on(group, dt.date(2026, 3, 3)).id
    ).execute()
    sheet = rota_sheet(group.id, 2, dt.date(2026, 3, 3))
    assert [m.date.day for m in sheet.meetings] == [10, 17]


# --- the PDF ------------------------------------------------------------------------------


def test_a_dozen_meetings_fit_one_a4_page_with_everything_a_noticeboard_needs(qapp, group, out):
    meetings.cancel_meeting(meeting_on(group, dt.date(2026, 3, 17)).id, "Practice training")
    sheet = rota_sheet(group.id, 12, TODAY, printed=PRINTED)
    target = out / "rota.pdf"
    assert write_rota_pdf(sheet, target) == 1
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and page_count(data) == 1
    box = re.search(rb"/MediaBox\s*\[([0-9.\s]+)\]", data)[1].split()
    assert float(box[2]) == pytest.approx(595.3, abs=1) and float(box[3]) == pytest.approx(
        841.9, abs=1
    )
    text = pdf_text(target)
    assert "Riverside" in text
    assert "Balint group rota · 12:30–13:45 · Seminar room" in text
    assert "Printed Monday 2 March 2026" in text
    for line in sheet.meetings:
        label = f"{line.date:%a} {line.date.day} {line.date:%b} {line.date.year}"
        assert text.count(label) == 1, label
    assert "Cancelled — Practice training" in text
    for name in (SIOBHAN, CHLOE, ZOE):
        assert name in text
    assert "Page 1" not in text, "a single page needs no page number"


def test_each_meeting_reads_as_one_line_date_presenter_reserve(qapp, out):
    sheet = RotaSheet(
        "Riverside",
        PRINTED,
        (
            sheet_line(0, [SIOBHAN], CHLOE),
            sheet_line(1, cancelled=True, cancel_reason="Bank holiday", presenters=(), reserve=""),
            sheet_line(2, [ZOE], ""),
            sheet_line(3, [], "", room="Library", starts=dt.time(14, 0), ends=dt.time(15, 15)),
        ),
    )
    target = out / "rota.pdf"
    write_rota_pdf(sheet, target)
    lines = [line.split() for line in pdftotext(target, "-layout").splitlines() if line.strip()]
    text = [" ".join(words) for words in lines]
    assert f"Tue 3 Mar 2026 {SIOBHAN} {CHLOE}" in text
    assert "Tue 10 Mar 2026 Cancelled — Bank holiday" in text
    assert f"Tue 17 Mar 2026 {ZOE} —" in text, "no reserve is a dash, not a gap"
    assert "Tue 24 Mar 2026 To be agreed —" in text
    # The one meeting elsewhere and at another time says so under its date.
    assert "14:00–15:15" in text and "Library" in text


def test_the_body_type_is_large_enough_to_read_on_a_noticeboard(qapp, out):
    target = out / "rota.pdf"
    write_rota_pdf(RotaSheet("Riverside", PRINTED, (sheet_line(0, ["Siobhán"], "Chloë"),)), target)
    # pdftotext's word box is the font's ascent to descent, about 1.17 em for DejaVu Sans;
    # 13 pt type gives 15.2 pt, the 12 pt of the "Printed" line 14.0.
    for word in ("Siobhán", "Chloë", "Tue"):
        (height,) = word_heights(target, word)
        assert height >= 13 * 1.1, word
    (title,) = word_heights(target, "Riverside")
    assert title >= 24 * 1.1, "the group's name is the biggest thing on the page"


def test_a_long_rota_runs_over_pages_numbered_and_never_splits_a_meeting(qapp, out):
    lines = tuple(
        sheet_line(i, [f"Presenter{i:03d}", f"Second{i:03d}"], f"Reserve{i:03d}") for i in range(60)
    )
    target = out / "long.pdf"
    pages = write_rota_pdf(RotaSheet("Riverside", PRINTED, lines), target)
    assert pages >= 3
    assert page_count(target.read_bytes()) == pages
    seen = []
    for page in range(1, pages + 1):
        text = pdf_text(target, page)
        assert f"Page {page} of {pages}" in text
        if page > 1:
            assert "Riverside · Balint group rota, continued" in text
            assert "Presenting" in text, "each page has the table's heading"
        on_page = {int(n) for n in re.findall(r"Presenter(\d{3})", text)}
        # A meeting's date, both presenters and reserve are on the same page.
        for word in ("Second", "Reserve"):
            assert {int(n) for n in re.findall(rf"{word}(\d{{3}})", text)} == on_page, page
        dates = {lines[i].date for i in on_page}
        for day in dates:
            assert f"{day.day} {day:%b} {day.year}" in text
        seen.extend(sorted(on_page))
    assert seen == list(range(60)), "every meeting once, in order"


def test_the_group_name_and_names_are_text_not_markup(qapp, out):
    target = out / "rota.pdf"
    sheet = RotaSheet("A & <b>B</b>", PRINTED, (sheet_line(0, ["Dr <i>X</i>"], "Dr Y &amp; Z"),))
    write_rota_pdf(sheet, target)
    text = pdf_text(target)
    assert "A & <b>B</b>" in text and "Dr <i>X</i>" in text and "Dr Y &amp; Z" in text


def test_an_empty_rota_says_so(qapp, out):
    target = out / "empty.pdf"
    assert write_rota_pdf(RotaSheet("Riverside", PRINTED, ()), target) == 1
    assert "No meetings are planned." in pdf_text(target)


def test_a_folder_that_is_not_there_raises_and_leaves_nothing(qapp, out):
    with pytest.raises(OSError):
        write_rota_pdf(RotaSheet("R", PRINTED, (sheet_line(0),)), out / "gone" / "rota.pdf")
    assert list(out.iterdir()) == []


def test_the_usual_time_and_room_are_those_most_meetings_share():
    lines = (
        sheet_line(0, room="Library"),
        sheet_line(1),
        sheet_line(2),
        sheet_line(3, cancelled=True, room="Hall"),
        sheet_line(4, cancelled=True, room="Hall"),
        sheet_line(5, cancelled=True, room="Hall"),
    )
    assert usual_where(RotaSheet("R", PRINTED, lines)) == (
        dt.time(12, 30),
        dt.time(13, 45),
        "Seminar room",
    ), "cancelled meetings do not decide"


def test_the_suggested_file_name():
    assert default_rota_pdf_name("Riverside", PRINTED) == "Rota Riverside 2026-03-02.pdf"
    assert default_rota_pdf_name("a/b", PRINTED) == "Rota a b 2026-03-02.pdf"
