"""The records and the calendar in the user's language: the CPD record, the leader log and
the rota PDF in German, read back with pdftotext (German words, German dates, the decimal
comma, "Seite n von N", the document's German title), the calendar file in French, and
the machine formats (CSV headers and values, .ics property names) unchanged."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from balintdesk import i18n
from balintdesk.domain.leader_log import LeaderLog, LoggedEntry, LoggedSession
from balintdesk.domain.records import AttendanceRow, CpdMeeting, Part
from balintdesk.domain.rota_sheet import RotaSheet, SheetMeeting
from balintdesk.domain.words import Words
from balintdesk.exports.attendance_csv import HEADER, attendance_csv
from balintdesk.exports.cpd_pdf import default_pdf_name, write_cpd_pdf
from balintdesk.exports.ics import calendar_bytes, event_description
from balintdesk.exports.leader_log import leader_log_csv, write_leader_log_pdf
from balintdesk.exports.record_words import hours_text, length_text
from balintdesk.exports.rota_pdf import default_rota_pdf_name, shown, write_rota_pdf
from balintdesk.store.rota_sheet import calendar_feed
from tests._pdf import pdf_info, pdf_text
from tests.store._meeting_helpers import TODAY, make_group, meeting_on, member

from .test_cpd_pdf import PRINTED, SAMPLE, layout_lines, record

NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def german():
    i18n.use_language("de")
    yield
    i18n.use_language(i18n.ENGLISH)


@pytest.fixture
def french():
    i18n.use_language("fr")
    yield
    i18n.use_language(i18n.ENGLISH)


def test_the_cpd_record_in_german(qapp, out, german) -> None:
    target = out / "cpd.pdf"
    assert write_cpd_pdf(record(SAMPLE), target, printed=PRINTED) == 1
    text = pdf_text(target)
    lines = layout_lines(target)
    assert "Teilnahme an der Balintgruppe — Fortbildungsnachweis" in " ".join(text.split())
    assert "Teilnehmer/in | Siobhán Ó Ceallaigh (Allgemeinmedizin)" in lines
    assert "Zeitraum | Samstag, 1. März 2025 bis Samstag, 28. Februar 2026" in lines
    assert "Datum | Uhrzeit | Dauer | Rolle" in lines
    assert "Di., 4. März 2025 | 12:30 | 1 Std. 21 Min. | Fall vorgestellt" in lines
    assert "Di., 18. März 2025 | 12:30 | 1 Std. 15 Min. (geplant) | teilgenommen" in lines
    assert "Di., 1. Apr. 2025 | 18:00 | 1 Std. 30 Min. | geleitet" in lines
    assert any(line.startswith("Besuchte Sitzungen | 4 Sitzungen (geleitet 1,") for line in lines)
    assert "Gesamtdauer | 5,1 Stunden" in lines
    assert "Fortbildungspunkte | 5,1" in lines
    flat = " ".join(text.split())
    assert "Unterschrift der Gruppenleitung" in flat
    assert "Gedruckt am Dienstag, 10. März 2026 aus BalintDesk." in flat
    for english in ("Meetings attended", "Total time", "Printed", "Leader’s signature"):
        assert english not in text
    title = pdf_info(target)["Title"]
    assert title == "Teilnahme an der Balintgruppe — Fortbildungsnachweis — Siobhán Ó Ceallaigh"
    assert default_pdf_name("Dr Ann", dt.date(2026, 3, 3)) == (
        "Fortbildungsnachweis Dr Ann 2026-03-03.pdf"
    )


def test_a_long_cpd_record_numbers_its_pages_in_german(qapp, out, german) -> None:
    meetings = [
        CpdMeeting(dt.date(2025, 1, 7) + dt.timedelta(days=7 * i), dt.time(12, 30), 75, True,
                   Part.TOOK_PART)
        for i in range(60)
    ]  # fmt: skip
    target = out / "long.pdf"
    pages = write_cpd_pdf(record(meetings), target, printed=PRINTED)
    assert pages >= 2
    assert f"Seite 1 von {pages}" in pdf_text(target, 1)
    assert f"Seite {pages} von {pages}" in pdf_text(target, pages)


def sheet() -> RotaSheet:
    first = dt.date(2026, 3, 3)
    return RotaSheet(
        "Riverside",
        dt.date(2026, 3, 1),
        (
            SheetMeeting(1, first, dt.time(12, 30), dt.time(13, 45), "Library", ("Ann Able",),
                         "Ben Best"),
            SheetMeeting(2, first + dt.timedelta(days=7), dt.time(12, 30), dt.time(13, 45),
                         "Library", cancelled=True, cancel_reason="Fortbildungstag"),
            SheetMeeting(3, first + dt.timedelta(days=14), dt.time(12, 30), dt.time(13, 45),
                         "Library"),
        ),
    )  # fmt: skip


def test_the_rota_in_german(qapp, out, german) -> None:
    target = out / "rota.pdf"
    assert write_rota_pdf(sheet(), target) == 1
    text = " ".join(pdf_text(target).split())
    for german_words in (
        "Plan der Balintgruppe · 12:30–13:45 · Library",
        "Gedruckt am Sonntag, 1. März 2026",
        "Datum Stellt vor Reserve",
        "Di., 3. März 2026 Ann Able Ben Best",
        "Di., 10. März 2026 Abgesagt — Fortbildungstag",
        "Di., 17. März 2026 Noch offen",
    ):
        assert german_words in text
    for english in ("Printed", "Cancelled", "To be agreed", "Presenting", "Tue"):
        assert english not in text
    assert pdf_info(target)["Title"] == "Plan der Balintgruppe — Riverside"
    assert (
        default_rota_pdf_name("Riverside", dt.date(2026, 3, 3)) == "Plan Riverside 2026-03-03.pdf"
    )


def test_a_long_rota_says_it_continues_in_german(qapp, out, german) -> None:
    base = sheet().meetings[0]
    lines = tuple(
        SheetMeeting(i, base.date + dt.timedelta(days=7 * i), base.starts, base.ends, base.room,
                     (f"Presenter{i:03d}",), "Reserve")
        for i in range(60)
    )  # fmt: skip
    target = out / "long.pdf"
    pages = write_rota_pdf(RotaSheet("Riverside", dt.date(2026, 3, 1), lines), target)
    assert pages >= 2
    second = pdf_text(target, 2)
    assert "Riverside · Plan der Balintgruppe, Fortsetzung" in second
    assert f"Seite 2 von {pages}" in second


def test_a_rota_text_may_be_words_or_plain_text(german) -> None:
    """The rota's reasons become Words (the rota's domain); a name or a typed reason stays
    text: the sheet shows either."""
    said = shown(Words("RotaPdf", "Cancelled — {reason}", {"reason": "Sommer"}))
    assert said == "Abgesagt — Sommer"
    assert shown("Dr Ann Able") == "Dr Ann Able"


def test_the_leader_log_in_german(qapp, out, german) -> None:
    log = LeaderLog(
        member_id=1,
        leader="Dr Lee",
        group="Riverside",
        start=dt.date(2025, 3, 4),
        end=dt.date(2026, 3, 3),
        sessions=(LoggedSession(1, dt.date(2025, 3, 4), "Riverside", "led", "Dr Ann", 90, True),),
        entries=(LoggedEntry(1, dt.date(2025, 5, 10), "supervision", 75, "Balint-Tag"),),
    )
    target = out / "log.pdf"
    write_leader_log_pdf(log, target, printed=dt.date(2026, 3, 3))
    lines = layout_lines(target)
    for german_line in (
        "Balint-Leitungsnachweis",
        "Zeitraum | Dienstag, 4. März 2025 bis Dienstag, 3. März 2026",
        "Art | Anzahl | Stunden",
        "Geleitet | 1 Sitzung | 1,5",
        "Supervision | 1 Eintrag | 1,25",
        "Gesamt | 2,75",
        "Datum | Gruppe | Rolle | Co-Leitung | Stunden",
        "Di., 4. März 2025 | Riverside | Geleitet | Dr Ann | 1,5",
    ):
        assert german_line in lines
    assert any(line.startswith("Sa., 10. Mai 2025 | Supervision | 1,25") for line in lines)
    # The CSV is for machines: English header and values, a decimal point, ISO dates.
    csv_text = leader_log_csv(log)
    assert csv_text.splitlines()[0] == "date,kind,group,role,co_leader,hours,note"
    assert "2025-03-04,group session,Riverside,led,Dr Ann,1.5," in csv_text


def test_hours_and_lengths_in_each_language() -> None:
    expected = {
        "en": ("1 h 15 min", "12.5 hours", "1 hour"),
        "de": ("1 Std. 15 Min.", "12,5 Stunden", "1 Stunde"),
        "fr": ("1 h 15 min", "12,5 heures", "1 heure"),
        "nl": ("1 u 15 min", "12,5 uur", "1 uur"),
        "it": ("1 h 15 min", "12,5 ore", "1 ora"),
    }
    try:
        for language, (length, hours, one) in expected.items():
            i18n.use_language(language)
            assert (length_text(75), hours_text(12.5), hours_text(1)) == (length, hours, one)
    finally:
        i18n.use_language(i18n.ENGLISH)


def test_the_attendance_csv_is_the_same_in_every_language(german) -> None:
    row = AttendanceRow(dt.date(2026, 3, 3), dt.time(12, 30), "Ann", "GP", "not recorded", True,
                        "co-led")  # fmt: skip
    text = attendance_csv([row])
    assert (
        text.splitlines()[0]
        == ",".join(HEADER)
        == ("date,start,member,role,status,presented,led,mode")
    )
    assert text.splitlines()[1] == "2026-03-03,12:30,Ann,GP,not recorded,yes,co-led,"


@pytest.fixture
def group(db):
    made = make_group("Riverside")
    for name in ("Ann Able", "Ben Best"):
        member(made, name)
    from balintdesk.store import meetings

    meetings.ensure_schedule(made.id, TODAY)
    return made


def test_the_calendar_in_french(group, french) -> None:
    from balintdesk.store import meetings

    meetings.cancel_meeting(meeting_on(group, dt.date(2026, 3, 10)).id, "Formation")
    data = calendar_bytes(calendar_feed(group.id, TODAY, NOW))
    calendar = Calendar.from_ical(data)
    assert str(calendar["NAME"]) == "Riverside — groupe Balint"
    events = {e.start.date(): e for e in calendar.events}
    planned = events[dt.date(2026, 3, 3)]
    assert str(planned["SUMMARY"]) == "Riverside — groupe Balint"
    description = str(planned["DESCRIPTION"])
    # The rota sheet's Words (domain.rota_sheet.description_words), said in French.
    assert "Issu du tour de rôle de BalintDesk ; il peut changer." in description
    assert description.splitlines()[0].startswith("Rapporteur : ")
    cancelled = events[dt.date(2026, 3, 10)]
    assert str(cancelled["SUMMARY"]) == "Annulée : Riverside — groupe Balint"
    assert str(cancelled["DESCRIPTION"]) == "Annulée : Formation"
    # The property names and values for machines stay as RFC 5545 has them.
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert b"\r\nDTSTART;TZID=Europe/London:" in data
    assert b"\r\nDESCRIPTION:" in data


def test_a_description_names_two_presenters_in_french(group, french) -> None:
    feed = calendar_feed(group.id, TODAY, NOW)
    event = feed.events[0]
    from dataclasses import replace

    two = replace(event, presenters=("Ann Able", "Ben Best", "Cy Coe"), reserve="Di Dee")
    assert event_description(two).splitlines()[:2] == [
        "Rapporteurs : Ann Able, Ben Best et Cy Coe",
        "Remplaçant : Di Dee",
    ]


def test_the_calendar_change_key_does_not_follow_the_language(group) -> None:
    """SEQUENCE moves on when an event's content changes, not when the user's language
    does: the key is the domain's English wording."""
    from balintdesk.domain.rota_sheet import event_content_key

    feed = calendar_feed(group.id, TODAY, NOW)
    english = [event_content_key(feed, e) for e in feed.events]
    try:
        i18n.use_language("fr")
        assert [event_content_key(feed, e) for e in feed.events] == english
    finally:
        i18n.use_language(i18n.ENGLISH)
