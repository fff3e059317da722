"""The UK's postcodes and phone numbers, for the privacy guard (the rules are in
privacy.py's docstring, with the NHS number's; other countries' are in privacy_places.py).

Like privacy.py, it must never log or print the text it is given, nor anything found in it.
"""

from __future__ import annotations

import re

__all__ = ["phone_spans", "postcode_spans"]

Span = tuple[int, int]


# --- postcodes --------------------------------------------------------------------------

# The real postcode areas (plus BF for BFPO and BX, non-geographic): requiring one is what
# keeps tokens like "h2 2nd" or "x12 5th" from looking like postcodes.
_AREA_TABLE = (
    "AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH "
    "DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA "
    "KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO "
    "PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W "
    "WA WC WD WF WN WR WS WV YO ZE"
)
_AREAS = _AREA_TABLE.split()
# Inward codes never use C, I, K, M, O or V; that also keeps "10mg" and "5ml" out. The
# inward code is always the last three characters, so without the space the split is
# still unambiguous. The first lookahead is a cheap test that spares most words the
# 124-way alternation.
_POSTCODE_RE = re.compile(
    r"(?<![^\W_])(?=[A-Z]{1,2}[0-9])(?:"
    + "|".join(sorted(_AREAS, key=len, reverse=True))
    + r")[0-9][0-9A-Z]?[ \u00a0]?[0-9][ABD-HJLNP-UW-Z]{2}(?![^\W_])"
    r"|(?<![^\W_])GIR[ \u00a0]?0AA(?![^\W_])",
    re.IGNORECASE,
)


_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


def postcode_spans(text: str) -> list[Span]:
    # "bay B3 3rd bed": an inward code written in lower case as an ordinal is prose.
    return [m.span() for m in _POSTCODE_RE.finditer(text) if m[0][-2:] not in _ORDINAL_SUFFIXES]


# --- phone numbers ----------------------------------------------------------------------

# A candidate is a run of digit groups; _phone_span then picks how many groups make a
# UK number, so "0161 496 0000 12 times" still yields "0161 496 0000".
_PHONE_RE = re.compile(
    r"(?<![\w+])"
    r"(?:(?P<intl>\+44[ \u00a0-]?(?:\(0\)[ \u00a0-]?)?)(?=[1-9])|(?P<paren>\()?(?=0[1-9]))"
    r"(?P<body>[0-9]+(?:(?:\)[ \u00a0-]?|[ \u00a0-])[0-9]+)*)"
)
_PHONE_GROUP_RE = re.compile(r"[0-9]+")
_NATIONAL_DIGITS = (10, 11)  # counting the leading 0


def _phone_span(m: re.Match[str]) -> tuple[int, int] | None:
    """Where the UK number in a candidate starts and ends (the longest that fits)."""
    wanted = tuple(n - 1 for n in _NATIONAL_DIGITS) if m["intl"] else _NATIONAL_DIGITS
    text, body_start = m.string, m.start("body")
    digits, last_end, best = 0, body_start, None
    groups = _PHONE_GROUP_RE.finditer(text, body_start, m.end("body"))
    for index, group in enumerate(groups):
        # A bracket closes only an opened area code, right after it: "(01632) 960 001".
        closes = index > 0 and ")" in text[last_end : group.start()]
        if closes and not (index == 1 and m["paren"]):
            break
        digits += len(group[0])
        if digits > max(wanted):
            break
        if digits in wanted:
            best = group.end()
        last_end = group.end()
    if best is None:
        return None
    if m["paren"] and ")" not in text[body_start:best]:
        # "(0161 496 0000)": the bracket is the sentence's, not the area code's.
        return body_start, best
    return m.start(), best


def phone_spans(text: str) -> list[Span]:
    return [span for m in _PHONE_RE.finditer(text) if (span := _phone_span(m)) is not None]
