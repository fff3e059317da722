"""The CPD record, the leader log and the rota at every length from 1 to 60 entries, read
back with poppler (issue 13: a CPD record of 16 meetings cut its last line in half across
two pages, 17–19 parted the signature from its heading, a rota of 32–34 had a blank page).

At every length:
- the page count the writer returns is the file's (pdfinfo), each page of a longer one
  says "Page i of N" in its bottom margin and a single page says nothing, and no page is
  blank;
- no line is cut: every word lies inside the 20 mm margins (the page number excepted). A
  line a break cut is painted on both pages, reaching past the bottom margin on one and
  into the top margin of the next;
- every entry is whole on one page: its row reads as one line, on one page only, and a
  table that runs on repeats its heading;
- the signature (its "signed" row and its name row) is on one page with what it signs: the
  totals of a CPD record, the last entry of a leader log;
- the text layer has no ligatures, so "reflect", "office" and "Griffin" are found;
- the PDF's Title and Author are set.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from balintdesk.domain.leader_log import (
    CO_LED,
    LED,
    MEMBER,
    SUPERVISION,
    TRAINING,
    LeaderLog,
    LoggedEntry,
    LoggedSession,
)
from balintdesk.domain.records import CpdMeeting, CpdRecord, Part, format_hours
from balintdesk.domain.rota_sheet import RotaSheet, SheetMeeting, day_label
from balintdesk.exports.cpd_pdf import write_cpd_pdf
from balintdesk.exports.leader_log import write_leader_log_pdf
from balintdesk.exports.rota_pdf import write_rota_pdf

from .._pdf import PdfPage, pdf_info, pdf_pages

LENGTHS = range(1, 61)
FIRST = dt.date(2025, 1, 7)
PRINTED = dt.date(2026, 3, 10)
NOON = dt.time(12, 30)
MEMBER_NAME = "Siobhán Ó Ceallaigh"
GROUP = "Tuesday Balint Group"
LEADER = "Dr Zoë Brontë"
CO_LEADER = "Dr Marcus Webb"
RESERVE = "Dr Aoife Griffin"

MM = 72 / 25.4  # points
MARGIN = 20 * MM  # exports/pdf.py's margins
FOOTER_CENTRE = 11 * MM  # the page number's centre, above the page's bottom edge
# poppler's word boxes run from the font's ascent to its descent, a little outside the ink
# on either side; a cut line overshoots by half a line or more.
SLACK = 1.0
LIGATURES = re.compile("[\ufb00-\ufb06]")


def weeks(count: int) -> list[dt.date]:
    return [FIRST + dt.timedelta(days=7 * i) for i in range(count)]


# --- the three documents, `count` entries long, and the rows each entry must read as -----


def cpd_record(count: int) -> tuple[CpdRecord, list[str]]:
    parts = list(Part)
    meetings = [
        CpdMeeting(day, NOON, 75, i % 3 != 1, parts[i % len(parts)])
        for i, day in enumerate(weeks(count))
    ]
    record = CpdRecord(
        member_name=MEMBER_NAME,
        role_label="GP",
        group_name=GROUP,
        leaders=(LEADER, CO_LEADER),
        start=FIRST,
        end=weeks(count)[-1],
        meetings=tuple(meetings),
    )
    rows = [
        f"{day_label(m.day)} 12:30 1 h 15 min{'' if m.timed else ' (planned)'} {m.part.value}"
        for m in meetings
    ]
    return record, rows


def leader_log(count: int) -> tuple[LeaderLog, list[str]]:
    """`count` group sessions and a third as many entries added by hand (none below 3)."""
    roles = (LED, CO_LED, MEMBER)
    sessions = [
        LoggedSession(
            meeting_id=i,
            day=day,
            group="Riverside Balint group",
            role=roles[i % 3],
            with_leader="" if i % 3 == 2 else CO_LEADER,
            minutes=75,
            measured=i % 4 != 1,
        )
        for i, day in enumerate(weeks(count))
    ]
    entries = [
        LoggedEntry(i, day, (SUPERVISION, TRAINING)[i % 2], 90, f"Office reflection {i:02d}")
        for i, day in enumerate(weeks(count // 3))
    ]
    record = LeaderLog(
        member_id=1,
        leader=LEADER,
        group="Riverside Balint group",
        start=FIRST,
        end=weeks(count)[-1],
        sessions=tuple(sessions),
        entries=tuple(entries),
    )
    shorts = {LED: "Led", CO_LED: "Co-led", MEMBER: "Member"}
    rows = [
        f"{day_label(s.day)} Riverside Balint group {shorts[s.role]} {s.with_leader or '—'} "
        f"{'' if s.measured else '(planned) '}1.25"
        for s in sessions
    ] + [f"{day_label(e.day)} {e.kind_label} 1.5 {e.note}" for e in entries]
    return record, rows


def rota_sheet(count: int) -> tuple[RotaSheet, list[str]]:
    """Every fifth meeting cancelled; every fourth with two presenters and every seventh in
    another room, each a row of more than one line."""
    meetings = []
    for i, day in enumerate(weeks(count)):
        presenters = (f"Dr Presenter{i:02d}",) + ((f"Dr Second{i:02d}",) if i % 4 == 1 else ())
        meetings.append(
            SheetMeeting(
                meeting_id=i,
                date=day,
                starts=NOON,
                ends=dt.time(13, 45),
                room=f"Room {i:02d}" if i % 7 == 3 else "Seminar room",
                presenters=presenters,
                reserve=RESERVE,
                cancelled=i % 5 == 4,
                cancel_reason="Practice training" if i % 5 == 4 else "",
            )
        )
    rows = [
        f"{day_label(m.date)} Cancelled — Practice training"
        if m.cancelled
        else f"{day_label(m.date)} {m.presenters[0]} {RESERVE}"
        for m in meetings
    ]
    return RotaSheet("Riverside", PRINTED, tuple(meetings)), rows


# --- what holds for every PDF ------------------------------------------------------------


def body_and_footer(page: PdfPage) -> tuple[PdfPage, str]:
    """The page's words inside the margins, and the text below the bottom one."""
    bottom = page.height - MARGIN
    footer = [w for w in page.words if w.top >= bottom]
    body = tuple(w for w in page.words if w.top < bottom)
    return PdfPage(page.width, page.height, body), " ".join(w.text for w in footer)


