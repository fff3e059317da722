"""Dates and numbers as people type them in each of BalintDesk's languages."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.date_reading import read_date, read_number
from balintdesk.domain.words import WordsError
from tests.i18n_helpers import english, said  # noqa: F401 (english: autouse)

MARCH_14 = dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        "2025-03-14",
        " 2025-3-14 ",
        "14/03/2025",  # British, French, Italian
        "14.03.2025",  # German
        "14-03-2025",  # Dutch
        "14.3.2025",
        "14/3/2025",
    ],
)
def test_numeric_dates_day_first_and_iso(text: str) -> None:
    assert read_date(text) == MARCH_14


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "14 March 2025"),
        ("en", "Friday 14 March 2025"),
        ("en", "Fri 14 Mar 2025"),
        ("en", "March 14, 2025"),
        ("en", "14th March 2025"),
        ("de", "14. März 2025"),
        ("de", "Freitag, 14. März 2025"),
        ("de", "14. Maerz 2025"),
        ("de", "14 MÄRZ 2025"),
        ("fr", "14 mars 2025"),
        ("fr", "vendredi 14 mars 2025"),
        ("nl", "14 maart 2025"),
        ("nl", "vrijdag 14 maart 2025"),
        ("nl", "14 mrt. 2025"),
        ("it", "14 marzo 2025"),
        ("it", "venerdì 14 marzo 2025"),
    ],
)
def test_month_names_in_every_language(language: str, text: str) -> None:
    assert read_date(text) == MARCH_14, language


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("1er mars 2025", dt.date(2025, 3, 1)),
        ("3 février 2024", dt.date(2024, 2, 3)),
        ("3 fevrier 2024", dt.date(2024, 2, 3)),
        ("1. Dezember 2024", dt.date(2024, 12, 1)),
        ("17 août 2025", dt.date(2025, 8, 17)),
        ("2 mei 2025", dt.date(2025, 5, 2)),
        ("2 maggio 2025", dt.date(2025, 5, 2)),
        ("31 dicembre 2024", dt.date(2024, 12, 31)),
        ("7 okt 2025", dt.date(2025, 10, 7)),
        ("Di., 3. Sept. 2024", dt.date(2024, 9, 3)),
    ],
)
def test_other_months_and_shortenings(text: str, day: dt.date) -> None:
    assert read_date(text) == day


def test_a_british_date_reads_right_whatever_the_language() -> None:
    # Every language BalintDesk speaks writes the day first, so nothing depends on the
    # window's language: 03/09/2024 is 3 September in a German window too.
    assert read_date("03/09/2024") == dt.date(2024, 9, 3)
    assert read_date("03.09.2024") == read_date("03-09-2024") == dt.date(2024, 9, 3)


def test_two_digit_years_are_refused_with_a_sentence_in_each_language() -> None:
    with pytest.raises(WordsError) as refused:
        read_date("14.3.25")
    assert "two-digit year" in str(refused.value) and "day first" in str(refused.value)
    words = refused.value.words
    assert said(words, "de").startswith("„14.3.25“ hat eine zweistellige Jahreszahl")
    assert said(words, "fr").startswith("« 14.3.25 » a une année à deux chiffres")
    assert said(words, "nl").startswith("‘14.3.25’ heeft een jaartal van twee cijfers")
    assert said(words, "it").startswith("«14.3.25» ha l'anno a due cifre")


@pytest.mark.parametrize(
    "text", ["09/25/2024", "31.02.2025", "2024/09/03", "03.09-2024", "hello", "", "14 March"]
)
def test_what_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"day first|no year"):
        read_date(text)


def test_a_refusal_in_german() -> None:
    with pytest.raises(WordsError) as refused:
        read_date("gestern")
    assert said(refused.value.words, "de") == (
        "„gestern“ ist kein Datum, das BalintDesk lesen kann; schreiben Sie es als "
        "2025-03-14, 14.03.2025 oder 14. März 2025 (Tag zuerst)."
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.5", 1.5),  # English
        ("1,5", 1.5),  # German, French, Dutch, Italian
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1 234,5", 1234.5),  # French groups with a space
        ("1\u202f234,5", 1234.5),
        ("-2,25", -2.25),
        ("12", 12.0),
        ("1.234.567", 1234567.0),
    ],
)
def test_numbers_with_a_decimal_comma_or_point(text: str, value: float) -> None:
    assert read_number(text) == value


@pytest.mark.parametrize("text", ["1.234", "1,234", "abc", "1,", ""])
def test_ambiguous_or_wrong_numbers_are_refused(text: str) -> None:
    with pytest.raises(WordsError):
        read_number(text)
