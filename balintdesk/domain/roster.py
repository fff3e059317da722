"""Members of a Balint group as plain values, and the rules a member record must keep.

No Qt, no peewee: the store and the UI both call these so that a name, an email or a
date is judged the same way whether it was typed into the window or read from a CSV.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from enum import StrEnum

from balintdesk.domain.date_reading import read_date
from balintdesk.domain.names import clean_name, garbled_reason, look_alike_key, name_key, shown
from balintdesk.domain.words import Words, WordsError, listed

__all__ = ["clean_name", "look_alike_key", "name_key"]  # re-exported: most callers look here

NAME_MAX_LENGTH = 120
EMAIL_MAX_LENGTH = 254  # RFC 5321's limit on a forward path, the practical maximum.


class Role(StrEnum):
    """A member's profession. The value is what the database and CSV export store."""

    GP = "gp"
    GP_TRAINEE = "gp_trainee"
    NURSE = "nurse"
    PHARMACIST = "pharmacist"
    OTHER_CLINICIAN = "other_clinician"
    STUDENT = "student"
    OTHER = "other"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


# The names of the roles as Words, to be said in the user's language; `ROLE_LABELS` are
# their English names (what exports write; the edge translates them, context "Role").
ROLE_WORDS: dict[Role, Words] = {
    Role.GP: Words("Role", "GP"),
    Role.GP_TRAINEE: Words("Role", "GP trainee"),
    Role.NURSE: Words("Role", "Nurse"),
    Role.PHARMACIST: Words("Role", "Pharmacist"),
    Role.OTHER_CLINICIAN: Words("Role", "Other clinician"),
    Role.STUDENT: Words("Role", "Student"),
    Role.OTHER: Words("Role", "Other"),
}
ROLE_LABELS: dict[Role, str] = {role: words.text for role, words in ROLE_WORDS.items()}

# Spellings a spreadsheet is likely to hold, in every language BalintDesk speaks (the
# translated names of the roles among them), folded by _fold_word before lookup.
_ROLE_WORDS: dict[Role, tuple[str, ...]] = {
    Role.GP: (
        "gp", "general practitioner", "doctor", "family doctor",
        "allgemeinmedizin", "allgemeinmediziner", "allgemeinmedizinerin", "allgemeinarzt",
        "allgemeinärztin", "hausarzt", "hausärztin", "hausarzt/hausärztin",
        "arzt", "ärztin", "médecin généraliste", "généraliste", "médecin", "medecin traitant",
        "huisarts", "arts", "medico di famiglia", "medico di base",
        "medico di medicina generale", "mmg", "medico",
    ),
    Role.GP_TRAINEE: (
        "gp trainee", "gpst", "gp registrar", "registrar", "trainee",
        "arzt in weiterbildung", "ärztin in weiterbildung", "äiw", "weiterbildungsassistent",
        "weiterbildungsassistentin", "interne en médecine générale", "interne",
        "huisarts in opleiding", "haio", "aios", "medico in formazione", "specializzando",
        "specializzanda", "tirocinante",
    ),
    Role.NURSE: (
        "nurse", "practice nurse", "pflegefachkraft", "pflegekraft", "krankenschwester",
        "krankenpfleger", "pflegefachfrau", "pflegefachmann", "infirmier", "infirmière",
        "infirmier/ère", "verpleegkundige", "praktijkverpleegkundige", "infermiere",
        "infermiera", "infermiere/a",
    ),
    Role.PHARMACIST: (
        "pharmacist", "apotheker", "apothekerin", "apotheker/in", "pharmacien",
        "pharmacienne", "pharmacien(ne)", "farmacista",
    ),
    Role.OTHER_CLINICIAN: (
        "other clinician", "clinician", "andere gesundheitsfachkraft", "gesundheitsfachkraft",
        "autre soignant", "autre soignante", "soignant", "soignante", "andere zorgverlener",
        "zorgverlener", "altro operatore sanitario", "operatore sanitario",
    ),
    Role.STUDENT: (
        "student", "medical student", "studierende/r", "studierende", "studierender",
        "studentin", "medizinstudent", "medizinstudentin", "étudiant", "étudiante",
        "étudiant(e)", "étudiant en médecine", "geneeskundestudent", "studente",
        "studentessa", "studente/ssa",
    ),
    Role.OTHER: (
        "other", "sonstige", "sonstiges", "andere", "autre", "overig", "anders", "altro", "altra",
    ),
}  # fmt: skip


