"""Dates, numbers and the order of names in each language, checked against Qt's CLDR data;
and the catalogue's plain-Python lookups, plurals and pseudo-language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from balintdesk import i18n
from balintdesk.domain.words import Words
from balintdesk.i18n import formats
from balintdesk.i18n.catalogue import Catalogue, plural_index, pseudo_text

QT = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "it": QLocale(QLocale.Language.Italian, QLocale.Country.Italy),
}


@pytest.mark.parametrize("language", list(QT))
def test_names_and_separators_agree_with_qt(language: str) -> None:
    qt, ours = QT[language], formats.LOCALES[language]
    assert ours.months == tuple(qt.monthName(m) for m in range(1, 13))
    assert ours.weekdays == tuple(qt.dayName(d) for d in range(1, 8))
    assert ours.decimal == qt.decimalPoint()
    assert ours.group == qt.groupSeparator()
    assert ours.first_weekday == qt.firstDayOfWeek().value


@pytest.mark.parametrize(
    ("language", "long", "day", "numeric"),
    [
        ("en", "Friday 14 March 2025", "14 March 2025", "14/03/2025"),
        ("de", "Freitag, 14. März 2025", "14. März 2025", "14.03.2025"),
        ("fr", "vendredi 14 mars 2025", "14 mars 2025", "14/03/2025"),
        ("nl", "vrijdag 14 maart 2025", "14 maart 2025", "14-03-2025"),
        ("it", "venerdì 14 marzo 2025", "14 marzo 2025", "14/03/2025"),
    ],
)
def test_dates(language: str, long: str, day: str, numeric: str) -> None:
    date = dt.date(2025, 3, 14)
    assert formats.long_date(date, language) == long
    assert formats.day_date(date, language) == day
    assert formats.numeric_date(date, language) == numeric


def test_french_writes_the_first_of_the_month_as_premier() -> None:
    assert formats.day_date(dt.date(2025, 3, 1), "fr") == "1er mars 2025"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "1,234.5"), ("de", "1.234,5"), ("fr", "1\u202f234,5"), ("nl", "1.234,5"),
     ("it", "1.234,5")],
)  # fmt: skip
def test_numbers(language: str, expected: str) -> None:
    assert formats.number(1234.5, language) == expected
    assert formats.number(1.5, language, 1) == ("1.5" if language == "en" else "1,5")
    assert formats.number(3, language) == "3"


def test_names_sort_with_their_letters_whatever_the_accents() -> None:
    names = ["Zoe", "Émile", "Ärzte", "anna", "Eva", "Ölmann", "Oskar", "IJsbrand", "Ida"]
    assert sorted(names, key=formats.sort_key) == [
        "anna", "Ärzte", "Émile", "Eva", "Ida", "IJsbrand", "Ölmann", "Oskar", "Zoe",
    ]  # fmt: skip


def test_plural_rules() -> None:
    assert [plural_index("de", n) for n in (0, 1, 2)] == [1, 0, 1]
    assert [plural_index("fr", n) for n in (0, 1, 2)] == [0, 0, 1]


def test_a_catalogue_falls_back_to_the_source_and_fills_plurals() -> None:
    catalogue = Catalogue("de", {("Rota", "%n meeting(s)"): ("%n Sitzung", "%n Sitzungen")})
    catalogue.by_source["%n meeting(s)"] = ("%n Sitzung", "%n Sitzungen")
    assert catalogue.translate("Rota", "%n meeting(s)", 1) == "%n Sitzung"
    assert catalogue.translate("Other", "%n meeting(s)", 9) == "%n Sitzungen"
    assert catalogue.translate("Rota", "unknown", 9) == "unknown"


def test_fill_writes_values_in_the_language_in_use() -> None:
    try:
        i18n.use_language("de")
        text = i18n.fill(
            "{day:long}, {hours:1} h, {n}", day=dt.date(2025, 3, 14), hours=1.5, n=1200
        )
        assert text == "Freitag, 14. März 2025, 1,5 h, 1.200"
        # A translation that lost a brace still reads; it never raises.
        assert "x" in i18n.fill("{day x", day=dt.date(2025, 3, 14))
    finally:
        i18n.use_language("en")
    assert i18n.fill("{day:month}", day=dt.date(2025, 3, 14)) == "March 2025"


def test_words_read_in_english_for_logs_and_in_the_language_for_people() -> None:
    words = Words(
        "Test", "last presented on {day}, %n meetings ago", {"day": dt.date(2025, 3, 14)}, 9
    )
    assert words.english() == "last presented on 2025-03-14, 9 meetings ago"
    assert i18n.say(words) == "last presented on 14 March 2025, 9 meetings ago"


def test_the_pseudo_language_marks_and_lengthens_but_keeps_placeholders() -> None:
    text = pseudo_text("Save {name} as &PDF <b>now</b>")
    assert text.startswith("⟦") and text.endswith("⟧")
    assert "{name}" in text and "&P" in text and "<b>" in text and "</b>" in text
    assert len(text) >= len("Save {name} as &PDF <b>now</b>") * 1.35
