"""The German Teilnahmebescheinigung and the Dutch certificate, read back with pdftotext:
German (or Dutch) whatever the current language, umlauts whole, the participant's own
EFN (or BIG) number, the VNR, each date with its double sessions and mode, the totals,
the rule and whether it is met, the signature lines; and the counting itself."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from balintdesk import i18n
from balintdesk.domain.certificate import (
    IN_PERSON,
    ONLINE,
    Certificate,
    CertificateLeader,
    CertificateSession,
    double_sessions,
    points_for,
)
from balintdesk.domain.rules import Assessment, ConditionResult, Rule
from balintdesk.domain.words import Words
from balintdesk.exports.certificate_de import default_certificate_name, write_certificate_de_pdf
from balintdesk.exports.certificate_nl import write_certificate_nl_pdf

from .._pdf import pdf_info, pdf_text
from .test_cpd_pdf import layout_lines as _layout_lines

PRINTED = dt.date(2026, 3, 10)
NAME = "Dr Jürgen Müller-Lüdenscheidt"
EFN = "802761234567890"
VNR = "2760512025000012345"
SESSIONS = (
    CertificateSession(dt.date(2025, 9, 2), 90, True, IN_PERSON),
    CertificateSession(dt.date(2025, 9, 16), 60, True, ONLINE),
    CertificateSession(dt.date(2025, 9, 30), 90, False, None),
    CertificateSession(dt.date(2025, 10, 14), 135, True, IN_PERSON),
)


def layout_lines(path) -> list[str]:
    """Each line as pdftotext -layout reads it, its columns one space apart."""
    return [" ".join(line.replace(" | ", " ").split()) for line in _layout_lines(path)]


def certificate(**fields) -> Certificate:
    values = {
        "member_name": NAME,
        "group_name": "Balintgruppe Köln-Süd",
        "leaders": (
            CertificateLeader("Dr Zoë Brontë", "Ärztekammer Nordrhein"),
            CertificateLeader("Dr Marcus Weiß", ""),
        ),
        "event_number": VNR,
        "start": dt.date(2025, 9, 1),
        "end": dt.date(2025, 12, 31),
        "sessions": SESSIONS,
        "efn": EFN,
        "big": "19012345601",
        "working_toward": "de-psychosomatic-basic-care",
    }
    values.update(fields)
    return Certificate(**values)


def assessment(met: bool) -> Assessment:
    rule = Rule(
        id="de-psychosomatic-basic-care",
        title={"en": "Germany, psychosomatic basic care", "de": "Psychosomatische Grundversorgung"},
        country="DE",
        sources=(),
        settings=(),
        conditions=(),
    )
    results = (
        ConditionResult("double_sessions", met, Words("Test", "4 of 15 double sessions")),
        ConditionResult(
            "last_in_person",
            met,
            Words("Test", "last session online"),
            None if met else Words("Test", "the closing session must be in the room (test)"),
        ),
    )
    return Assessment(rule, NAME, dt.date(2025, 12, 31), {}, results)


def test_counting_double_sessions_and_points() -> None:
    assert double_sessions(90) == Decimal("1.0")
    assert double_sessions(60) == Decimal("0.7")  # 0.666… halves up to a tenth
    assert double_sessions(135) == Decimal("1.5")
    assert double_sessions(0) == Decimal("0.0")
    record = certificate()
    # Rounded once from the total of 375 minutes, not summed from rounded rows (3.9).
    assert record.double_sessions == Decimal("4.2")
    assert record.in_person_double_sessions == Decimal("2.5")  # 225 minutes in the room
    assert record.hours == Decimal("6.3")
    assert points_for(375) == Decimal("6.3") == record.points()
    assert record.points(Decimal(2)) == Decimal("12.5")


def test_the_german_certificate_is_german_from_an_english_window(qapp, out) -> None:
    assert i18n.language() == "en"
    target = out / "de.pdf"
    assert write_certificate_de_pdf(certificate(), target, printed=PRINTED) in (1, 2)
    assert i18n.language() == "en", "the user's language is put back"
    text = " ".join(pdf_text(target).split())
    lines = layout_lines(target)
    assert "Teilnahmebescheinigung" in text and "Balintgruppenarbeit" in text
    assert f"Teilnehmer/in {NAME}" in lines
    assert f"EFN {EFN}" in lines
    assert f"Veranstaltungsnummer (VNR) {VNR}" in lines
    assert "Dr Zoë Brontë, anerkannt durch Ärztekammer Nordrhein" in text
    assert "Dr Marcus Weiß (Anerkennung nicht erfasst)" in text
    assert "Zeitraum 1. September 2025 bis 31. Dezember 2025" in lines
    assert "Nr. Datum Doppelstunden Form" in lines
    assert "1 Di., 2. Sept. 2025 1,0 Präsenz" in lines
    assert "2 Di., 16. Sept. 2025 0,7 online" in lines
    assert "3 Di., 30. Sept. 2025 (geplant) 1,0 hybrid, nicht erfasst" in lines
    assert "4 Di., 14. Okt. 2025 1,5 Präsenz" in lines
    assert "Sitzungen 4" in lines
    assert "Doppelstunden (je 90 Minuten) 4,2" in lines
    assert "Stunden 6,3" in lines
    assert "davon in Präsenz 2,5 Doppelstunden" in lines
    assert "Anrechenbar auf" in text
    assert "de-psychosomatic-basic-care (nicht geprüft)" in text
    for line in ("Ort, Datum", "Unterschrift der Gruppenleitung", "Name der Gruppenleitung"):
        assert line in text
    assert "Gedruckt am Dienstag, 10. März 2026 aus BalintDesk." in text
    for english in ("Participant", "Double sessions", "Signature", "in person", "Total"):
        assert english not in text
    info = pdf_info(target)
    assert info["Title"] == f"Teilnahmebescheinigung — {NAME}"
    assert info["Author"] == "Balintgruppe Köln-Süd"
    assert "19012345601" not in text, "the BIG number is the Dutch certificate's"


def test_the_german_certificate_says_whether_the_rule_is_met(qapp, out) -> None:
    met, unmet = out / "met.pdf", out / "unmet.pdf"
    write_certificate_de_pdf(certificate(), met, assessment=assessment(True), printed=PRINTED)
    write_certificate_de_pdf(certificate(), unmet, assessment=assessment(False), printed=PRINTED)
    met_text = " ".join(pdf_text(met).split())
    unmet_text = " ".join(pdf_text(unmet).split())
    for text in (met_text, unmet_text):
        assert "Anrechenbar auf Psychosomatische Grundversorgung" in text
        assert "nicht geprüft" not in text
    assert "Erfüllt am 31. Dezember 2025." in met_text
    assert "noch nicht erfüllt" not in met_text
    assert "Am 31. Dezember 2025 noch nicht erfüllt. Es fehlen noch:" in unmet_text
    # The missing part of each unmet condition, else its line.
    assert "– 4 of 15 double sessions" in unmet_text
    assert "– the closing session must be in the room (test)" in unmet_text
    assert "last session online" not in unmet_text


def test_without_a_rule_or_numbers_the_certificate_says_so(qapp, out) -> None:
    target = out / "plain.pdf"
    bare = certificate(working_toward="", efn="", event_number="", leaders=())
    write_certificate_de_pdf(bare, target, printed=PRINTED)
    text = " ".join(pdf_text(target).split())
    assert "Für diese Teilnehmerin / diesen Teilnehmer wurde keine Regel gewählt." in text
    assert "EFN" not in text and "VNR" not in text
    assert "Gruppenleitung nicht erfasst" in layout_lines(target)


def test_no_sessions(qapp, out) -> None:
    target = out / "none.pdf"
    assert write_certificate_de_pdf(certificate(sessions=()), target, printed=PRINTED) == 1
    text = " ".join(pdf_text(target).split())
    assert "In diesem Zeitraum keine Sitzung besucht." in text
    assert "Doppelstunden (je 90 Minuten) 0,0" in text


@pytest.mark.parametrize("language", ["en", "fr", "it"])
def test_the_file_name_follows_the_current_language(language) -> None:
    i18n.use_language(language)
    with i18n.speaking("de"):
        name = default_certificate_name("Dr A/B", dt.date(2026, 3, 3))
    assert name == "Teilnahmebescheinigung Dr AB 2026-03-03.pdf"
    assert i18n.language() == language


def test_speaking_puts_the_language_back_after_an_error() -> None:
    i18n.use_language("fr")
    with pytest.raises(RuntimeError), i18n.speaking("nl"):
        assert i18n.translate("CertificatePdf", "Total") == "Totaal"
        raise RuntimeError
    assert i18n.language() == "fr"
    assert i18n.translate("CertificatePdf", "Total") == "Total"


def test_the_dutch_certificate(qapp, out) -> None:
    i18n.use_language("de")  # a German window: the certificate is Dutch all the same
    target = out / "nl.pdf"
    assert write_certificate_nl_pdf(certificate(), target, printed=PRINTED) == 1
    text = " ".join(pdf_text(target).split())
    lines = layout_lines(target)
    assert "Bewijs van deelname — accreditatie" in text
    assert f"Deelnemer {NAME}" in lines
    assert "BIG-nummer 19012345601" in lines
    assert "Periode 1 september 2025 tot en met 31 december 2025" in lines
    assert "Nr. Datum Uren Vorm" in lines
    assert any(line.endswith(" 1,5 fysiek") for line in lines)
    assert any(line.endswith(" 1,0 online") for line in lines)
    assert "Uren 6,3" in lines
    assert "Punten per uur 1" in lines
    assert "Accreditatiepunten 6,3" in lines
    assert "1 punt per uur (KNMG)" in text and "GAIA" in text
    assert "Handtekening begeleider" in text
    assert EFN not in text and VNR not in text, "the German numbers stay off it"
    assert pdf_info(target)["Title"] == f"Bewijs van deelname — accreditatie — {NAME}"
    assert i18n.language() == "de"
