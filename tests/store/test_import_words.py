"""What an import says, in the user's language: a German roster file planned against a
group, its changes and notes said in German, its refusals too."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.group import MeetingPattern
from balintdesk.domain.history_csv import parse_history_csv
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.domain.roster_csv import parse_roster_csv
from balintdesk.store.history_import import plan_history_import
from balintdesk.store.roster import add_member, create_group
from balintdesk.store.roster_import import (
    RosterImportError,
    apply_roster_import,
    plan_roster_import,
)
from tests.i18n_helpers import english, said  # noqa: F401 (english: autouse)

# Each test runs on SQLite and on PostgreSQL (tests/conftest.py, `backend`).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def group_id(db) -> int:
    group = create_group("Donnerstagsgruppe", MeetingPattern())
    add_member(
        group.id,
        MemberDraft("Anjali Patel", Role.GP, False, "anjali@example.org", dt.date(2024, 1, 10)),
    )
    return group.id


def test_a_german_file_and_its_preview_in_german(group_id: int) -> None:
    text = (
        "Name;Rolle;Leitung;E-Mail;Beitritt\n"
        "Anjali Patel;Pflegefachkraft;ja;;10.01.2024\n"
        "Dr Jonas Weber;Hausarzt;nein;;3. September 2024\n"
    )
    plan = plan_roster_import(group_id, parse_roster_csv(text))
    assert plan.ok, plan.errors
    update, add = plan.rows
    assert update.changes == ["role: GP → Nurse", "leader: no → yes"]
    assert [said(w, "de") for w in update.change_words] == [
        "Rolle: Allgemeinmedizin → Pflegefachkraft",
        "Leitung: nein → ja",
    ]
    assert [said(w, "de") for w in add.note_words] == [
        "Rolle „Hausarzt“ gelesen als Allgemeinmedizin",
        "Beitritt Di., 3. Sept. 2024",
    ]
    assert [said(w, "fr") for w in add.note_words][1] == "arrivée le mar. 3 sept. 2024"


def test_a_refused_row_in_german(group_id: int) -> None:
    text = "Name;Rolle;Beitritt\nDr Jonas Weber;Chirurg;3.9.24\n"
    plan = plan_roster_import(group_id, parse_roster_csv(text))
    (error,) = plan.errors
    assert str(error).startswith('Line 2: "Chirurg" is not a role BalintDesk knows')
    german = said(error.words, "de")
    assert german.startswith("Zeile 2: „Chirurg“ ist keine Rolle, die BalintDesk kennt")
    assert "Beitritt: „3.9.24“ hat eine zweistellige Jahreszahl" in german
    with pytest.raises(RosterImportError) as refused:
        apply_roster_import(group_id, plan)
    (sentence,) = refused.value.sentences.values()
    assert said(sentence, "it").startswith("Riga 2: «Chirurg» non è un ruolo noto a BalintDesk")


def test_past_meetings_refused_in_french(group_id: int) -> None:
    text = "date;nom;présence\n14/03/2025;Dr Inconnu;présent\n"
    plan = plan_history_import(group_id, parse_history_csv(text), dt.date(2025, 6, 1))
    (error,) = plan.errors
    assert said(error.words, "fr") == (
        "Ligne 2 : « Dr Inconnu » n'est pas membre de Donnerstagsgruppe ; ajoutez d'abord la "
        "personne à la liste des membres (les noms correspondent quelles que soient "
        "majuscules et espaces)."
    )
