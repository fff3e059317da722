"""Importing a roster CSV into a group, and exporting one.

An import is planned first, so the window can show "add 3, update 1" with every change
spelt out before anything is written; applying the plan is all or nothing.

A member is matched against *everyone* in the group, archived members too: someone who
left and is still in an old spreadsheet is updated, not added twice. Names match by
`look_alike_key` (domain/names.py), the one rule for "the same name": capitals, spacing,
invisible and look-alike characters do not count. The exact name wins where two
look-alike members survive from before that rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from balintdesk.domain.plain_english import english
from balintdesk.domain.roster import (
    ROLE_WORDS,
    MemberDraft,
    clean_name,
    look_alike_key,
    name_key,
    role_was_mapped,
    validate_member,
)
from balintdesk.domain.roster_csv import CsvMember, ParsedRoster, RowError, write_roster_csv
from balintdesk.domain.words import Words
from balintdesk.store.models import Member, database_proxy
from balintdesk.store.roster import (
    ValidationError,
    apply_draft,
    draft_of,
    get_group,
    list_members,
)

Action = Literal["add", "update", "unchanged"]


@dataclass(frozen=True)
class PlannedRow:
    """What importing one row of the file will do. `changes` is empty unless updating."""

    line: int
    action: Action
    name: str
    changes: list[str] = field(default_factory=list)  # in English, as `change_words`
    draft: MemberDraft | None = None  # the member as it will be saved
    notes: list[str] = field(default_factory=list)  # how the file was read, e.g. a role
    member_id: int | None = None  # the member updated, None when adding
    archived: bool = False  # an archived member is updated and stays archived
    # `changes` and `notes` as Words, for the edge to say in the user's language.
    change_words: list[Words] = field(default_factory=list, compare=False)
    note_words: list[Words] = field(default_factory=list, compare=False)


@dataclass
class ImportPlan:
    group_id: int | None
    rows: list[PlannedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    # Kept so that applying can plan again inside its transaction and see whether the
    # group changed since this plan was shown.
    source: ParsedRoster = field(default_factory=ParsedRoster)

    def count(self, action: Action) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def to_add(self) -> int:
        return self.count("add")

    @property
    def to_update(self) -> int:
        return self.count("update")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int


class RosterImportError(ValidationError):
    """The import was refused and nothing was written; `messages` are "Line N: ..." lines
    in English, `sentences` the same as Words for the edge.

    A ValidationError, so code that already shows those shows this too.
    """

    def __init__(self, errors: Sequence[RowError | Words]):
        said = [error.words if isinstance(error, RowError) else error for error in errors]
        super().__init__({f"line {index}": words for index, words in enumerate(said)})
        self.messages = [
            str(error) if isinstance(error, RowError) else english(error) for error in errors
        ]


def _yes_no(value: bool) -> Words:
    return Words("CsvImport", "yes") if value else Words("CsvImport", "no")


def _email(value: str) -> str | Words:
    return value or Words("CsvImport", "(none)")


def _describe_changes(old: MemberDraft, new: MemberDraft) -> list[Words]:
    """Each field that differs, as "role: GP → Nurse", in the CSV's column order."""
    changes = []
    if old.role != new.role:
        roles = {"old": ROLE_WORDS[old.role], "new": ROLE_WORDS[new.role]}
        changes.append(Words("CsvImport", "role: {old} → {new}", roles))
    if old.is_leader != new.is_leader:
        leads = {"old": _yes_no(old.is_leader), "new": _yes_no(new.is_leader)}
        changes.append(Words("CsvImport", "leader: {old} → {new}", leads))
    if old.email != new.email:
        emails = {"old": _email(old.email), "new": _email(new.email)}
        changes.append(Words("CsvImport", "email: {old} → {new}", emails))
    if old.joined != new.joined:
        days = {"old": old.joined, "new": new.joined}
        changes.append(Words("CsvImport", "joined: {old:iso} → {new:iso}", days))
    return changes


def _merge(current: MemberDraft, row: CsvMember) -> MemberDraft:
    """The member after the import: what the file gives wins, what it leaves out stays.

    The name is matched, not copied: an existing member keeps the roster's spelling, so a
    spreadsheet in capitals ("DR TOMASZ NOWAK") does not re-case everyone. Spelling is
    fixed in the member's own dialog.
    """
    return replace(
        current,
        role=row.role if row.role is not None else current.role,
        is_leader=row.is_leader if row.is_leader is not None else current.is_leader,
        email=row.email.strip() if row.email is not None else current.email,
        joined=row.joined if row.joined is not None else current.joined,
    )


