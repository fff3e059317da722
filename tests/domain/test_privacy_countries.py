"""The privacy guard's rules for Germany, France, the Netherlands and Italy: each national
number's check (valid and invalid examples, worked out by the issuers' methods cited in
privacy_ids.py), postcodes and phones, and which rules a group's country turns on."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from balintdesk.domain import privacy_ids, privacy_places, privacy_uk
from balintdesk.domain.privacy import COUNTRIES_WITH_RULES, find_identifiers
from balintdesk.domain.privacy_country import COUNTRIES, OTHER, guess_country, is_country_code
from balintdesk.domain.privacy_ids import (
    bsn_is_valid,
    codice_fiscale_check_letter,
    kvnr_check_digit,
    nir_key,
)
from balintdesk.domain.privacy_words import (
    GENERAL_GUIDANCE,
    GUIDANCE,
    KIND_LABELS,
    guidance,
)

TODAY = dt.date(2025, 6, 3)


def found(text: str, country: str | None) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_identifiers(text, today=TODAY, country=country)]


# --- the checks -------------------------------------------------------------------------


def test_kvnr_check_digit() -> None:
    # GKV-Spitzenverband, Anlage 1 zu den Richtlinien nach § 290 SGB V: A -> 01, then
    # 0 1 1 2 3 4 5 6 7 8 weighted 1 2 1 2 ..., digit sums 0+2+1+4+3+8+5+(1+2)+7+(1+6) = 40.
    assert kvnr_check_digit("A", "12345678") == 0
    # Z -> 26: 2·1 + 6·2 (12, digit sum 3) + zeros = 5; the letter's digits count too.
    assert kvnr_check_digit("Z", "00000000") == 5
    assert kvnr_check_digit("a", "12345678") == 0  # the letter's case does not matter


def test_bsn_eleven_test() -> None:
    # 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 3 = 66 = 6 × 11.
    assert bsn_is_valid("111222333")
    # 9 + 16 + 21 + 24 + 25 + 24 + 21 + 16 − 2 = 154 = 14 × 11.
    assert bsn_is_valid("123456782")
    assert not bsn_is_valid("123456789")  # ... + 16 − 9 = 147, not a multiple of 11
    assert not bsn_is_valid("000000000")  # a sum of 0 is no number
    assert not bsn_is_valid("12345678")


def test_nir_key() -> None:
    # INSEE: key = 97 − (the 13-digit number mod 97). 1841276451089 mod 97 = 51.
    assert nir_key("1841276451089") == 46
    # Corsica: 2A is read as 19, 2B as 18, before taking the modulus.
    assert nir_key("269052A123456") == 97 - 2690519123456 % 97
    assert nir_key("269052B123456") == 97 - 2690518123456 % 97
    assert nir_key("269052a123456") == nir_key("269052A123456")


def test_codice_fiscale_check_letter() -> None:
    # DM 23 dicembre 1976, the odd/even tables: the usual example, Mario Rossi.
    assert codice_fiscale_check_letter("RSSMRA85T10A562") == "S"
    assert codice_fiscale_check_letter("rssmra85t10a562") == "S"


# --- the identifiers in a note ----------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "text", "kind", "match"),
    [
        ("DE", "Versichert unter A123456780 bei der AOK", "kvnr", "A123456780"),
        ("NL", "BSN 111222333 stond op de brief", "bsn", "111222333"),
        ("NL", "BSN 1112.22.333 stond op de brief", "bsn", "1112.22.333"),
        ("NL", "BSN 111 222 333 stond op de brief", "bsn", "111 222 333"),
        ("FR", "son numéro 1 84 12 76 451 089 46 figurait", "nir", "1 84 12 76 451 089 46"),
        ("FR", "son numéro 184127645108946 figurait", "nir", "184127645108946"),
        ("IT", "codice fiscale RSSMRA85T10A562S in cartella", "codice_fiscale", "RSSMRA85T10A562S"),
    ],
)
def test_a_valid_national_number_is_flagged(country, text, kind, match) -> None:
    assert found(text, country) == [(kind, match)]


def test_corsican_nir_is_flagged() -> None:
    key = nir_key("269052A123456")
    assert found(f"NIR 2 69 05 2A 123 456 {key:02d}.", "FR") == [
        ("nir", f"2 69 05 2A 123 456 {key:02d}")
    ]


@pytest.mark.parametrize(
    ("country", "text"),
    [
        ("DE", "Versichert unter A123456781 bei der AOK"),  # check digit wrong
        ("DE", "Gerät XA123456780 defekt"),  # inside a longer token
        ("NL", "BSN 123456789 stond op de brief"),  # fails the eleven-test
        ("FR", "son numéro 1 84 12 76 451 089 47 figurait"),  # wrong key
        ("FR", "son numéro 1 84 13 76 451 089 46 figurait"),  # month 13 does not exist
        ("IT", "codice fiscale RSSMRA85T10A562T in cartella"),  # wrong check letter
    ],
)
def test_an_invalid_national_number_is_not(country, text) -> None:
    assert found(text, country) == []


# --- postcodes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "text", "match"),
    [
        ("DE", "wohnt in 10115 Berlin, allein", "10115 Berlin"),
        ("DE", "PLZ: 80331 ist bekannt", "80331"),
        ("DE", "Adresse D-10115 unbekannt", "D-10115"),
        ("FR", "habite au 75011 PARIS depuis", "75011 PARIS"),
        ("FR", "code postal 13001, près du port", "13001"),
        ("IT", "abita a 00184 Roma da anni", "00184 Roma"),
        ("IT", "CAP 20121 in centro", "20121"),
        ("NL", "woont op 1234 AB, tweede etage", "1234 AB"),
        ("NL", "woont op 1234AB, tweede etage", "1234AB"),
    ],
)
def test_postcodes_in_context(country, text, match) -> None:
    assert found(text, country) == [("postcode", match)]


@pytest.mark.parametrize(
    ("country", "text"),
    [
        ("DE", "Sie geht 10000 Schritte am Tag"),
        ("DE", "Vitamin D 20000 IE einmal pro Woche"),
        ("DE", "Leukozyten 12000 Zellen"),
        ("DE", "eine Zahl wie 10115 allein"),
        ("FR", "environ 15000 habitants"),
        ("IT", "circa 12345 persone"),
        ("NL", "vitamine D 1000 IE per dag"),
        ("NL", "sinds 2019 EU-regels"),
        ("NL", "om 1030 AM"),
        ("NL", "pagina 1234 ab hier"),  # lower case: no postcode
    ],
)
def test_numbers_that_are_not_postcodes(country, text) -> None:
    assert found(text, country) == []


def test_postcode_explanations_name_the_kind_of_postcode() -> None:
    (german,) = find_identifiers("in 10115 Berlin", country="DE")
    (dutch,) = find_identifiers("op 1234 AB", country="NL")
    (british,) = find_identifiers("in SW1A 1AA", country="GB")
    assert "town" in german.explanation.english()
    assert "Dutch" in dutch.explanation.english()
    assert "UK" in british.explanation.english()


# --- phones -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "number"),
    [
        ("DE", "030 12345678"),
        ("DE", "030/1234567"),
        ("DE", "0171 1234567"),
        ("DE", "+49 30 12345678"),
        ("DE", "+49 (0)30 1234567"),
        ("DE", "0049 171 1234567"),
        ("FR", "01 23 45 67 89"),
        ("FR", "01.23.45.67.89"),
        ("FR", "0612345678"),
        ("FR", "+33 6 12 34 56 78"),
        ("FR", "+33 (0)1 23 45 67 89"),
        ("NL", "06-12345678"),
        ("NL", "020 123 4567"),
        ("NL", "+31 6 12345678"),
        ("NL", "+31 (0)20 123 4567"),
        ("IT", "+39 06 1234 5678"),
        ("IT", "+39 347 123 4567"),
        ("IT", "06 1234 5678"),
        ("IT", "347 123 4567"),
    ],
)
def test_phones(country, number) -> None:
    assert found(f"Tel. {number}, abends", country) == [("phone", number)]


@pytest.mark.parametrize(
    ("country", "text"),
    [
        ("DE", "am 01/02/2024 2 Termine"),  # a date, not a number with slashes
        ("DE", "0,5 mg 2x täglich"),
        ("FR", "le 01.02.2024 12 patients"),
        ("FR", "01 23 45 67"),  # too short
        ("NL", "06-1234567"),  # nine digits
        ("IT", "347 12 volte"),
    ],
)
def test_not_phones(country, text) -> None:
    assert found(text, country) == []


# --- which rules run --------------------------------------------------------------------

NOTE = (
    "NHS 943 476 5919; KVNR A123456780; BSN 111222333; NIR 1 84 12 76 451 089 46; "
    "CF RSSMRA85T10A562S"
)


@pytest.mark.parametrize(
    ("country", "kind"),
    [("GB", "nhs_number"), ("DE", "kvnr"), ("NL", "bsn"), ("FR", "nir"), ("IT", "codice_fiscale")],
)
def test_a_country_checks_its_own_numbers(country, kind) -> None:
    assert {k for k, _ in found(NOTE, country)} == {kind}
    assert {k for k, _ in found(NOTE, country.lower())} == {kind}


@pytest.mark.parametrize("country", [None, "", "BE", "CH", "AT", "ZZ"])
def test_other_countries_check_every_country(country) -> None:
    kinds = {k for k, _ in found(NOTE, country)}
    assert kinds == {"nhs_number", "kvnr", "bsn", "nir", "codice_fiscale"}


def test_generic_rules_run_everywhere() -> None:
    note = "jo@example.com, born 3/3/1961, aged 47, Mrs Smith"
    for country in [*COUNTRIES_WITH_RULES, None]:
        assert {k for k, _ in found(note, country)} == {
            "email",
            "date_of_birth",
            "age",
            "title_name",
        }


# --- words ------------------------------------------------------------------------------


def test_every_finding_explains_itself_in_words() -> None:
    for country in (*COUNTRIES_WITH_RULES, None):
        for finding in find_identifiers(NOTE, today=TODAY, country=country):
            assert finding.explanation.context == "PrivacyWords"
            assert finding.explanation.english().endswith(".")


def test_labels_and_guidance() -> None:
    assert KIND_LABELS["kvnr"] == "Health insurance number (KVNR)"
    assert guidance("GB") == GUIDANCE and guidance(None) == GUIDANCE
    assert guidance("DE") == GENERAL_GUIDANCE and "GMC" not in GENERAL_GUIDANCE


# --- the group's country ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "language", "country"),
    [
        ("Europe/Berlin", "en", "DE"),  # the time zone first
        ("Europe/Zurich", "de", "CH"),
        ("Europe/Paris", "de", "FR"),
        ("America/New_York", "en", "US"),
        ("UTC", "nl", "NL"),  # then the language
        ("UTC", "it", "IT"),
        ("UTC", "en", "GB"),
    ],
)
def test_guess_country(zone: str, language: str, country: str) -> None:
    assert guess_country(zone, language) == country


def test_countries_offered() -> None:
    assert COUNTRIES[-1] == OTHER and COUNTRIES[0] == "GB"
    assert COUNTRIES_WITH_RULES.issubset(COUNTRIES)
    assert all(is_country_code(code) for code in COUNTRIES)
    assert not is_country_code("de") and not is_country_code("DEU")


@pytest.mark.parametrize(
    "text",
    [
        "geb. am 3.3.61, seitdem",
        "Geburtsdatum: 03.03.2021",
        "née le 03/03/2021 à Lyon",
        "geboren op 3-3-2021 in Gouda",
        "nata il 03/03/2021 a Roma",
        "data di nascita 3.3.21",
    ],
)
def test_birth_date_cues_in_each_language(text: str) -> None:
    # After a cue even a recent date or a two-digit year counts, as with "DOB".
    result = found(text, "ZZ")
    assert [kind for kind, _ in result] == ["date_of_birth"], result


def test_the_new_modules_never_print_or_log() -> None:
    # As for privacy.py: a doctor's private reflection must not leave the function.
    for module in (privacy_ids, privacy_places, privacy_uk):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id != "print"
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [alias.name for alias in node.names] + [getattr(node, "module", "") or ""]
                assert not any(name.startswith(("logging", "warnings")) for name in names)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("kam mit Frau Müller zurück", "Frau Müller"),
        ("Herr Dr. Klaus Schmidt sagte", "Herr Dr. Klaus Schmidt"),
        ("laut Fr. Weber heute", "Fr. Weber"),
        ("Mme Dupont est revenue", "Mme Dupont"),
        ("M. Martin est revenu", "M. Martin"),
        ("Dhr. Jansen kwam terug", "Dhr. Jansen"),
        ("mevrouw zei: Mevr. de Vries", "Mevr. de Vries"),
        ("mit Herrn von Arnim", "Herrn von Arnim"),
        ("la Sig.ra Bianchi è tornata", "Sig.ra Bianchi"),
        ("il Dott. Verdi è tornato", "Dott. Verdi"),
    ],
)
def test_titles_in_each_language(text: str, match: str) -> None:
    assert found(text, "ZZ") == [("title_name", match)]


@pytest.mark.parametrize(
    "text", ["eine Frau Mitte fünfzig", "Frau K. kam spät", "die Frau war müde", "M. le maire"]
)
def test_titles_that_name_nobody(text: str) -> None:
    assert found(text, "DE") == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("kam am 3. März 1961 zur Welt", "3. März 1961"),
        ("seit dem 3 Dez. 1961", "3 Dez. 1961"),
        ("le 1er mars 1961 à Lyon", "1er mars 1961"),
        ("depuis le 3 août 1950", "3 août 1950"),
        ("sinds 3 maart 1961", "3 maart 1961"),
        ("dal 3 marzo 1961", "3 marzo 1961"),
        ("dal 12 set 1980", "12 set 1980"),
    ],
)
def test_old_dates_with_a_month_name_in_each_language(text: str, match: str) -> None:
    assert found(text, "ZZ") == [("date_of_birth", match)]


@pytest.mark.parametrize("text", ["am 3. Mai 2024", "le 3 mars 2023", "3 maartje 1961"])
def test_recent_dates_and_other_words_are_not(text: str) -> None:
    assert found(text, "ZZ") == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("eine 47-jährige Patientin", "47-jährige"),
        ("sie ist 47 Jahre alt", "47 Jahre alt"),
        ("im Alter von 47 Jahren", "im Alter von 47 Jahren"),
        ("une femme âgée de 47 ans", "âgée de 47 ans"),
        ("een 47-jarige vrouw", "47-jarige"),
        ("hij is 47 jaar oud", "47 jaar oud"),
        ("una 47enne", "47enne"),
        ("all'età di 47 anni", "all'età di 47 anni"),
    ],
)
def test_ages_in_each_language(text: str, match: str) -> None:
    assert found(text, "ZZ") == [("age", match)]


@pytest.mark.parametrize("text", ["depuis 10 ans", "da 10 anni", "seit 10 Jahren", "10 jaar"])
def test_durations_are_not_ages(text: str) -> None:
    assert found(text, "ZZ") == []
