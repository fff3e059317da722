"""Imports read the headings and the values a spreadsheet in German, French, Dutch or
Italian has; exports keep writing the English ones."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.history_csv import APOLOGIES, PRESENT, parse_history_csv
from balintdesk.domain.roster import ROLE_LABELS, Role, parse_role, parse_yes_no
from balintdesk.domain.roster_csv import parse_roster_csv, write_roster_csv
from balintdesk.i18n.catalogue import load

ROSTERS = {
    "de": "Name;Rolle;Leitung;E-Mail;Beitritt\n"
    "Dr Anna Müller;Hausärztin;ja;anna@example.de;14.03.2025\n",
    "fr": "nom;rôle;animateur;courriel;arrivée\n"
    "Dr Anna Müller;médecin généraliste;oui;anna@example.de;14/03/2025\n",
    "fr2": "Nom;Rôle;Leader;E-mail;Adhésion\n"
    "Dr Anna Müller;Généraliste;oui;anna@example.de;14 mars 2025\n",
    "nl": "naam,rol,begeleider,e-mail,lid sinds\n"
    "Dr Anna Müller,huisarts,ja,anna@example.de,14-03-2025\n",
    "nl2": "Naam;Rol;Begeleider;E-mail;Toegetreden\n"
    "Dr Anna Müller;Huisarts;ja;anna@example.de;14 maart 2025\n",
    "it": "nome;ruolo;conduttore;e-mail;ingresso\n"
    "Dr Anna Müller;medico di famiglia;sì;anna@example.de;14 marzo 2025\n",
    "it2": "Nome;Ruolo;Conduttore;Email;Adesione\n"
    "Dr Anna Müller;MMG;si;anna@example.de;14/03/2025\n",
}


@pytest.mark.parametrize("language", sorted(ROSTERS))
def test_a_roster_with_translated_headings_and_values(language: str) -> None:
    parsed = parse_roster_csv(ROSTERS[language])
    assert parsed.ok, parsed.errors
    (member,) = parsed.rows
    assert (member.name, member.role, member.is_leader, member.email, member.joined) == (
        "Dr Anna Müller",
        Role.GP,
        True,
        "anna@example.de",
        dt.date(2025, 3, 14),
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Allgemeinmedizin", Role.GP),
        ("Hausarzt", Role.GP),
        ("Arzt in Weiterbildung", Role.GP_TRAINEE),
        ("Pflegefachkraft", Role.NURSE),
        ("Apothekerin", Role.PHARMACIST),
        ("Studierende/r", Role.STUDENT),
        ("Sonstige", Role.OTHER),
        ("interne", Role.GP_TRAINEE),
        ("Infirmière", Role.NURSE),
        ("pharmacien", Role.PHARMACIST),
        ("étudiante", Role.STUDENT),
        ("autre", Role.OTHER),
        ("huisarts in opleiding", Role.GP_TRAINEE),
        ("verpleegkundige", Role.NURSE),
        ("apotheker", Role.PHARMACIST),
        ("overig", Role.OTHER),
        ("specializzando", Role.GP_TRAINEE),
        ("infermiera", Role.NURSE),
        ("farmacista", Role.PHARMACIST),
        ("studentessa", Role.STUDENT),
        ("altro", Role.OTHER),
        ("gp_trainee", Role.GP_TRAINEE),
        ("GP registrar", Role.GP_TRAINEE),
    ],
)
def test_roles_in_every_language(text: str, role: Role) -> None:
    assert parse_role(text) == role


@pytest.mark.parametrize("language", ["de", "fr", "nl", "it"])
def test_every_translated_role_name_reads_back(language: str) -> None:
    """What the window shows as a role is accepted in a file, in every language."""
    catalogue = load(language)
    for role, label in ROLE_LABELS.items():
        shown = catalogue.translate("Role", label)
        assert parse_role(shown) == role, (language, shown)


@pytest.mark.parametrize(
    ("text", "value"),
    [("ja", True), ("nein", False), ("oui", True), ("non", False), ("nee", False),
     ("sì", True), ("si", True), ("no", False), ("Yes", True), ("x", True)],
)  # fmt: skip
def test_yes_and_no_in_every_language(text: str, value: bool) -> None:
    assert parse_yes_no(text) is value


HISTORIES = {
    "de": "Datum;Name;Anwesenheit;vorgestellt\n14.03.2025;Dr Ann;anwesend;ja\n"
    "14.03.2025;Dr Ben;entschuldigt;nein\n",
    "fr": "date;nom;présence;a présenté\n14/03/2025;Dr Ann;présente;oui\n"
    "14/03/2025;Dr Ben;excusé;non\n",
    "nl": "datum;naam;aanwezigheid;ingebracht\n14-03-2025;Dr Ann;aanwezig;ja\n"
    "14-03-2025;Dr Ben;afgemeld;nee\n",
    "it": "data;nome;presenza;presentato\n14/03/2025;Dr Ann;presente;sì\n"
    "14/03/2025;Dr Ben;giustificato;no\n",
}


@pytest.mark.parametrize("language", sorted(HISTORIES))
def test_past_meetings_with_translated_headings_and_values(language: str) -> None:
    parsed = parse_history_csv(HISTORIES[language])
    assert parsed.ok, parsed.errors
    assert [(r.date, r.name, r.status, r.presented) for r in parsed.rows] == [
        (dt.date(2025, 3, 14), "Dr Ann", PRESENT, True),
        (dt.date(2025, 3, 14), "Dr Ben", APOLOGIES, False),
    ]


def test_an_unknown_heading_is_still_refused() -> None:
    parsed = parse_roster_csv("Name;Rolle;Telefon\nDr Ann;GP;0123\n")
    assert not parsed.ok and "Telefon" in parsed.errors[0].message


def test_a_heading_given_twice_in_two_languages_is_refused() -> None:
    parsed = parse_roster_csv("name,Name,nom\nDr Ann,Dr Ann,Dr Ann\n")
    assert not parsed.ok and "twice" in parsed.errors[0].message


def test_exports_keep_the_english_headings() -> None:
    parsed = parse_roster_csv(ROSTERS["de"])
    from balintdesk.domain.roster import MemberDraft

    member = parsed.rows[0]
    text = write_roster_csv([MemberDraft(member.name, member.role, True, "", member.joined)])
    assert text.splitlines()[0] == "name,role,leader,email,joined"
    assert text.splitlines()[1] == "Dr Anna Müller,GP,yes,,2025-03-14"
