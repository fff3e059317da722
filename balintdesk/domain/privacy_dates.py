"""Dates in free text that may be dates of birth: the privacy guard's one detector that
has to read what it matches, not only match it.

It reads numeric dates day first (UK), month first only when day first is impossible, and
dates with a month name (in English, and day first in German, French, Dutch and Italian);
a two-digit year is the latest such year not in the future. The rule for which dates
count is in privacy.py's docstring with the others; privacy.py turns what this finds into
findings.

Like privacy.py, it must never log or print the text it is given, nor anything found in it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

MIN_DOB_YEARS_AGO = 5  # a full date more recent than this is more likely a meeting date
MAX_AGE_YEARS = 120

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
# Day-first dates in the languages BalintDesk speaks: "3. März 1961", "1er mars 1961",
# "3 maart 1961", "3 marzo 1961" (each name or abbreviation read as a whole word).
_OTHER_MONTH_NAMES = (
    "januar jänner janvier januari gennaio janv gen|februar feber février februari "
    "febbraio févr fév|märz mars maart marzo mär mrz mrt|avril aprile avr|mai mei maggio "
    "mag|juni juin giugno giu|juli juillet luglio juil lug|august août augustus agosto "
    "ago|settembre set|oktober octobre ottobre okt ott|novembre|dezember décembre "
    "dicembre dez déc dic"
)
_OTHER_MONTHS = {
    name: number
    for number, names in enumerate(_OTHER_MONTH_NAMES.split("|"), start=1)
    for name in names.split()
}
_OTHER_MONTH = "(?:" + "|".join(sorted(_OTHER_MONTHS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_YEAR = r"(?:[0-9]{4}|[0-9]{2})"  # two-digit years are kept only after a cue
_NOT_AFTER_NUMBER = r"(?<![0-9])(?<![0-9][/.-])"
_NOT_BEFORE_NUMBER = r"(?![0-9])(?![/.-][0-9])"

# English, and the languages BalintDesk speaks: "geb. am", "née le", "geboren op", "nata il".
_CUE = (
    r"\b(?:D\.?O\.?B\b\.?|date\s+of\s+birth|born"
    r"|geb\.|geboren\b|Geburtsdatum\b|née?\b|date\s+de\s+naissance\b|geboortedatum\b"
    r"|nat[oa]\b|data\s+di\s+nascita\b)"
    r"\s*(?:[:–-]|\b(?:on|is|am|le|op|il)\b)?\s*(?:the\s+)?"
)
_DAY_MONTH_YEAR = r"(?P<d1>[0-9]{1,2})(?P<s1>[/.-])(?P<m1>[0-9]{1,2})(?P=s1)(?P<y1>" + _YEAR + ")"
_ISO = r"(?P<y2>[0-9]{4})(?P<s2>[/.-])(?P<m2>[0-9]{1,2})(?P=s2)(?P<d2>[0-9]{1,2})"
_NUMERIC = _NOT_AFTER_NUMBER + f"(?:{_DAY_MONTH_YEAR}|{_ISO})" + _NOT_BEFORE_NUMBER
_DAY_MONTH_NAME = (
    rf"(?<![0-9])(?P<d3>[0-9]{{1,2}})(?:{_ORDINAL}|er|\.)"
    rf"\s+(?:of\s+)?(?P<mon3>{_MONTH}|{_OTHER_MONTH})"
)
_MONTH_NAME_DAY = rf"\b(?P<mon4>{_MONTH})\s+(?P<d4>[0-9]{{1,2}}){_ORDINAL},?"
_WORDY = rf"{_DAY_MONTH_NAME},?\s+(?P<y3>{_YEAR})|{_MONTH_NAME_DAY}\s+(?P<y4>{_YEAR})"
# The cue is an optional prefix of the same pattern, so one pass finds both kinds of
# date and tells them apart by whether the `cue` group took part.
_DATE_RE = re.compile(rf"(?P<cue>{_CUE})?(?:{_NUMERIC}|(?:{_WORDY})(?![0-9]))", re.IGNORECASE)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_year(year_text: str, today: dt.date) -> int:
    """A two-digit year is the latest one that is not in the future ("61" -> 1961)."""
    year = int(year_text)
    if len(year_text) == 4:
        return year
    return 2000 + year if 2000 + year <= today.year else 1900 + year


def _parse_date(m: re.Match[str], today: dt.date) -> tuple[dt.date | None, bool]:
    """(the date, whether its year had two digits) of a _DATE_RE match."""
    if m["d1"]:
        year_text = m["y1"]
        year = _full_year(year_text, today)
        day, month = int(m["d1"]), int(m["m1"])
        # UK order first; month-first only when day-first cannot be a date (12/25/1961).
        parsed = _safe_date(year, month, day) or _safe_date(year, day, month)
    elif m["y2"]:
        year_text = m["y2"]
        parsed = _safe_date(int(year_text), int(m["m2"]), int(m["d2"]))
    else:
        day_text, month_text, year_text = (
            (m["d3"], m["mon3"], m["y3"]) if m["d3"] else (m["d4"], m["mon4"], m["y4"])
        )
        # casefold, because IGNORECASE also lets "ſep" (long s) through
        name = month_text.casefold().rstrip(".")
        month = _OTHER_MONTHS.get(name) or _MONTHS.get(name[:3])
        year = _full_year(year_text, today)
        parsed = _safe_date(year, month, int(day_text)) if month else None
    return parsed, len(year_text) == 2


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class PossibleBirthDate(NamedTuple):
    start: int  # character offsets into the text, end exclusive
    end: int
    after_cue: bool  # right after "DOB", "born", ...; otherwise a full date old enough


def possible_birth_dates(text: str, today: dt.date) -> list[PossibleBirthDate]:
    """The dates in `text` that may be dates of birth, seen from `today`."""
    newest = _years_before(today, MIN_DOB_YEARS_AGO)
    found = []
    for m in _DATE_RE.finditer(text):
        parsed, two_digit_year = _parse_date(m, today)
        after_cue = m["cue"] is not None
        start = m.end("cue") if after_cue else m.start()
        if after_cue:
            if parsed is not None:
                found.append(PossibleBirthDate(start, m.end(), after_cue=True))
        elif (
            parsed is not None
            and not two_digit_year
            and today.year - MAX_AGE_YEARS <= parsed.year
            and parsed <= newest
        ):
            found.append(PossibleBirthDate(start, m.end(), after_cue=False))
    return found