def check_pages(path: Path, pages: int, title: str, author: str) -> list[PdfPage]:
    """The properties, page count and page numbers, no blank page, no word outside the
    margins, no ligature in the text layer; the pages' words inside the margins."""
    info = pdf_info(path)
    assert (info["Pages"], info["Title"], info["Author"]) == (str(pages), title, author)
    read = pdf_pages(path)
    assert not any(LIGATURES.search(page.raw) for page in read), "a ligature in the text"
    assert len(read) == pages
    bodies = []
    for number, page in enumerate(read, start=1):
        body, footer = body_and_footer(page)
        assert footer == (f"Page {number} of {pages}" if pages > 1 else ""), number
        for word in (w for w in page.words if w.top >= page.height - MARGIN):
            centre = (word.top + word.bottom) / 2
            assert centre == pytest.approx(page.height - FOOTER_CENTRE, abs=3), word
        assert body.words, f"page {number} is blank"
        for word in body.words:
            where = f"{word.text!r} on page {number} of {pages}"
            assert word.top >= MARGIN - SLACK, f"{where} is cut at the top of the page"
            assert word.bottom <= page.height - MARGIN + SLACK, f"{where} is cut at the foot"
            assert word.left >= MARGIN - SLACK and word.right <= page.width - MARGIN + SLACK
        bodies.append(body)
    return bodies


def page_with(bodies: list[PdfPage], row: str) -> int:
    """The one page on which `row` reads as a line of its own (0-based)."""
    found = [i for i, page in enumerate(bodies) for line in page.rows if line == row]
    assert len(found) == 1, f"{row!r} is on pages {[i + 1 for i in found]}, not on one"
    return found[0]


