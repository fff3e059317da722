"""The country a group meets in, for the privacy guard: the codes offered, and a first
guess for a new group from the computer's time zone and the user's language.

Codes are ISO 3166-1 alpha-2 ("DE", "FR", ...); "ZZ" (the code CLDR uses for an unknown
region) stands for any other country. The guard's rules for each country are in
privacy.py: a country without rules of its own gets every country's.
"""

from __future__ import annotations

import re

__all__ = ["COUNTRIES", "OTHER", "guess_country", "is_country_code"]

OTHER = "ZZ"
# The countries offered, in the order of the form's list; OTHER comes last.
COUNTRIES = (
    "GB", "IE", "DE", "AT", "CH", "FR", "BE", "LU", "NL", "IT",
    "ES", "PT", "DK", "SE", "NO", "FI", "PL", "US", "CA", "AU", "NZ", OTHER,
)  # fmt: skip

# Time zones (IANA) that name one country; the first guess, being the most precise.
_ZONE_COUNTRIES = {
    "Europe/London": "GB", "Europe/Belfast": "GB", "Europe/Dublin": "IE",
    "Europe/Berlin": "DE", "Europe/Busingen": "DE", "Europe/Vienna": "AT",
    "Europe/Zurich": "CH", "Europe/Paris": "FR", "Europe/Brussels": "BE",
    "Europe/Luxembourg": "LU", "Europe/Amsterdam": "NL", "Europe/Rome": "IT",
    "Europe/Madrid": "ES", "Europe/Lisbon": "PT", "Europe/Copenhagen": "DK",
    "Europe/Stockholm": "SE", "Europe/Oslo": "NO", "Europe/Helsinki": "FI",
    "Europe/Warsaw": "PL", "Pacific/Auckland": "NZ",
}  # fmt: skip
_ZONE_PREFIXES = {"America/": "US", "Australia/": "AU", "Canada/": "CA", "US/": "US"}
# Failing that, the language the user chose; English says nothing about the country.
_LANGUAGE_COUNTRIES = {"de": "DE", "fr": "FR", "nl": "NL", "it": "IT"}


def is_country_code(code: str) -> bool:
    return re.fullmatch(r"[A-Z]{2}", code) is not None


def guess_country(timezone: str, language: str) -> str:
    """A new group's likely country: from its time zone, else the language, else GB."""
    if timezone in _ZONE_COUNTRIES:
        return _ZONE_COUNTRIES[timezone]
    for prefix, country in _ZONE_PREFIXES.items():
        if timezone.startswith(prefix):
            return country
    return _LANGUAGE_COUNTRIES.get(language, "GB")
