"""The roster service: groups and their members, as the pages and the CLI ask for them.

Every change runs in one transaction and is validated by `balintdesk.domain` first, so
bad input changes nothing and comes back as `ValidationError` with sentences per field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from peewee import fn

from balintdesk.domain.group import MeetingPattern, group_problems
from balintdesk.domain.plain_english import english
from balintdesk.domain.roster import (
    MemberDraft,
    Role,
    clean_name,
    look_alike_key,
    name_key,
    validate_member,
)
from balintdesk.domain.words import Words
from balintdesk.store.concurrency import locked
from balintdesk.store.models import Group, Member, database_proxy, utc_now
from balintdesk.store.refusal import unchanged


class ValidationError(Exception):
    """Input a user can fix, a sentence per field.

    `sentences` maps a field name to its sentence as given: `Words` (the edge says them in
    the user's language with `i18n.say`) or, from older code, an English str. `errors` is
    the same in English, for logs and for code that joins them as text."""

    def __init__(self, errors: Mapping[str, str | Words]):
        self.sentences: dict[str, str | Words] = dict(errors)
        self.errors: dict[str, str] = {key: english(value) for key, value in errors.items()}
        super().__init__(" ".join(self.errors.values()))


class NotFoundError(LookupError):
    pass


# --- groups ---------------------------------------------------------------------------


def list_groups() -> list[Group]:
    return list(Group.select().order_by(fn.lower(Group.name)))


def find_group(name: str) -> Group | None:
    wanted = " ".join(name.split()).casefold()
    return next((group for group in list_groups() if group.name.casefold() == wanted), None)


def get_group(group_id: int) -> Group:
    group = Group.get_or_none(Group.id == group_id)
    if group is None:
        raise NotFoundError(f"There is no group with id {group_id}.")
    return group


def group_names_except(group_id: int | None) -> set[str]:
    """The names of the other groups, casefolded, to keep names unique."""
    return {g.name.casefold() for g in list_groups() if g.id != group_id}


def create_group(name: str, pattern: MeetingPattern, first_date: dt.date | None = None) -> Group:
    """A new group; its meetings start from `first_date` (default: today)."""
    errors = group_problems(name, pattern, group_names_except(None))
    if errors:
        raise ValidationError(errors)
    group = Group(name=" ".join(name.split()), first_date=first_date or dt.date.today())
    group.set_pattern(pattern)
    with database_proxy.atomic():
        group.save(force_insert=True)
    return group


# --- members --------------------------------------------------------------------------


def list_members(
    group_id: int, include_archived: bool = False, order: Callable[[str], Any] | None = None
) -> list[Member]:
    """The group's members by name: by `order(name)` when given (the edge passes
    `i18n.formats.sort_key`, so "Ärzte" files beside "Anna"), else by case-folded name."""
    query = Member.select().where(Member.group == group_id)
    if not include_archived:
        query = query.where(Member.archived_at.is_null())
    members = list(query.order_by(Member.name_key))
    if order is not None:
        members.sort(key=lambda member: order(member.name))
    return members


def get_member(member_id: int) -> Member:
    member = Member.get_or_none(Member.id == member_id)
    if member is None:
        raise NotFoundError(f"There is no member with id {member_id}.")
    return member


def member_names_taken(group_id: int, except_member: int | None = None) -> dict[str, str]:
    """Look-alike key -> name of everyone in the group (archived too: they keep their
    history). Keyed by the rule, not by the stored name_key, which an older version of
    BalintDesk computed more finely."""
    query = Member.select(Member.id, Member.name).where(Member.group == group_id)
    return {
        look_alike_key(m.name): m.name
        for m in query.order_by(Member.id.desc())
        if m.id != except_member
    }


def draft_of(member: Member) -> MemberDraft:
    return MemberDraft(
        name=member.name,
        role=Role(member.role),
        is_leader=member.is_leader,
        email=member.email,
        joined=member.joined,
        may_present_from=member.may_present_from,
    )


def apply_draft(member: Member, draft: MemberDraft) -> None:
    """Copy a validated draft onto a model row (does not save)."""
    member.name = clean_name(draft.name)
    member.name_key = name_key(draft.name)
    member.role = draft.role.value
    member.is_leader = draft.is_leader
    member.email = draft.email.strip()
    member.joined = draft.joined
    member.may_present_from = draft.may_present_from
    member.updated_at = utc_now()


def add_member(group_id: int, draft: MemberDraft) -> Member:
    get_group(group_id)
    errors = validate_member(draft, member_names_taken(group_id))
    if errors:
        raise ValidationError(errors)
    member = Member(group=group_id)
    apply_draft(member, draft)
    with database_proxy.atomic():
        member.save(force_insert=True)
    return member


def update_member(
    member_id: int, draft: MemberDraft, *, expected: MemberDraft | None = None
) -> Member:
    """Save a member's details. `expected`: the details as the page loaded them
    (`draft_of`); if they were changed elsewhere since, `refusal.ChangedElsewhere` and
    nothing is saved (unless they were changed to just what this save says)."""
    member = get_member(member_id)
    taken = member_names_taken(member.group_id, except_member=member_id)
    if clean_name(draft.name) == member.name:
        # Two look-alike members from before the rule was kept may still be edited, as
        # long as neither name changes.
        taken.pop(look_alike_key(member.name), None)
    errors = validate_member(draft, taken)
    if errors:
        raise ValidationError(errors)
    with database_proxy.atomic():
        if expected is not None:
            member = locked_member(member_id)
            wanted = Member(group=member.group_id)
            apply_draft(wanted, draft)
            unchanged(
                expected,
                draft_of(member),
                draft_of(wanted),
                details_changed(member.name),
            )
        apply_draft(member, draft)
        member.save()
    return member


def details_changed(name: str) -> Words:
    """The refusal of a member's details (or numbers) changed elsewhere meanwhile."""
    return Words(
        "Roster",
        "{name}'s details were changed on another computer while you had them open, so "
        "yours were not saved. The current details are shown now.",
        {"name": name},
    )


def locked_member(member_id: int) -> Member:
    """The member as stored now, locked until the transaction ends (concurrency.py)."""
    member = locked(Member.select().where(Member.id == member_id)).first()
    if member is None:
        raise NotFoundError(f"There is no member with id {member_id}.")
    return member


def archive_member(member_id: int) -> Member:
    """Take a member off the active roster; their history stays."""
    member = get_member(member_id)
    if member.archived_at is None:
        member.archived_at = utc_now()
        member.updated_at = member.archived_at
        with database_proxy.atomic():
            member.save()
    return member


def restore_member(member_id: int) -> Member:
    member = get_member(member_id)
    if member.archived_at is not None:
        member.archived_at = None
        member.updated_at = utc_now()
        with database_proxy.atomic():
            member.save()
    return member
