"""A member's professional numbers: which kinds there are, how each is written, and the
check each issuer publishes, so that a mistyped number is caught when it is entered.

Every number is optional and never required. It is personal data: it belongs on that
member's own certificate and nowhere else, so no sentence here repeats the number (an
error's English text goes to the log).

The kinds, and what their issuers publish:

- "efn", Germany's uniform CME number (Einheitliche Fortbildungsnummer), issued by the
  state medical chambers: 15 digits. Digits 1-2 are the professional group (80 for
  doctors), 3-5 the country by ISO 3166 (276 for Germany), 6-8 the chamber, 9-14 a
  running number carrying no meaning, and digit 15 a check digit by the Luhn formula.
  Sources: Bundesärztekammer, EIV, "Allgemeine Informationen zum EIV"
  (http://www.eiv-fobi.de/allgemeines: "Die EFN ist 15-stellig ... 276 steht dabei für
  Deutschland ..."); Bayerische Landesärztekammer, FAQ Fortbildungspunkte
  (http://www.blaek.de/fortbildung/fortbildungspunkte/faqs1.cfm, FAQ 242: "Die letzte
  Ziffer ist eine Prüfziffer, die sich aus den vorangegangenen Ziffern durch Anwendung
  der sog. ‚Luhn-Formel' ergibt"; 090 is that chamber's own code). The number therefore
  *contains* 276 at digits 3-5; it does not begin with it.
- "gmc", the UK General Medical Council's reference number: 7 digits. The GMC publishes
  no check digit (the List of Registered Medical Practitioners is the check), so only
  the form is checked.
- "big", the Dutch BIG-registratienummer (CIBG, BIG-register): 11 digits. The CIBG
  publishes no check-digit rule. One public validator applies a weighted modulus-11
  check to it (github.com/presisnl/bignumber-validator.js), but that rule is not the
  issuer's and is not documented by it, so refusing a real number on its word would be
  worse than letting a typo through: only the form is checked.
- "rpps", the French Répertoire Partagé des Professionnels de Santé number (Agence du
  Numérique en Santé): 11 digits, the last a Luhn key. Checked against numbers the public
  Annuaire Santé lists (e.g. 10005173140, 10002727377), both of which pass.

Italy: a doctor's number is their registration on a provincial Order's roll (albo), with
no national format or check digit documented, so no Italian kind is offered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from balintdesk.domain.words import Words, WordsError

__all__ = [
    "COUNTRY_KINDS",
    "KINDS",
    "RECOGNITION_MAX_LENGTH",
    "IdentifierKind",
    "kind",
    "kinds_in_order",
    "luhn_is_valid",
    "normalise",
    "problem",
    "recognition_problem",
    "validated",
]

CONTEXT = "MemberNumbers"
RECOGNITION_MAX_LENGTH = 120


@dataclass(frozen=True)
class IdentifierKind:
    """One kind of professional number: its key (stored in MemberIdentifier.kind), the
    name a person knows it by, a hint for the empty field, its length in digits and the
    country (ISO 3166 alpha-2) that issues it."""

    key: str
    label: Words
    hint: Words
    digits: int
    country: str


KINDS: dict[str, IdentifierKind] = {
    "efn": IdentifierKind(
        "efn",
        Words("MemberNumbers", "EFN (uniform CME number)"),
        Words("MemberNumbers", "15 digits, as on the EFN card"),
        15,
        "DE",
    ),
    "gmc": IdentifierKind(
        "gmc",
        Words("MemberNumbers", "GMC reference number"),
        Words("MemberNumbers", "7 digits, as on the GMC register"),
        7,
        "GB",
    ),
    "big": IdentifierKind(
        "big",
        Words("MemberNumbers", "BIG number"),
        Words("MemberNumbers", "11 digits, as on the BIG register"),
        11,
        "NL",
    ),
    "rpps": IdentifierKind(
        "rpps",
        Words("MemberNumbers", "RPPS number"),
        Words("MemberNumbers", "11 digits, as on the CPS card"),
        11,
        "FR",
    ),
}

# Which kinds a group in each country asks about first.
COUNTRY_KINDS: dict[str, tuple[str, ...]] = {}
for _kind in KINDS.values():
    COUNTRY_KINDS.setdefault(_kind.country, ())
    COUNTRY_KINDS[_kind.country] += (_kind.key,)


def kind(key: str) -> IdentifierKind:
    """The kind called `key`; KeyError for one BalintDesk does not know."""
    return KINDS[key]


def kinds_in_order(country: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the kinds of the group's `country`, the others), each in KINDS' order."""
    own = COUNTRY_KINDS.get(country.upper(), ())
    return own, tuple(key for key in KINDS if key not in own)


_SEPARATORS = re.compile(r"[\s\u00a0\u202f\-\u2010-\u2015.]")


def normalise(text: str) -> str:
    """The number as stored: spaces, dashes and dots (as people group digits) removed."""
    return _SEPARATORS.sub("", text)


def luhn_is_valid(digits: str) -> bool:
    """Whether `digits` (check digit last) pass the Luhn formula (ISO/IEC 7812-1, Annex
    B): from the right, every second digit doubled, 9 taken off a two-digit result, the
    sum a multiple of 10."""
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


# Each sentence is a literal, for the catalogue's extractor.
_FORM = {
    "efn": Words(
        "MemberNumbers", "An EFN has 15 digits and nothing else: please check the number."
    ),
    "gmc": Words(
        "MemberNumbers", "A GMC reference number has 7 digits and nothing else: please check it."
    ),
    "big": Words("MemberNumbers", "A BIG number has 11 digits and nothing else: please check it."),
    "rpps": Words(
        "MemberNumbers", "An RPPS number has 11 digits and nothing else: please check it."
    ),
}
_CHECK_DIGIT = {
    "efn": Words(
        "MemberNumbers", "This EFN's check digit is wrong: please check the number on the EFN card."
    ),
    "rpps": Words(
        "MemberNumbers",
        "This RPPS number's check digit is wrong: please check it on the CPS card.",
    ),
}
_NOT_GERMAN = Words(
    "MemberNumbers",
    "This is not a German EFN: digits 3 to 5 of every EFN are 276. Please check the number.",
)


def problem(key: str, text: str) -> Words | None:
    """Why `text` is not a number of kind `key`, or None when it is one or is empty (an
    empty field means "none")."""
    number = normalise(text)
    if not number:
        return None
    spec = kind(key)
    if len(number) != spec.digits or not number.isascii() or not number.isdigit():
        return _FORM[key]
    if key == "efn" and number[2:5] != "276":
        return _NOT_GERMAN
    if key in _CHECK_DIGIT and not luhn_is_valid(number):
        return _CHECK_DIGIT[key]
    return None


def validated(key: str, text: str) -> str:
    """`text` as stored (normalised; "" for none); WordsError saying what is wrong."""
    found = problem(key, text)
    if found is not None:
        raise WordsError(found)
    return normalise(text)


def recognition_problem(text: str) -> Words | None:
    """Why `text` cannot be a leader's recognition ("Ärztekammer Nordrhein"), or None: it
    is printed on one line of a certificate, so one line, and not too long for it."""
    if "\n" in text.strip() or "\r" in text.strip():
        return Words("MemberNumbers", "Write the recognition on one line.")
    if len(" ".join(text.split())) > RECOGNITION_MAX_LENGTH:
        return Words(
            "MemberNumbers",
            "Keep the recognition to {limit} characters or fewer.",
            {"limit": RECOGNITION_MAX_LENGTH},
        )
    return None
