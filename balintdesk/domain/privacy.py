"""The privacy guard's detection: likely patient identifiers in a reflective note's text.
(Dates of birth are read in privacy_dates; the words that explain findings are in
privacy_words.)

The guard never blocks saving; it underlines what it finds and explains why a reflective
note is better without it. So a false alarm costs a doctor a glance, while a miss costs
nothing worse than today: we lean towards flagging, except where a rule would fire on
ordinary clinical prose all the time (then the doctor learns to ignore the guard).

Rules worth knowing (the tests pin each one):

- NHS number: 10 digits as 3-3-4 with one kind of separator (space or hyphen) or none,
  not touching other digits, passing the modulus-11 check. Failing the check it is not
  an NHS number (it may still be a phone number).
- Date of birth: a full date (day, month and year) at least five years before `today`
  and no more than 120; or any valid date right after "DOB", "D.O.B.", "born" or "date
  of birth" (or "geb.", "geboren", "Geburtsdatum", "né(e)", "date de naissance",
  "geboortedatum", "nato/nata", "data di nascita"; there a two-digit year counts
  too). Numeric dates are read day first (UK), month first only when day first is
  impossible. A year alone is never flagged.
- Postcode: outward code of a real postcode area (SW, M, B, ...) + inward code, any
  case, with or without the space, as a whole token; plus GIR 0AA. An inward code
  written as a lower-case ordinal ("B3 3rd") is prose, not a postcode.
- Phone: UK numbers starting 0 or +44, 10 or 11 digits with the leading 0, grouped by
  spaces or hyphens, the area code optionally in brackets.
- Age: "47-year-old", "47 years old", "six-month-old", "aged 47", "age: 3", "47 yo",
  "47y/o"; "47 Jahre alt", "47-jährige", "im Alter von 47", "âgée de 47 ans", "47 jaar
  oud", "47-jarige", "47enne", "all'età di 47" (a bare "47 ans" or "47 anni" is also "for
  47 years", so it is left alone). Decades ("in her 80s") are *not* flagged: they are
  the coarsening the guidance asks for, and flagging them would nag a doctor who already
  did the right thing.
- Name with a title: Mr, Mrs, Ms, Mx, Miss, Master, Dr, Prof, Professor (dot optional;
  also mr, mrs, ms, mx, dr, prof in lower case), or a German, French, Dutch or Italian
  title (Frau, Herr, Mme, M., Dhr., Mevr., Sig.ra, Dott., ...), and a capitalised name,
  extended over further names and initials ("Dr J. Smith", "Herr Dr. K. Müller").
  "Mrs A" alone is the usual anonymised form and is not flagged.
- Overlaps keep the more specific kind (email > a national number > date > phone >
  postcode > age > name), then the longer match.

Which rules run follows the group's country (ISO 3166 alpha-2): emails, dates of birth,
ages and names with a title everywhere; then the UK's NHS number, postcode and phone for
"GB", Germany's KVNR, postcode and phone for "DE", France's NIR, postcode and phone for
"FR", the Netherlands' BSN, postcode and phone for "NL", Italy's codice fiscale, CAP and
phone for "IT" (those are in privacy_ids.py and privacy_places.py, with their rules).
Any other country, or none, gets every country's rules: a guard that knows no local
number leans towards flagging rather than missing one.

Offsets are Python string indices (code points). Qt's text positions count UTF-16 code
units, so a caller must convert when the text holds characters outside the BMP (emoji).

This module must never log or print the text it is given, nor anything found in it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from balintdesk.domain import privacy_ids, privacy_places, privacy_uk
from balintdesk.domain.privacy_dates import MAX_AGE_YEARS, possible_birth_dates
from balintdesk.domain.privacy_words import (
    AGE,
    BSN,
    CODICE_FISCALE,
    DATE_AFTER_CUE_EXPLANATION,
    DATE_OF_BIRTH,
    DUTCH_POSTCODE_EXPLANATION,
    EMAIL,
    EXPLANATIONS,
    KVNR,
    NHS_NUMBER,
    NIR,
    OLD_DATE_EXPLANATION,
    PHONE,
    POSTCODE,
    POSTCODE_WITH_PLACE_EXPLANATION,
    TITLE_NAME,
)
from balintdesk.domain.words import Words

__all__ = ["COUNTRIES_WITH_RULES", "Finding", "find_identifiers", "nhs_check_digit"]

# When two findings overlap, the higher wins: an email's letters may contain a
# postcode-like token, an NHS number is also a 3-3-4 "phone number", and so on.
_PRIORITY = {
    EMAIL: 7,
    NHS_NUMBER: 6,
    KVNR: 6,
    BSN: 6,
    NIR: 6,
    CODICE_FISCALE: 6,
    DATE_OF_BIRTH: 5,
    PHONE: 4,
    POSTCODE: 3,
    AGE: 2,
    TITLE_NAME: 1,
}


@dataclass(frozen=True)
class Finding:
    start: int  # character offsets into the text, end exclusive
    end: int
    kind: str  # one of privacy_words.KIND_LABELS' keys
    # Kept out of repr so that a Finding logged by mistake does not leak the identifier.
    text: str = field(repr=False)
    explanation: Words  # one calm sentence for the side panel (i18n.say shows it)


# --- NHS numbers ------------------------------------------------------------------------


def nhs_check_digit(nine_digits: str) -> int | None:
    """The NHS number check digit for the first nine digits, or None when the modulus-11
    result is 10 (no NHS number starts with those nine digits)."""
    total = sum(int(d) * w for d, w in zip(nine_digits, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


# The separator is captured and repeated so "943 476-5919" (mixed) is left to the other
# rules; lookarounds keep us out of longer digit runs and decimals ("0.9434765919").
_NHS_RE = re.compile(
    r"(?<![0-9])(?<![0-9]\.)"
    r"(?P<a>[0-9]{3})(?P<sep>[ \u00a0-]?)(?P<b>[0-9]{3})(?P=sep)(?P<c>[0-9]{4})"
    r"(?![0-9])(?!\.[0-9])"
)


def _nhs_numbers(text: str) -> list[Finding]:
    found = []
    for m in _NHS_RE.finditer(text):
        digits = m["a"] + m["b"] + m["c"]
        if nhs_check_digit(digits[:9]) == int(digits[9]):
            found.append(_finding(m.start(), m.end(), NHS_NUMBER, text))
    return found


# --- dates of birth (read in privacy_dates) ---------------------------------------------


def _dates_of_birth(text: str, today: dt.date) -> list[Finding]:
    return [
        _finding(
            date.start,
            date.end,
            DATE_OF_BIRTH,
            text,
            DATE_AFTER_CUE_EXPLANATION if date.after_cue else OLD_DATE_EXPLANATION,
        )
        for date in possible_birth_dates(text, today)
    ]


# --- email addresses --------------------------------------------------------------------

# The lookbehind makes every attempt start at the beginning of a run of name characters,
# which keeps a long text without "@" linear rather than quadratic.
_EMAIL_RE = re.compile(r"(?<![\w.%+'-])[\w.%+'-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")


def _emails(text: str) -> list[Finding]:
    if "@" not in text:
        return []
    return [_finding(m.start(), m.end(), EMAIL, text) for m in _EMAIL_RE.finditer(text)]


# --- ages -------------------------------------------------------------------------------

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_NUMBER_WORDS = f"(?:(?:{_TENS})(?:[ -]?(?:{_UNITS}))?|{_TEENS}|{_UNITS})"
_NUMBER = r"[0-9]{1,3}(?:\.[0-9])?|" + _NUMBER_WORDS
_UNIT = r"(?:years?|yrs?|y|months?|mo|weeks?|wks?|days?)"
_AGE_RE = re.compile(
    "|".join(
        [
            # "47-year-old", "47 years old", "six-month-old", "47yr old"
            rf"(?<![\w.])(?P<n1>{_NUMBER})[ -]*{_UNIT}[ -]*old\b",
            # "47 yo", "47yo", "47 y.o.", "47y/o"
            rf"(?<![\w.])(?P<n2>{_NUMBER}) ?(?:yo\b|y\.o\.?|y/o\b)",
            # "aged 47", "age 3", "age: 3", "at the age of 47", "aged 47 years"
            rf"\bage[ds]?\b(?: of)?:? *(?P<n3>{_NUMBER})(?![0-9])"
            r"(?: (?:years?|months?|weeks?)(?: old)?\b)?",
            # "47 Jahre alt", "47-jährige", "47 jaar oud", "47-jarige", "47enne"
            r"(?<![\w.])(?P<n4>[0-9]{1,3})(?:[ -]?(?:Jahre alt|jährig|jaar oud|jarig)|enne)"
            r"(?:e[nmrs]?)?\b",
            # "im Alter von 47", "âgée de 47 ans", "op 47-jarige leeftijd", "all'età di 47"
            r"\b(?:im Alter von|âgée?s? de|all['’]età di)\s+(?P<n5>[0-9]{1,3})(?![0-9])"
            r"(?:\s+(?:Jahren|ans|anni)\b)?",
        ]
    ),
    re.IGNORECASE,
)


def _ages(text: str) -> list[Finding]:
    found = []
    for m in _AGE_RE.finditer(text):
        number = m["n1"] or m["n2"] or m["n3"] or m["n4"] or m["n5"]
        # "aged 300" is no age (number words stop at ninety-nine).
        if number[0].isdigit() and float(number) > MAX_AGE_YEARS:
            continue
        found.append(_finding(m.start(), m.end(), AGE, text))
    return found


# --- names with a title -----------------------------------------------------------------

# Case matters: capitalised titles, and lower case only where the word is nothing else
# ("miss" and "master" are verbs; all-caps "MS" and "MR" are multiple sclerosis and
# mitral regurgitation).
# The languages BalintDesk speaks add theirs, capitalised only ("Frau", "Mme", "Dhr.",
# "Sig.ra"); "Fr.", "Hr." and "M." only with their dot. Titles may follow each other
# ("Herr Dr. Müller", "Frau Prof. Dr. Schmidt").
_TITLES = (
    "Mrs|Mr|Ms|Mx|Miss|Master|Dr|Professor|Prof|mrs|mr|ms|mx|dr|prof"
    "|Frau|Herrn|Herr|Madame|Mme|Mademoiselle|Mlle|Monsieur|Mevrouw|Mevr|Mw|Meneer|Dhr"
    r"|Sig\.ra|Dott\.ssa|Prof\.ssa|Signora|Signor|Sigg|Sig|Dottoressa|Dottore|Dott"
)
_PARTICLE_WORDS = "van de der den ter ten von zu di da del della le la"
_TITLE_RE = re.compile(
    rf"(?<![\w'’.-])(?:(?:(?:{_TITLES})\.?|Fr\.|Hr\.|M\.)\s+)+"
    # Surname particles stay in lower case: "Mevr. de Vries", "Herr von Arnim".
    rf"(?:(?:{'|'.join(_PARTICLE_WORDS.split())})\s+)*"
    r"(?P<name>[^\W\d_]+(?:['’-][^\W\d_]+)*)"
)
# Further names stay on the same line; a dot is allowed only after an initial.
_NEXT_NAME_RE = re.compile(r"(?P<dot>\.?)[ \t\u00a0]+(?P<name>[^\W\d_]+(?:['’-][^\W\d_]+)*)")
_MAX_NAME_WORDS = 4
# Capitalised words that start sentences, not names: "I spoke to the Dr. Then she ..."
_NOT_NAME_WORDS = (
    "An And As At But By For From He Her Hers His How If In It Its My No Not Of On Or "
    "Our She So That The Their Then There These They This Those To We What When Where Who "
    "Why With Yes You Your Mitte Anfang Ende"
)
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
_PARTICLES = frozenset(_PARTICLE_WORDS.split())


def _is_name_word(word: str) -> bool:
    # A single capital is an initial ("A", "I" included): it counts only before a name.
    return word[0].isupper() and (len(word) == 1 or word not in _NOT_NAMES)


def _title_names(text: str) -> list[Finding]:
    found = []
    for m in _TITLE_RE.finditer(text):
        first = m["name"]
        if not _is_name_word(first) or first in _PARTICLES:
            continue
        words, end, last_full_end = [first], m.end(), None
        if len(first) > 1:
            last_full_end = end
        while len(words) < _MAX_NAME_WORDS:
            nxt = _NEXT_NAME_RE.match(text, end)
            if nxt is None or not _is_name_word(nxt["name"]):
                break
            if nxt["dot"] and len(words[-1]) > 1:
                break  # a full stop after a full name ends the sentence
            words.append(nxt["name"])
            end = nxt.end()
            if len(nxt["name"]) > 1:
                last_full_end = end
        # Initials count only before a name: "Mrs A" is already anonymised.
        if last_full_end is not None:
            found.append(_finding(m.start(), last_full_end, TITLE_NAME, text))
    return found


# --- other countries (privacy_ids, privacy_places) --------------------------------------


def _spans(kind: str, spans, explanation: Words | None = None):
    """A detector from a function giving (start, end) spans."""

    def detect(text: str) -> list[Finding]:
        return [_finding(start, end, kind, text, explanation) for start, end in spans(text)]

    return detect


_FIVE_DIGIT_POSTCODES = _spans(
    POSTCODE, privacy_places.five_digit_postcode_spans, POSTCODE_WITH_PLACE_EXPLANATION
)
_COUNTRY_RULES = {
    "GB": (
        _nhs_numbers,
        _spans(POSTCODE, privacy_uk.postcode_spans),
        _spans(PHONE, privacy_uk.phone_spans),
    ),
    "DE": (
        _spans(KVNR, privacy_ids.kvnr_spans),
        _FIVE_DIGIT_POSTCODES,
        _spans(PHONE, privacy_places.german_phone_spans),
    ),
    "FR": (
        _spans(NIR, privacy_ids.nir_spans),
        _FIVE_DIGIT_POSTCODES,
        _spans(PHONE, privacy_places.french_phone_spans),
    ),
    "NL": (
        _spans(BSN, privacy_ids.bsn_spans),
        _spans(POSTCODE, privacy_places.dutch_postcode_spans, DUTCH_POSTCODE_EXPLANATION),
        _spans(PHONE, privacy_places.dutch_phone_spans),
    ),
    "IT": (
        _spans(CODICE_FISCALE, privacy_ids.codice_fiscale_spans),
        _FIVE_DIGIT_POSTCODES,
        _spans(PHONE, privacy_places.italian_phone_spans),
    ),
}
COUNTRIES_WITH_RULES = frozenset(_COUNTRY_RULES)
_EVERY_COUNTRY = tuple(dict.fromkeys(rule for rules in _COUNTRY_RULES.values() for rule in rules))


def _rules_for(country: str | None):
    return _COUNTRY_RULES.get((country or "").upper(), _EVERY_COUNTRY)


# --- putting it together ----------------------------------------------------------------


def _finding(
    start: int, end: int, kind: str, text: str, explanation: Words | None = None
) -> Finding:
    return Finding(start, end, kind, text[start:end], explanation or EXPLANATIONS[kind])


def find_identifiers(
    text: str, *, today: dt.date | None = None, country: str | None = None
) -> list[Finding]:
    """Likely patient identifiers in `text`, sorted by start and never overlapping.

    `today` decides which dates are old enough to be dates of birth (default: the
    computer's date). `country` (ISO 3166 alpha-2, the group's) chooses the national
    rules; a country without rules of its own, or None, gets every country's.
    """
    today = today or dt.date.today()
    candidates = [
        *_emails(text),
        *_dates_of_birth(text, today),
        *_ages(text),
        *_title_names(text),
    ]
    for rule in _rules_for(country):
        candidates += rule(text)
    candidates.sort(key=lambda f: (-_PRIORITY[f.kind], f.start - f.end, f.start))
    # Kept findings never overlap, so sorted by start only the neighbours can collide.
    kept: list[Finding] = []
    starts: list[int] = []
    for candidate in candidates:
        i = bisect.bisect_left(starts, candidate.start)
        if (i > 0 and kept[i - 1].end > candidate.start) or (
            i < len(kept) and kept[i].start < candidate.end
        ):
            continue
        starts.insert(i, candidate.start)
        kept.insert(i, candidate)
    return kept
