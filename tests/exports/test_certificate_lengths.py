"""The German certificate at every length from 1 to 40 sessions, read back with poppler, as
tests/exports/test_pdf_lengths.py reads the CPD record: the page count the writer returns
is the file's, each page of a longer one says "Seite i von N" in its bottom margin (a
single page says nothing), no page is blank, no word lies outside the margins (no line
cut), every session's row reads as one line on one page only, every page with rows shows
the table's heading above them and every later page the running head, and the totals,
the rule, the place-and-date and signature lines and the printed line share one page."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.certificate import (
    IN_PERSON,
    ONLINE,
    Certificate,
    CertificateLeader,
    CertificateSession,
)
from balintdesk.exports.certificate_de import write_certificate_de_pdf

from .._pdf import PdfPage, pdf_info, pdf_pages
from .test_pdf_lengths import (
    FOOTER_CENTRE,
    LIGATURES,
    MARGIN,
    SLACK,
    body_and_footer,
    check_heading,
    page_starting,
    page_with,
)

LENGTHS = range(1, 41)
FIRST = dt.date(2025, 1, 7)
PRINTED = dt.date(2026, 3, 10)
NAME = "Dr Jürgen Müller-Lüdenscheidt"
GROUP = "Balintgruppe Köln-Süd"
MODES = (IN_PERSON, ONLINE, None)
MODE_WORDS = {IN_PERSON: "Präsenz", ONLINE: "online", None: "hybrid, nicht erfasst"}
SHORT_MONTHS = (
    "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
)  # fmt: skip
WEEKDAY = "Di."  # every session is on a Tuesday


def sessions(count: int) -> tuple[CertificateSession, ...]:
    """Every third session online, every third hybrid with no mode recorded, every fourth
    untimed (a longer date cell), lengths of 90 and 60 minutes."""
    return tuple(
        CertificateSession(
            FIRST + dt.timedelta(days=7 * i), 60 if i % 2 else 90, i % 4 != 1, MODES[i % 3]
        )
        for i in range(count)
    )


def row_of(number: int, session: CertificateSession) -> str:
    day = session.day
    date = f"{WEEKDAY}, {day.day}. {SHORT_MONTHS[day.month - 1]} {day.year}"
    planned = "" if session.timed else " (geplant)"
    length = "1,0" if session.minutes == 90 else "0,7"
    return f"{number} {date}{planned} {length} {MODE_WORDS[session.mode]}"


def check_pages(path, pages: int) -> list[PdfPage]:
    info = pdf_info(path)
    assert info["Pages"] == str(pages)
    assert info["Title"] == f"Teilnahmebescheinigung — {NAME}"
    read = pdf_pages(path)
    assert len(read) == pages
    assert not any(LIGATURES.search(page.raw) for page in read), "a ligature in the text"
    bodies = []
    for number, page in enumerate(read, start=1):
        body, footer = body_and_footer(page)
        assert footer == (f"Seite {number} von {pages}" if pages > 1 else ""), number
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


@pytest.mark.parametrize("count", LENGTHS)
def test_the_german_certificate_at_every_length(qapp, tmp_path, count) -> None:
    record = Certificate(
        member_name=NAME,
        group_name=GROUP,
        leaders=(CertificateLeader("Dr Zoë Brontë", "Ärztekammer Nordrhein"),),
        event_number="2760512025000012345",
        start=FIRST,
        end=FIRST + dt.timedelta(days=7 * count),
        sessions=sessions(count),
        efn="802761234567890",
    )
    target = tmp_path / "certificate.pdf"
    pages = write_certificate_de_pdf(record, target, printed=PRINTED)
    bodies = check_pages(target, pages)

    rows = [row_of(i, s) for i, s in enumerate(record.sessions, start=1)]
    for row in rows:
        page_with(bodies, row)
    check_heading(bodies, rows, "Nr. Datum Doppelstunden Form")
    for later in bodies[1:]:
        assert later.rows[0] == f"Teilnahmebescheinigung · {NAME}, Fortsetzung"

    signed = page_starting(bodies, "Unterschrift der Gruppenleitung")
    closing = (
        "Gesamt",
        "Doppelstunden (je 90 Minuten)",
        "davon in Präsenz",
        "Anrechenbar auf",
        "Für diese Teilnehmerin",
        "Ort, Datum",
        "Name der Gruppenleitung",
        "Gedruckt am Dienstag, 10. März 2026",
    )
    for start in closing:
        assert page_starting(bodies, start) == signed, f"{start!r} is not with the signature"
    assert page_with(bodies, "EFN 802761234567890") == 0
