"""Dates, times, numbers and the order of names as each language writes them.

Plain Python, so the command line and the PDFs (which never wait for Qt's locale) write
exactly what the window writes. The names and patterns are CLDR's (the Unicode Common
Locale Data Repository, as Qt ships it): `tests/i18n/test_formats.py` compares every month
and weekday name, the decimal and group separators and the first day of the week with
`QLocale` for each language, so a difference is caught rather than guessed. English is
British English (the app's first users), which also starts the week on Monday.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class LocaleWords:
    months: tuple[str, ...]
    months_short: tuple[str, ...]
    weekdays: tuple[str, ...]  # Monday first
    weekdays_short: tuple[str, ...]
    long_pattern: str  # weekday and date: "{weekday} {day} {month} {year}"
    day_pattern: str  # the date alone: "{day} {month} {year}"
    short_pattern: str
    numeric_pattern: str  # "{dd}/{mm}/{year}"
    decimal: str
    group: str
    first_weekday: int = 1  # ISO: 1 is Monday


LOCALES: dict[str, LocaleWords] = {
    "en": LocaleWords(
        months=("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"),
        months_short=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                      "Oct", "Nov", "Dec"),
        weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                  "Sunday"),
        weekdays_short=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        long_pattern="{weekday} {day} {month} {year}",
        day_pattern="{day} {month} {year}",
        short_pattern="{weekday} {day} {month} {year}",
        numeric_pattern="{dd}/{mm}/{year}",
        decimal=".",
        group=",",
    ),
    "de": LocaleWords(
        months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                "September", "Oktober", "November", "Dezember"),
        months_short=("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.",
                      "Sept.", "Okt.", "Nov.", "Dez."),
        weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                  "Sonntag"),
        weekdays_short=("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
        long_pattern="{weekday}, {day}. {month} {year}",
        day_pattern="{day}. {month} {year}",
        short_pattern="{weekday}, {day}. {month} {year}",
        numeric_pattern="{dd}.{mm}.{year}",
        decimal=",",
        group=".",
    ),
    "fr": LocaleWords(
        months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"),
        months_short=("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                      "sept.", "oct.", "nov.", "déc."),
        weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        weekdays_short=("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
        long_pattern="{weekday} {day} {month} {year}",
        day_pattern="{day} {month} {year}",
        short_pattern="{weekday} {day} {month} {year}",
        numeric_pattern="{dd}/{mm}/{year}",
        decimal=",",
        group="\u202f",
    ),
    "nl": LocaleWords(
        months=("januari", "februari", "maart", "april", "mei", "juni", "juli",
                "augustus", "september", "oktober", "november", "december"),
        months_short=("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep",
                      "okt", "nov", "dec"),
        weekdays=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                  "zondag"),
        weekdays_short=("ma", "di", "wo", "do", "vr", "za", "zo"),
        long_pattern="{weekday} {day} {month} {year}",
        day_pattern="{day} {month} {year}",
        short_pattern="{weekday} {day} {month} {year}",
        numeric_pattern="{dd}-{mm}-{year}",
        decimal=",",
        group=".",
    ),
    "it": LocaleWords(
        months=("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                "agosto", "settembre", "ottobre", "novembre", "dicembre"),
        months_short=("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set",
                      "ott", "nov", "dic"),
        weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
                  "domenica"),
        weekdays_short=("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
        long_pattern="{weekday} {day} {month} {year}",
        day_pattern="{day} {month} {year}",
        short_pattern="{weekday} {day} {month} {year}",
        numeric_pattern="{dd}/{mm}/{year}",
        decimal=",",
        group=".",
    ),
}  # fmt: skip


def words_for(language: str) -> LocaleWords:
    return LOCALES.get(language, LOCALES["en"])


def _day(language: str, day: int) -> str:
    return "1er" if language == "fr" and day == 1 else str(day)


def long_date(day: dt.date, language: str) -> str:
    """ "Tuesday 3 March 2026", "Dienstag, 3. März 2026" """
    words = words_for(language)
    return words.long_pattern.format(
        weekday=words.weekdays[day.weekday()],
        day=_day(language, day.day),
        month=words.months[day.month - 1],
        year=day.year,
    )


def day_date(day: dt.date, language: str) -> str:
    """ "3 March 2026", "3. März 2026", "1er mars 2026" """
    words = words_for(language)
    return words.day_pattern.format(
        day=_day(language, day.day), month=words.months[day.month - 1], year=day.year
    )


def short_date(day: dt.date, language: str) -> str:
    """ "Tue 3 Mar 2026", "Di., 3. März 2026" """
    words = words_for(language)
    return words.short_pattern.format(
        weekday=words.weekdays_short[day.weekday()],
        day=_day(language, day.day),
        month=words.months_short[day.month - 1],
        year=day.year,
    )


def numeric_date(day: dt.date, language: str) -> str:
    """ "03/03/2026", "03.03.2026", "03-03-2026" """
    return words_for(language).numeric_pattern.format(
        dd=f"{day.day:02d}", mm=f"{day.month:02d}", year=day.year
    )


def month_year(day: dt.date, language: str) -> str:
    """ "March 2026", "März 2026" """
    return f"{words_for(language).months[day.month - 1]} {day.year}"


def weekday_name(weekday: int, language: str) -> str:
    """The name of a weekday, 0 being Monday (Python's `date.weekday()`)."""
    return words_for(language).weekdays[weekday]


def clock(moment: dt.time | dt.datetime) -> str:
    """ "18:30": a 24-hour clock in every language BalintDesk speaks (en-GB included)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def number(value: float | int, language: str, decimals: int | None = None) -> str:
    """ "1,234.5" / "1.234,5": `decimals` fixed, else as few as the value needs (≤ 2)."""
    words = words_for(language)
    if decimals is None:
        text = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:,.0f}"
    else:
        text = f"{value:,.{decimals}f}"
    return text.translate(str.maketrans({",": words.group, ".": words.decimal}))


def sort_key(name: str) -> tuple[str, str]:
    """The order of names people expect in every one of these languages: letters with
    accents or umlauts beside their plain letter (Ä with A, as DIN 5007-1 files them; é with
    e), whatever the case; "ij" as i then j, as Dutch dictionaries and CLDR sort it. The
    name itself breaks ties, so the order is always the same."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("ß", "ss")
    return plain, name
