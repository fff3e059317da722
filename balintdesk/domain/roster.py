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

from balintdesk.domain.names import clean_name, garbled_reason, look_alike_key, name_key, shown
from balintdesk.domain.words import translatable

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


# The English names; the edge shows them translated (context "Role").
ROLE_LABELS: dict[Role, str] = {
    Role.GP: translatable("Role", "GP"),
    Role.GP_TRAINEE: translatable("Role", "GP trainee"),
    Role.NURSE: translatable("Role", "Nurse"),
    Role.PHARMACIST: translatable("Role", "Pharmacist"),
    Role.OTHER_CLINICIAN: translatable("Role", "Other clinician"),
    Role.STUDENT: translatable("Role", "Student"),
    Role.OTHER: translatable("Role", "Other"),
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
        raise ValueError(
            f'"{shown(text.strip())}" is not a role BalintDesk knows; use one of: {choices}.'
        )
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
    raise ValueError(f'"{shown(text.strip())}" should be yes or no (or true/false, 1/0).')


# Day first, as in Europe and the UK: 03/09/2024, 03.09.2024 (German, Dutch, …),
# 3-9-2024. A month-first (US) date cannot be told from a day-first one when both numbers
# are 12 or less, so it is not guessed: 09/03/2024 is 9 March, shown in words in the
# preview before anything is imported, and 09/25/2024 is refused. ISO (2024-09-03)
# always reads as ISO. Two-digit years are refused: "03.09.24" could be 1924.
_DAY_FIRST = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")


def parse_date(text: str) -> dt.date:
    """An ISO date (2024-09-03) or a day-first one: 03/09/2024, 03.09.2024, 3-9-2024."""
    value = text.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    match = _DAY_FIRST.match(value)
    if match:
        day, month, year = int(match[1]), int(match[3]), int(match[4])
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass
    raise ValueError(
        f'"{shown(value)}" is not a date BalintDesk can read; write it as 2024-09-03, '
        "03/09/2024 or 03.09.2024 (day first)."
    )


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

    `names_taken` holds the name (or a key of it) of every *other* member of the same group;
    given as a mapping to their names, the sentence about a taken name quotes the member
    already there ("Dr Ann Hale"), not what was typed ("dr ann hale"). Names are the same
    by `look_alike_key`, the one rule for it.
    """
    errors: dict[str, str] = {}
    name = clean_name(draft.name)
    taken = {
        look_alike_key(key): (names_taken[key] if isinstance(names_taken, Mapping) else key)
        for key in names_taken
    }
    garbled = garbled_reason(name)
    if not name:
        errors["name"] = "Please enter the member's name."
    elif len(name) > NAME_MAX_LENGTH:
        errors["name"] = f"A name can be at most {NAME_MAX_LENGTH} characters long."
    elif any(unicodedata.category(ch).startswith("C") for ch in name):
        errors["name"] = "The name contains a control character; please retype it."
    elif garbled is not None:
        errors["name"] = garbled
    elif look_alike_key(name) in taken:
        there = taken[look_alike_key(name)] if isinstance(names_taken, Mapping) else name
        if not isinstance(names_taken, Mapping) or name_key(there) == name_key(name):
            errors["name"] = (
                f'Someone in this group is already called "{there}". '
                "Add an initial or title to tell them apart."
            )
        else:
            errors["name"] = (
                f'"{shown(name)}" looks the same as "{there}", who is already in this group '
                "(the names differ only in look-alike or invisible characters). Add an "
                "initial or title to tell them apart."
            )
    email = draft.email.strip()
    if email and (len(email) > EMAIL_MAX_LENGTH or not _EMAIL.match(email)):
        errors["email"] = (
            f'"{shown(email)}" does not look like an email address (name@example.org).'
        )
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
