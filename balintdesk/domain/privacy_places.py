"""Postcodes and phone numbers of Germany, France, the Netherlands and Italy, for the
privacy guard (the UK's are in privacy.py).

Rules worth knowing (tests/domain/test_privacy_countries.py pins each one):

- Five-digit postcodes (DE Postleitzahl, FR code postal, IT CAP) look like any other
  five-digit number ("10000 steps", "50000 IE"), so one alone is never flagged. It is
  flagged in the context an address gives it: after a cue ("PLZ", "Postleitzahl", "CP",
  "code postal", "CAP"), with a country prefix ("D-10115", "F-75011", "I-00184"), or
  followed by a place name: a capitalised word ("10115 Berlin", "75011 Paris", "00184
  Roma", "75011 PARIS") that is not a unit or a common counted noun ("Euro", "IE",
  "Schritte", ...), the number not a round thousand ("12000 Zellen": German capitalises
  every noun). The same rule serves all three countries.
- Dutch postcode: four digits (the first not 0), an optional space and two capital
  letters ("1234 AB", "1234AB"), as a whole token; SA, SD and SS are never issued, and
  units and common abbreviations ("1000 IE", "2019 EU", "1030 AM") are left alone.
- Phones: German 0 + area code + number (9 to 12 digits with the 0), grouped by spaces
  or hyphens, one slash after the area code ("030/1234567"), or +49/0049 without the 0
  ("+49 30 1234567", "+49 (0)30 1234567"); French 0X XX XX XX XX (spaces, dots, hyphens,
  the same throughout, or none) or +33 X XX XX XX XX; Dutch ten digits with the 0
  ("06-12345678", "020 123 4567") or +31 without it; Italian +39 and 6 to 11 digits (the
  0 of a landline stays: "+39 06 1234 5678"), or without +39 a landline of 9 to 11
  digits from 0 or a mobile of ten from 3 ("347 123 4567").

Like privacy.py, it must never log or print the text it is given, nor anything found in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["FIVE_DIGIT_POSTCODE_COUNTRIES", "dutch_postcode_spans", "five_digit_postcode_spans"]

Span = tuple[int, int]
FIVE_DIGIT_POSTCODE_COUNTRIES = ("DE", "FR", "IT")

# --- five-digit postcodes ---------------------------------------------------------------

_CUE = r"(?:PLZ|Postleitzahl|CP|C\.P\.|code\s+postal|CAP|C\.A\.P\.)\s*:?\s*"
# What follows a counted number more often than a place does (compared case-folded).
_NOT_PLACE_WORDS = """
    euro euros eur dollar dollars pfund franken chf ie iu ui mg ml kg km cm mm mmol
    einwohner einwohnerinnen menschen personen patienten patientinnen fälle mal schritte
    einheiten jahre tage stunden minuten meter kilometer punkte euro-scheine exemplare
    habitants personnes patients fois pas unités ans jours abitanti persone pazienti
    volte passi unità anni giorni steps units people patients times years days