def _fold_word(text: str) -> str:
    """Case, accents and the marks of a gender-fair spelling ("Apotheker/in") aside."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    for mark in "_-/()·.":
        plain = plain.replace(mark, " ")
    return " ".join(plain.split())


_ROLE_ALIASES: dict[str, Role] = {
    _fold_word(word): role for role, words in _ROLE_WORDS.items() for word in words
}
_ROLE_ALIASES.update({_fold_word(role.value): role for role in Role})
_ROLE_ALIASES.update({_fold_word(label): role for role, label in ROLE_LABELS.items()})


def parse_role(text: str) -> Role:
    """Read a role as a person or a spreadsheet writes it ("GP trainee", "gp_trainee",
    "Hausärztin", "infirmière", "huisarts", "farmacista")."""
    role = _ROLE_ALIASES.get(_fold_word(text))
    if role is None:
        raise WordsError(
            Words(
                "Roster",
                '"{text}" is not a role BalintDesk knows; use one of: {choices}.',
                {"text": shown(text.strip()), "choices": listed(list(ROLE_WORDS.values()))},
            )
        )
    return role


def role_was_mapped(text: str, role: Role) -> bool:
    """True when `text` names `role` by another word ("GP registrar" for GP trainee), so an
    import's preview can say how it was read; False for the role's own name or label."""
    return _fold_word(text) not in {_fold_word(role.value), _fold_word(ROLE_LABELS[role])}


# Yes and no in English, German, French, Dutch and Italian ("no" is Italian too).
_YES = {"yes", "y", "true", "t", "1", "ja", "j", "oui", "si", "sì", "x", "wahr", "vrai"}
_NO = {"no", "n", "false", "f", "0", "nein", "non", "nee", "falsch", "faux", "neen"}


def parse_yes_no(text: str) -> bool:
    word = text.strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise WordsError(
        Words(
            "Roster",
            '"{text}" should be yes or no (or true/false, 1/0).',
            {"text": shown(text.strip())},
        )
    )


def parse_date(text: str) -> dt.date:
    """An ISO date (2024-09-03), a day-first one (03/09/2024, 03.09.2024, 3-9-2024) or
    one in words in any of BalintDesk's languages ("3 September 2024", "3. September
    2024", "3 settembre 2024"): `date_reading.read_date`. A `WordsError` says why not."""
    return read_date(text)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


@dataclass(frozen=True)
class MemberDraft:
    """A member as entered, before it is saved."""

    name: str
    role: Role = Role.OTHER
    is_leader: bool = False
    email: str = ""
    joined: dt.date = field(default_factory=dt.date.today)
    may_present_from: dt.date | None = None


def validate_member(
    draft: MemberDraft, names_taken: AbstractSet[str] | Mapping[str, str] = frozenset()
) -> dict[str, Words]:
    """Problems with a draft, keyed by field name, each a sentence a user can act on.

    `names_taken` holds the name (or a key of it) of every *other* member of the same group;
    given as a mapping to their names, the sentence about a taken name quotes the member
    already there ("Dr Ann Hale"), not what was typed ("dr ann hale"). Names are the same
    by `look_alike_key`, the one rule for it.
    """
    errors: dict[str, Words] = {}
    name = clean_name(draft.name)
    taken = {
        look_alike_key(key): (names_taken[key] if isinstance(names_taken, Mapping) else key)
        for key in names_taken
    }
    garbled = garbled_reason(name)
    if not name:
        errors["name"] = Words("Roster", "Please enter the member's name.")
    elif len(name) > NAME_MAX_LENGTH:
        errors["name"] = Words(
            "Roster",
            "A name can be at most {limit} characters long.",
            {"limit": NAME_MAX_LENGTH},
        )
    elif any(unicodedata.category(ch).startswith("C") for ch in name):
        errors["name"] = Words("Roster", "The name contains a control character; please retype it.")
    elif garbled is not None:
        errors["name"] = garbled
    elif look_alike_key(name) in taken:
        there = taken[look_alike_key(name)] if isinstance(names_taken, Mapping) else name
        if not isinstance(names_taken, Mapping) or name_key(there) == name_key(name):
            errors["name"] = Words(
                "Roster",
                'Someone in this group is already called "{there}". Add an initial or title '
                "to tell them apart.",
                {"there": there},
            )
        else:
            errors["name"] = Words(
                "Roster",
                '"{name}" looks the same as "{there}", who is already in this group (the names '
                "differ only in look-alike or invisible characters). Add an initial or title "
                "to tell them apart.",
                {"name": shown(name), "there": there},
            )
    email = draft.email.strip()
    if email and (len(email) > EMAIL_MAX_LENGTH or not _EMAIL.match(email)):
        errors["email"] = Words(
            "Roster",
            '"{email}" does not look like an email address (name@example.org).',
            {"email": shown(email)},
        )
    today = dt.date.today()
    if draft.joined > today + dt.timedelta(days=366):
        errors["joined"] = Words(
            "Roster", "The date joined is more than a year ahead; please check the year."
        )
    if draft.joined.year < 1950:
        errors["joined"] = Words("Roster", "The date joined is before 1950; please check the year.")
    if draft.may_present_from is not None and draft.may_present_from < draft.joined:
        errors["may_present_from"] = Words(
            "Roster",
            "“May present from” is before the date they joined; leave it empty if they may "
            "present straight away.",
        )
    return errors
