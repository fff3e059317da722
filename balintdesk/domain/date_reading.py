"""Dates and numbers as people type them into a spreadsheet, in any of BalintDesk's languages.

Plain Python, for the imports (roster, past meetings) and the command line. What is read:

- ISO: 2025-03-14.
- Day first, with the separator each locale writes: 14/03/2025 (British, French, Italian),
  14.03.2025 (German), 14-03-2025 (Dutch); one or two digits for the day and the month.
  Every language BalintDesk speaks writes the day first (its English is British English),
  so a British date reads right in a German window and the other way round. A month-first
  (US) date is not guessed: 09/25/2024 is refused, as 25 cannot be a month.
- The month in words, in English, German, French, Dutch or Italian, whole or shortened,
  with or without accents and a weekday: "14 March 2025", "14. März 2025", "14 mars 2025",
  "1er mars 2025", "14 maart 2025", "14 marzo 2025", "Fri 14 Mar 2025", "March 14, 2025".
- Two-digit years are refused with a sentence: "14.03.25" could be 1925 or 2025, and a
  date of joining or of a meeting is worth the two more digits.

Numbers: "1.5", "1,5", "1 234,5", "1.234,5", "1,234.5" — the last separator is the
decimal mark, the others group thousands; "1.234" alone (1234 in German, 1.234 in English)
is refused rather than guessed.

A refusal is a `WordsError`, so the edge says it in the user's language; its `str` stays
English (and says "day first", as it always did).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from balintdesk.domain.words import Words, WordsError

# Month names and their usual shortenings, folded (`_fold`): English, German, French,
# Dutch, Italian. No two languages use one spelling for different months.
_MONTH_WORDS = (
    ("january", "jan", "januar", "janv", "janvier", "januari", "gennaio", "gen", "jänner"),
    ("february", "feb", "februar", "fevr", "fevrier", "februari", "febbraio", "febr"),
    ("march", "mar", "marz", "mars", "maart", "mrt", "marzo", "maerz"),
    ("april", "apr", "avril", "avr", "aprile"),
    ("may", "mai", "mei", "maggio", "mag"),
    ("june", "jun", "juni", "juin", "giugno", "giu"),
    ("july", "jul", "juli", "juillet", "juil", "luglio", "lug"),
    ("august", "aug", "aout", "augustus", "agosto", "ago"),
    ("september", "sep", "sept", "septembre", "settembre", "set"),
    ("october", "oct", "oktober", "okt", "octobre", "ottobre", "ott"),
    ("november", "nov", "novembre"),
    ("december", "dec", "dezember", "dez", "decembre", "dicembre", "dic"),
)
MONTHS: dict[str, int] = {
    word: number for number, words in enumerate(_MONTH_WORDS, 1) for word in words
}
# Weekdays, whole and short, and the little words before a date ("am", "le", "il"):
# skipped, as they add nothing to the date itself.
_SKIPPED = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend mo di
    mi do fr sa so lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam
    dim maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma wo vr za zo lunedi
    martedi mercoledi giovedi venerdi sabato domenica gio sab dom am den le il the on of de
    """.split()  # noqa: SIM905 (a list of 75 words reads better as words)
)

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d+)\.?$")
_DAY = re.compile(r"^(\d{1,2})(?:er|st|nd|rd|th|e|de|ste)?$")
_YEAR = re.compile(r"^\d+$")


def _fold(text: str) -> str:
    """Lower case, no accents, no dots or commas: "Mär." and "märz" and "MARZ" alike."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return re.sub(r"[.,]", " ", plain)


def _unreadable(text: str) -> WordsError:
    return WordsError(
        Words(
            "DateReading",
            "“{text}” is not a date BalintDesk can read; write it as 2025-03-14, 14/03/2025, "
            "14.03.2025 or 14 March 2025 (day first).",
            {"text": text},
        )
    )


def _two_digit_year(text: str) -> WordsError:
    return WordsError(
        Words(
            "DateReading",
            "“{text}” has a two-digit year, which could mean either century; write the year "
            "in full, day first, e.g. 14.03.2025.",
            {"text": text},
        )
    )


def _checked(text: str, year_text: str, month: int, day: int) -> dt.date:
    if len(year_text) == 2:
        raise _two_digit_year(text)
    if len(year_text) != 4:
        raise _unreadable(text)
    try:
        return dt.date(int(year_text), month, day)
    except ValueError:
        raise WordsError(
            Words(
                "DateReading",
                "“{text}” is not a date in the calendar; check the day and the month (day first).",
                {"text": text},
            )
        ) from None


def read_date(text: str) -> dt.date:
    """The date `text` names (see the module's docstring); `WordsError` if none."""
    value = " ".join(text.split())
    if not value:
        raise _unreadable(value)
    match = _ISO.match(value)
    if match:
        return _checked(value, match[1], int(match[2]), int(match[3]))
    match = _DAY_FIRST.match(value)
    if match:
        return _checked(value, match[4], int(match[3]), int(match[1]))
    return _in_words(value)


def _in_words(value: str) -> dt.date:
    words = [w for w in _fold(value).replace("/", " ").split() if w not in _SKIPPED]
    # "14 March 2025" (day first, as every language here) or "March 14 2025" (American).
    if len(words) == 3:
        for day_word, month_word, year_word in (words, (words[1], words[0], words[2])):
            day = _DAY.match(day_word)
            month = MONTHS.get(month_word)
            if day and month and _YEAR.match(year_word):
                return _checked(value, year_word, month, int(day[1]))
    if len(words) == 2 and any(word in MONTHS for word in words):
        raise WordsError(
            Words(
                "DateReading",
                "“{text}” has no year; write it in full, e.g. 14 March 2025.",
                {"text": value},
            )
        )
    raise _unreadable(value)


_NUMBER = re.compile(r"^[+-]?\d[\d .,'\u00a0\u202f]*$")


def read_number(text: str) -> float:
    """A decimal number as any of these locales writes it: "1.5", "1,5", "1.234,5",
    "1,234.5", "1 234,5". `WordsError` if it is not one."""
    value = text.strip()
    if not _NUMBER.match(value) or value.endswith((".", ",")):
        raise WordsError(
            Words(
                "DateReading", "“{text}” is not a number; write it as 1.5 or 1,5.", {"text": value}
            )
        )
    sign = -1 if value.startswith("-") else 1
    digits = re.sub(r"[\s'\u00a0\u202f]", "", value.lstrip("+-"))
    last = max(digits.rfind("."), digits.rfind(","))
    if last >= 0:
        whole, fraction = digits[:last], digits[last + 1 :]
        if len(fraction) == 3 and digits.count(digits[last]) > 1:
            whole, fraction = digits, ""  # "1.234.567" or "1,234,567": groups only
        elif len(fraction) == 3 and "." not in whole and "," not in whole:
            # "1.234" or "1,234": a group separator in one locale, a decimal mark in
            # another; not guessed.
            raise WordsError(
                Words(
                    "DateReading",
                    "“{text}” could be read two ways; write it without a thousands separator "
                    "(1234) or with one decimal (1.5).",
                    {"text": value},
                )
            )
        whole = re.sub(r"[.,]", "", whole)
        return sign * float(f"{whole or 0}.{fraction or 0}")
    return sign * float(digits)
