"""National identifiers the privacy guard knows beyond the NHS number, each with the check
its issuer specifies, so that a number failing the check is left alone.

- German health-insurance number (KVNR, Krankenversichertennummer): a capital letter and
  nine digits, the last a check digit.
- Dutch citizen service number (BSN, burgerservicenummer): nine digits passing the
  eleven-test (elfproef).
- French social-security number (NIR, numéro d'inscription au répertoire, "numéro de
  sécurité sociale"): thirteen characters and a two-digit key.
- Italian tax code (codice fiscale): sixteen letters and digits, the last a check letter.

Each `*_spans(text)` gives (start, end) character offsets of the candidates that pass;
privacy.py turns them into findings. Like privacy.py, this module must never log or print
the text it is given, nor anything found in it.
"""

from __future__ import annotations

import re

__all__ = [
    "bsn_is_valid",
    "bsn_spans",
    "codice_fiscale_check_letter",
    "codice_fiscale_spans",
    "kvnr_check_digit",
    "kvnr_spans",
    "nir_key",
    "nir_spans",
]

Span = tuple[int, int]
_NOT_WORD_BEFORE = r"(?<![^\W_])"
_NOT_WORD_AFTER = r"(?![^\W_])"


def _digit_sum(number: int) -> int:
    return sum(int(d) for d in str(number))


# --- KVNR (Germany) ---------------------------------------------------------------------
# GKV-Spitzenverband, "Richtlinien für die Vergabe der Krankenversichertennummer nach
# § 290 SGB V", Anlage 1 (Prüfziffernberechnung): the unchangeable part of the number is
# a capital letter and nine digits. The letter is replaced by its two-digit position in
# the alphabet (A = 01 ... Z = 26), which with the next eight digits gives ten digits;
# these are multiplied by the weights 1, 2, 1, 2, ...; two-digit products are replaced by
# their digit sum; the check digit (the tenth character) is the sum modulo 10.
# Example from the same method: A123456780 (0·1, 1·2, 1·1, 2·2, ... sums to 40).


def kvnr_check_digit(letter: str, eight_digits: str) -> int:
    """The KVNR check digit for a letter and the next eight digits."""
    digits = f"{ord(letter.upper()) - ord('A') + 1:02d}" + eight_digits
    products = (int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(digits))
    return sum(_digit_sum(p) for p in products) % 10


_KVNR_RE = re.compile(_NOT_WORD_BEFORE + r"(?P<letter>[A-Z])(?P<digits>[0-9]{9})" + _NOT_WORD_AFTER)


def kvnr_spans(text: str) -> list[Span]:
    return [
        m.span()
        for m in _KVNR_RE.finditer(text)
        if kvnr_check_digit(m["letter"], m["digits"][:8]) == int(m["digits"][8])
    ]


# --- BSN (the Netherlands) --------------------------------------------------------------
# Wet algemene bepalingen burgerservicenummer; RvIG, "Logisch Ontwerp BSN" (the
# elfproef): with digits d1..d9, 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8
# − 1·d9 must be divisible by 11 (and not 0). Written as nine digits, or grouped
# 1234.56.789 / 123 456 789. Example: 111222333 (9+8+7+12+10+8+9+6−3 = 66).

_BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def bsn_is_valid(nine_digits: str) -> bool:
    if len(nine_digits) != 9 or not nine_digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(nine_digits, _BSN_WEIGHTS, strict=True))
    return total != 0 and total % 11 == 0


_BSN_RE = re.compile(
    r"(?<![0-9])(?<![0-9][.,])"
    r"(?:[0-9]{9}|[0-9]{4}\.[0-9]{2}\.[0-9]{3}|[0-9]{3}[ \u00a0][0-9]{3}[ \u00a0][0-9]{3})"
    r"(?![0-9])(?![.,][0-9])"
)


def bsn_spans(text: str) -> list[Span]:
    return [m.span() for m in _BSN_RE.finditer(text) if bsn_is_valid(re.sub(r"\D", "", m[0]))]