"""
_NOT_PLACES = frozenset(_NOT_PLACE_WORDS.split())
_FIVE_DIGIT_RE = re.compile(
    r"(?<![\w.,/-])"
    rf"(?:(?P<cue>{_CUE})|(?P<prefix>[DFI]-))?"
    r"(?P<code>[0-9]{5})(?!\w)(?![.,/-][0-9])"
    r"(?:[ \u00a0]+(?P<place>[^\W\d_][^\W\d_'’-]*))?",
    re.IGNORECASE,
)


def five_digit_postcode_spans(text: str) -> list[Span]:
    found = []
    for m in _FIVE_DIGIT_RE.finditer(text):
        place = m["place"]
        is_place = (
            place is not None
            and len(place) > 1
            and place[0].isupper()
            and place.casefold() not in _NOT_PLACES
        )
        if m["cue"] is None and m["prefix"] is None and (not is_place or m["code"].endswith("000")):
            continue  # a round number before a noun is a count ("12000 Zellen")
        if m["prefix"] is not None and m["prefix"][0].islower():
            continue  # "d-12345" is no country prefix
        start = m.start("code") if m["cue"] is not None else m.start()
        found.append((start, m.end("place") if is_place else m.end("code")))
    return found


# --- Dutch postcodes --------------------------------------------------------------------

_DUTCH_NOT_LETTER_PAIRS = (
    "SA SD SS AM PM IE IU UI MG ML KG KM CM MM GP ED EU UK US OK NL DE FR IT BE AD BC CE VS HB BP"
)
_DUTCH_NOT_LETTERS = frozenset(_DUTCH_NOT_LETTER_PAIRS.split())
_DUTCH_RE = re.compile(r"(?<![\w.,])[1-9][0-9]{3}(?P<space>[ \u00a0]?)(?P<letters>[A-Z]{2})(?!\w)")


def dutch_postcode_spans(text: str) -> list[Span]:
    return [m.span() for m in _DUTCH_RE.finditer(text) if m["letters"] not in _DUTCH_NOT_LETTERS]


# --- phone numbers ----------------------------------------------------------------------


@dataclass(frozen=True)
class PhonePlan:
    """How one country writes phone numbers, for numbers in digit groups."""

    country_code: str
    national_start: str  # a lookahead pattern: where a national number starts ("0[1-9]")
    lengths: range  # digits of a national number, its leading 0 included
    international_start: str = "[1-9]"  # the first digit after +CC
    keeps_zero: bool = False  # Italy: "+39 06 ..." keeps the landline's 0
    separators: str = r" \u00a0"  # and the hyphen
    slash_once: bool = False  # German "030/1234567"

    def candidates(self) -> re.Pattern[str]:
        sep = f"[{self.separators}{'/' if self.slash_once else ''}-]"
        return re.compile(
            r"(?<![\w+/.,])"
            rf"(?:(?P<intl>(?:\+|00){self.country_code}{sep}?(?:\(0\){sep}?)?)"
            rf"(?={self.international_start})"
            rf"|(?P<paren>\()?(?={self.national_start}))"
            rf"(?P<body>[0-9]+(?:(?:\){sep}?|{sep})[0-9]+)*)"
        )


GERMAN_PHONES = PhonePlan("49", "0[1-9]", range(9, 13), slash_once=True)
DUTCH_PHONES = PhonePlan("31", "0[1-9]", range(10, 11))
ITALIAN_PHONES = PhonePlan(
    "39", "0[1-9]|3[0-9]{9}(?![0-9])|3[0-9]{2}[ \u00a0-]", range(9, 12), "[03]", True
)
_ITALIAN_INTERNATIONAL = range(6, 12)
_GROUP_RE = re.compile(r"[0-9]+")


def _phone_span(plan: PhonePlan, m: re.Match[str]) -> Span | None:
    """Where the number in a candidate starts and ends (the longest that fits)."""
    if m["intl"]:
        wanted = (
            _ITALIAN_INTERNATIONAL
            if plan.keeps_zero
            else range(plan.lengths.start - 1, plan.lengths.stop - 1)
        )
    elif plan.keeps_zero and m.string.startswith("3", m.start("body")):
        wanted = range(10, 11)  # an Italian mobile without +39
    else:
        wanted = plan.lengths
    text, body_start = m.string, m.start("body")
    digits, last_end, best, slashes = 0, body_start, None, 0
    for index, group in enumerate(_GROUP_RE.finditer(text, body_start, m.end("body"))):
        between = text[last_end : group.start()]
        if index > 0 and ")" in between and not (index == 1 and m["paren"]):
            break  # a bracket closes only an opened area code
        slashes += "/" in between
        if slashes > 1 or (slashes == 1 and index > 1 and "/" in between):
            break  # the slash comes once, right after the area code
        digits += len(group[0])
        if digits > wanted.stop - 1:
            break
        if digits in wanted:
            best = group.end()
        last_end = group.end()
    if best is None:
        return None
    if m["paren"] and ")" not in text[body_start:best]:
        return body_start, best
    return m.start(), best


def _plan_spans(plan: PhonePlan, pattern: re.Pattern[str], text: str) -> list[Span]:
    return [span for m in pattern.finditer(text) if (span := _phone_span(plan, m)) is not None]


_GERMAN_RE = GERMAN_PHONES.candidates()
_DUTCH_RE_PHONE = DUTCH_PHONES.candidates()
_ITALIAN_RE = ITALIAN_PHONES.candidates()
# French numbers have a fixed shape: 0 and nine digits, in pairs after the first.
_FRENCH_RE = re.compile(
    r"(?<![\w+/.,])"
    r"(?:(?:\+|00)33[ \u00a0]?(?:\(0\)[ \u00a0]?)?|0)[1-9]"
    r"(?P<s>[ \u00a0.-]?)[0-9]{2}(?:(?P=s)[0-9]{2}){3}"
    r"(?![0-9])(?![ \u00a0.-][0-9])"
)


def german_phone_spans(text: str) -> list[Span]:
    return _plan_spans(GERMAN_PHONES, _GERMAN_RE, text)


def dutch_phone_spans(text: str) -> list[Span]:
    return _plan_spans(DUTCH_PHONES, _DUTCH_RE_PHONE, text)


def italian_phone_spans(text: str) -> list[Span]:
    return _plan_spans(ITALIAN_PHONES, _ITALIAN_RE, text)


def french_phone_spans(text: str) -> list[Span]:
    return [m.span() for m in _FRENCH_RE.finditer(text)]