def page_starting(bodies: list[PdfPage], start: str) -> int:
    found = [i for i, page in enumerate(bodies) for line in page.rows if line.startswith(start)]
    assert len(found) == 1, f"a line starting {start!r} is on pages {found}, not on one"
    return found[0]


def check_words(bodies: list[PdfPage], words: tuple[str, ...]) -> None:
    """`words` are in the text layer as search and copy-paste read it (unfolded)."""
    raw = " ".join(page.raw for page in bodies)
    for word in words:
        assert word in raw, word


def check_heading(bodies: list[PdfPage], rows: list[str], heading: str) -> None:
    """Every page with a row of the table shows the table's heading row above it."""
    for page in {page_with(bodies, row) for row in rows}:
        lines = bodies[page].rows
        first_row = min(lines.index(row) for row in rows if row in lines)
        assert heading in lines[:first_row], f"page {page + 1} has rows and no heading"


def write(tmp_path: Path, writer: Callable[[Path], int]) -> tuple[Path, int]:
    target = tmp_path / "out.pdf"
    return target, writer(target)


# --- the three documents -----------------------------------------------------------------


@pytest.mark.parametrize("count", LENGTHS)
def test_cpd_record(qapp, tmp_path, count):
    record, rows = cpd_record(count)
    path, pages = write(tmp_path, lambda p: write_cpd_pdf(record, p, printed=PRINTED))
    title = f"Balint group attendance — CPD record — {MEMBER_NAME}"
    bodies = check_pages(path, pages, title, author=GROUP)
    for row in rows:
        page_with(bodies, row)
    check_heading(bodies, rows, "Date Time Length Part")

    signed = page_starting(bodies, "Leader’s signature")
    assert "Date" in next(r for r in bodies[signed].rows if r.startswith("Leader’s signature"))
    credits = format_hours(record.credits)
    closing = ("Totals", f"CPD credits {credits}", "Name", f"Printed {PRINTED:%A} 10 March 2026")
    for row in closing:
        assert page_starting(bodies, row) == signed, f"{row!r} is not on the signature's page"

    check_words(bodies, ("reflect", "reflective", "affects", "confidential"))


@pytest.mark.parametrize("count", LENGTHS)
def test_leader_log(qapp, tmp_path, count):
    record, rows = leader_log(count)
    path, pages = write(tmp_path, lambda p: write_leader_log_pdf(record, p, printed=PRINTED))
    bodies = check_pages(path, pages, f"Balint leader log — {LEADER}", author=LEADER)
    for row in rows:
        page_with(bodies, row)
    check_heading(bodies, rows[:count], "Date Group Role Co-leader Hours")
    if record.entries:
        check_heading(bodies, rows[count:], "Date Kind Hours Note")

    signed = page_starting(bodies, "Signed")
    assert "Date" in next(r for r in bodies[signed].rows if r.startswith("Signed"))
    assert page_with(bodies, "Name and role") == signed
    last = rows[-1] if record.entries else "None added for this period."
    assert page_with(bodies, last) == signed, "the signature is parted from the last entry"
    assert page_starting(bodies, "Printed") == signed

    # "Office": the ffi ligature, in the entries' notes.
    check_words(bodies, ("Office reflection",) if record.entries else ())


@pytest.mark.parametrize("count", LENGTHS)
def test_rota(qapp, tmp_path, count):
    sheet, rows = rota_sheet(count)
    path, pages = write(tmp_path, lambda p: write_rota_pdf(sheet, p))
    bodies = check_pages(path, pages, "Balint group rota — Riverside", author="Riverside")
    for meeting, row in zip(sheet.meetings, rows, strict=True):
        page = page_with(bodies, row)
        # The lines under a row's first (a second presenter, another room) stay with it.
        i = meeting.meeting_id
        for word in (f"Dr Second{i:02d}", f"Room {i:02d}"):
            where = [n for n, body in enumerate(bodies) if word in body.text]
            assert where in ([], [page]), f"{word} is parted from its meeting"
    check_heading(bodies, rows, "Date Presenting Reserve")
    for later in bodies[1:]:
        assert later.rows[0] == "Riverside · Balint group rota, continued"

    check_words(bodies, ("Griffin",))