def plan_roster_import(group_id: int | None, parsed: ParsedRoster) -> ImportPlan:
    """Decide add / update / unchanged for each good row; `group_id` None: a new group."""
    plan = ImportPlan(group_id=group_id, errors=list(parsed.errors), source=parsed)
    existing: dict[str, Member] = {}  # by look-alike key
    exact: dict[str, Member] = {}  # by name_key
    if group_id is not None:
        get_group(group_id)  # NotFoundError rather than a plan of adds to a missing group
        members = list(Member.select().where(Member.group == group_id).order_by(Member.id.desc()))
        existing = {look_alike_key(m.name): m for m in members}
        exact = {name_key(m.name): m for m in members}
    today = dt.date.today()
    for row in parsed.rows:
        key = look_alike_key(row.name)
        member = exact.get(name_key(row.name)) or existing.get(key)
        if member is None:
            current = MemberDraft(name=clean_name(row.name), joined=today)
            draft = _merge(current, row)
            taken = set(existing)
            changes: list[Words] = []
            action: Action = "add"
        else:
            current = draft_of(member)
            draft = _merge(current, row)
            taken = set(existing) - {key}
            changes = _describe_changes(current, draft)
            action = "update" if changes else "unchanged"
        problems = validate_member(draft, taken)
        if "may_present_from" in problems:
            # The file cannot set this date, so the window's wording would not help here.
            problems["may_present_from"] = Words(
                "CsvImport",
                "{name} may present from {from_day:numeric}, before the date joined in the file "
                "({joined:numeric}); correct one of the two dates.",
                {"name": draft.name, "from_day": draft.may_present_from, "joined": draft.joined},
            )
        if problems:
            plan.errors.append(RowError(row.line, list(problems.values())))
            continue
        notes = []
        if member is not None and name_key(member.name) != name_key(row.name):
            notes.append(
                Words(
                    "CsvImport",
                    "“{file}” read as {name}: the names look the same",
                    {"file": row.name, "name": member.name},
                )
            )
        if row.role is not None and row.role_text and role_was_mapped(row.role_text, row.role):
            notes.append(
                Words(
                    "CsvImport",
                    'role "{text}" read as {role}',
                    {"text": row.role_text.strip(), "role": ROLE_WORDS[row.role]},
                )
            )
        if action == "add" and row.joined is not None:
            # In words, so that a day-first reading of 03/09/2024 is seen before importing.
            notes.append(Words("CsvImport", "joined {day:short}", {"day": row.joined}))
        plan.rows.append(
            PlannedRow(
                line=row.line,
                action=action,
                name=draft.name,
                changes=[english(change) for change in changes],
                notes=[english(note) for note in notes],
                change_words=changes,
                note_words=notes,
                draft=draft,
                member_id=member.id if member is not None else None,
                archived=member is not None and member.is_archived,
            )
        )
    plan.errors.sort(key=lambda error: error.line)
    return plan


def _outline(plan: ImportPlan) -> list[tuple[object, ...]]:
    # Drafts are left out: an add's default "joined" is today, which may have moved on.
    return [(r.line, r.action, r.member_id, tuple(r.changes)) for r in plan.rows]


def apply_roster_import(group_id: int, plan: ImportPlan) -> ImportResult:
    """Write the plan in one transaction; refuses a plan with errors, changing nothing.

    If the group's members changed since the plan was made (another window, another
    import), the plan is refused too: the user approved *that* plan, not a new one.
    """
    if plan.errors:
        raise RosterImportError(plan.errors)
    if plan.group_id is not None and plan.group_id != group_id:
        raise ValueError(f"The plan was made for group {plan.group_id}, not {group_id}.")
    # IMMEDIATE takes the write lock before reading: with WAL, a deferred transaction that
    # reads and then writes fails outright if the window committed in between.
    with database_proxy.atomic("IMMEDIATE"):
        fresh = plan_roster_import(group_id, plan.source)
        if fresh.errors:
            raise RosterImportError(fresh.errors)
        if _outline(fresh) != _outline(plan):
            raise RosterImportError(
                [
                    Words(
                        "CsvImport",
                        "The group's members changed since the file was checked; nothing was "
                        "imported. Please check the file again.",
                    )
                ]
            )
        for row in fresh.rows:
            assert row.draft is not None
            if row.action == "add":
                member = Member(group=group_id)
                apply_draft(member, row.draft)
                member.save(force_insert=True)
            elif row.action == "update":
                member = Member.get_by_id(row.member_id)
                apply_draft(member, row.draft)  # leaves archived_at alone
                member.save()
    return ImportResult(added=fresh.to_add, updated=fresh.to_update, unchanged=fresh.unchanged)


def export_roster_csv(group_id: int, include_archived: bool = False) -> str:
    """The group's roster as CSV text (see `write_roster_csv`), ordered by name."""
    get_group(group_id)
    return write_roster_csv(draft_of(m) for m in list_members(group_id, include_archived))
