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


ROLE_LABELS: dict[Role, str] = {
    Role.GP: "GP",
    Role.GP_TRAINEE: "GP trainee",
    Role.NURSE: "Nurse",
    Role.PHARMACIST: "Pharmacist",
    Role.OTHER_CLINICIAN: "Other clinician",
    Role.STUDENT: "Student",
    Role.OTHER: "Other",
}

# Spellings a spreadsheet is likely to hold, folded by _fold_word before lookup.
_ROLE_ALIASES: dict[str, Role] = {
    "gp": Role.GP,
    "general practitioner": Role.GP,
    "doctor": Role.GP,
    "gp trainee": Role.GP_TRAINEE,
    "gpst": Role.GP_TRAINEE,
    "gp registrar": Role.GP_TRAINEE,
    "registrar": Role.GP_TRAINEE,
    "trainee": Role.GP_TRAINEE,
    "nurse": Role.NURSE,
    "practice nurse": Role.NURSE,
    "pharmacist": Role.PHARMACIST,
    "other clinician": Role.OTHER_CLINICIAN,
    "clinician": Role.OTHER_CLINICIAN,
    "student": Role.STUDENT,
    "medical student": Role.STUDENT,
    "other": Role.OTHER,
}


def _fold_word(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


def parse_role(text: str) -> Role:
    """Read a role as a person or a spreadsheet writes it ("GP trainee", "gp_trainee")."""
    role = _ROLE_ALIASES.get(_fold_word(text))
    if role is None:
        choices = ", ".join(label for label in ROLE_LABELS.values())
        raise ValueError(f'"{text.strip()}" is not a role BalintDesk knows; use one of: {choices}.')
    return role


def role_was_mapped(text: str, role: Role) -> bool:
    """True when `text` names `role` by another word ("GP registrar" for GP trainee), so an
    import's preview can say how it was read; False for the role's own name or label."""
    return _fold_word(text) not in {_fold_word(role.value), _fold_word(ROLE_LABELS[role])}


_YES = {"yes", "y", "true", "t", "1"}
_NO = {"no", "n", "false", "f", "0"}


def parse_yes_no(text: str) -> bool:
    word = text.strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValueError(f'"{text.strip()}" should be yes or no (or true/false, 1/0).')


_UK_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date(text: str) -> dt.date:
    """An ISO date (2024-09-03) or a UK one (03/09/2024, day first)."""
    value = text.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    match = _UK_DATE.match(value)
    if match:
        day, month, year = (int(part) for part in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass
    raise ValueError(
        f'"{value}" is not a date BalintDesk can read; write it as 2024-09-03 or 03/09/2024.'
    )


def clean_name(name: str) -> str:
    """The name as it will be shown: NFC-normalised, spaces collapsed, ends trimmed."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def name_key(name: str) -> str:
    """What makes two names "the same member": case and spacing do not count."""
    return clean_name(name).casefold()


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
) -> dict[str, str]:
    """Problems with a draft, keyed by field name, each a sentence a user can act on.

    `names_taken` holds the `name_key` of every *other* member of the same group; given as
    a mapping to their names, the sentence about a taken name quotes the member already
    there ("Dr Ann Hale"), not what was typed ("dr ann hale").
    """
    errors: dict[str, str] = {}
    name = clean_name(draft.name)
    if not name:
        errors["name"] = "Please enter the member's name."
    elif len(name) > NAME_MAX_LENGTH:
        errors["name"] = f"A name can be at most {NAME_MAX_LENGTH} characters long."
    elif any(unicodedata.category(ch).startswith("C") for ch in name):
        errors["name"] = "The name contains a control character; please retype it."
    elif name_key(name) in names_taken:
        there = names_taken.get(name_key(name), name) if isinstance(names_taken, Mapping) else name
        errors["name"] = (
            f'Someone in this group is already called "{there}". '
            "Add an initial or title to tell them apart."
        )
    email = draft.email.strip()
    if email and (len(email) > EMAIL_MAX_LENGTH or not _EMAIL.match(email)):
        errors["email"] = f'"{email}" does not look like an email address (name@example.org).'
    today = dt.date.today()
    if draft.joined > today + dt.timedelta(days=366):
        errors["joined"] = "The date joined is more than a year ahead; please check the year."
    if draft.joined.year < 1950:
        errors["joined"] = "The date joined is before 1950; please check the year."
    if draft.may_present_from is not None and draft.may_present_from < draft.joined:
        errors["may_present_from"] = (
            "“May present from” is before the date they joined; "
            "leave it empty if they may present straight away."
        )
    return errors