# --- NIR (France) -----------------------------------------------------------------------
# INSEE, "Numéro d'inscription au répertoire (NIR)": sex (1 digit), year (2), month (2),
# département (2, "2A"/"2B" for Corsica), commune (3), order number (3), then a key of
# two digits = 97 − (the 13-digit number mod 97). For Corsica the number is read with
# 2A as 19 and 2B as 18 before taking the modulus. Written in one run or grouped
# "1 84 12 76 451 089 46". Examples: 1 84 12 76 451 089 (key 46), 2 69 05 2A 123 456
# (key computed with 19 in place of 2A).

_NIR_RE = re.compile(
    r"(?<![0-9])(?<![0-9][ \u00a0])"
    r"(?P<sex>[12378])[ \u00a0]?(?P<year>[0-9]{2})[ \u00a0]?(?P<month>[0-9]{2})[ \u00a0]?"
    r"(?P<dept>[0-9]{2}|2[AB])[ \u00a0]?(?P<commune>[0-9]{3})[ \u00a0]?"
    r"(?P<order>[0-9]{3})[ \u00a0]?(?P<key>[0-9]{2})"
    r"(?![0-9])(?![ \u00a0][0-9])",
    re.IGNORECASE,
)


def nir_key(thirteen: str) -> int:
    """The key of a NIR's first thirteen characters (Corsica's 2A/2B included)."""
    number = thirteen.upper().replace("2A", "19").replace("2B", "18")
    return 97 - int(number) % 97


def nir_spans(text: str) -> list[Span]:
    found = []
    for m in _NIR_RE.finditer(text):
        thirteen = m["sex"] + m["year"] + m["month"] + m["dept"] + m["commune"] + m["order"]
        # Months 01-12, or 20-42 and 50-99 for people born abroad with no known month.
        month = int(m["month"])
        if not (1 <= month <= 12 or 20 <= month <= 42 or month >= 50):
            continue
        if nir_key(thirteen) == int(m["key"]):
            found.append(m.span())
    return found


# --- codice fiscale (Italy) -------------------------------------------------------------
# Decreto del Ministro delle Finanze, 23 dicembre 1976, "Sistemi di codificazione dei
# soggetti da iscrivere all'anagrafe tributaria" (and DM 12 marzo 1974): three letters for
# the surname, three for the name, two digits for the year, a letter for the month
# (A B C D E H L M P R S T), two digits for the day (+40 for women), a letter and three
# digits for the place of birth, and a check letter. The characters in odd positions
# (1st, 3rd, ...) count by the odd table below, those in even positions by their value
# (0-9, A = 0 ... Z = 25); the check letter is the sum mod 26 as a letter. Where two
# people would get the same code (omocodia) digits are replaced by L M N P Q R S T U V.
# Example: RSSMRA85T10A562S.

_ODD_DIGITS = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21)  # 0-9, and A-J alike
_ODD_K_TO_Z = (2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23)
_ODD_VALUES = dict(
    zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", _ODD_DIGITS * 2 + _ODD_K_TO_Z, strict=True)
)


def _even_value(char: str) -> int:
    return int(char) if char.isdigit() else ord(char) - ord("A")


def codice_fiscale_check_letter(fifteen: str) -> str:
    """The check letter of a codice fiscale's first fifteen characters."""
    fifteen = fifteen.upper()
    total = sum(_ODD_VALUES[c] if i % 2 == 0 else _even_value(c) for i, c in enumerate(fifteen))
    return chr(ord("A") + total % 26)


_CF_DIGIT = "[0-9LMNPQRSTUV]"
_CODICE_FISCALE_RE = re.compile(
    _NOT_WORD_BEFORE
    + rf"[A-Z]{{6}}{_CF_DIGIT}{{2}}[ABCDEHLMPRST]{_CF_DIGIT}{{2}}[A-Z]{_CF_DIGIT}{{3}}[A-Z]"
    + _NOT_WORD_AFTER,
    re.IGNORECASE,
)


def codice_fiscale_spans(text: str) -> list[Span]:
    return [
        m.span()
        for m in _CODICE_FISCALE_RE.finditer(text)
        if codice_fiscale_check_letter(m[0][:15]) == m[0][15].upper()
    ]
