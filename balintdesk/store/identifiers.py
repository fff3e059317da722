"""A member's professional numbers (MemberIdentifier) and a leader's recognition.

Numbers are checked by `domain.identifiers` before anything is written; a bad one changes
nothing. Only the member's own certificate and their own record read `numbers_of`: no
export, report, check or log line may (tests/store/test_numbers_never_elsewhere.py).
"""

from __future__ import annotations

from collections.abc import Mapping

from balintdesk.domain import identifiers
from balintdesk.domain.words import Words, WordsError
from balintdesk.store.models import Member, MemberIdentifier, database_proxy, utc_now
from balintdesk.store.refusal import unchanged
from balintdesk.store.roster import ValidationError, details_changed, get_member, locked_member

__all__ = ["numbers_of", "set_number", "set_numbers", "set_recognition"]


def numbers_of(member_id: int) -> dict[str, str]:
    """The member's numbers, kind -> number, in domain.identifiers.KINDS' order."""
    rows = MemberIdentifier.select().where(MemberIdentifier.member == member_id)
    found = {row.kind: row.value for row in rows}
    return {key: found[key] for key in identifiers.KINDS if key in found} | {
        key: value for key, value in found.items() if key not in identifiers.KINDS
    }


def _unknown_kind(key: str) -> WordsError:
    return WordsError(
        Words("MemberNumbers", "BalintDesk does not know the number “{kind}”.", {"kind": key})
    )


def _write(member_id: int, key: str, number: str) -> None:
    existing = MemberIdentifier.get_or_none(
        (MemberIdentifier.member == member_id) & (MemberIdentifier.kind == key)
    )
    if not number:
        if existing is not None:
            existing.delete_instance()
    elif existing is None:
        MemberIdentifier.create(member=member_id, kind=key, value=number)
    elif existing.value != number:
        existing.value = number
        existing.save()


def set_number(member_id: int, kind: str, value: str) -> str:
    """Keep `value` as the member's number of `kind` ("" removes it); the number as stored.
    WordsError, with nothing changed, when it is not a valid number of that kind."""
    get_member(member_id)
    if kind not in identifiers.KINDS:
        raise _unknown_kind(kind)
    number = identifiers.validated(kind, value)
    with database_proxy.atomic():
        _write(member_id, kind, number)
    return number


def set_numbers(
    member_id: int, values: Mapping[str, str], *, expected: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Several numbers at once, all or none: ValidationError with a sentence per kind
    when any is wrong, and then nothing is changed. Kinds not in `values` stay as they
    are. Returns the member's numbers after the change. `expected`: the numbers as the
    page loaded them (`numbers_of`); one changed elsewhere since to something else than
    this save's, `refusal.ChangedElsewhere` and nothing is saved."""
    get_member(member_id)
    problems: dict[str, Words] = {}
    cleaned: dict[str, str] = {}
    for key, value in values.items():
        if key not in identifiers.KINDS:
            problems[key] = _unknown_kind(key).words
            continue
        found = identifiers.problem(key, value)
        if found is not None:
            problems[key] = found
        else:
            cleaned[key] = identifiers.normalise(value)
    if problems:
        raise ValidationError(problems)
    with database_proxy.atomic():
        if expected is not None:
            member = locked_member(member_id)
            now = numbers_of(member_id)
            for key, number in cleaned.items():
                seen = expected.get(key, "")
                unchanged(seen, now.get(key, ""), number, details_changed(member.name))
        for key, number in cleaned.items():
            _write(member_id, key, number)
    return numbers_of(member_id)


def set_recognition(member_id: int, text: str, *, expected: str | None = None) -> Member:
    """Keep `text` as the member's recognition as a Balint leader ("Ärztekammer
    Nordrhein"; "" for none), spaces tidied; WordsError when it is more than one short
    line. `expected`: the recognition the page loaded, as for `set_numbers`."""
    member = get_member(member_id)
    found = identifiers.recognition_problem(text)
    if found is not None:
        raise WordsError(found)
    tidy = " ".join(text.split())
    with database_proxy.atomic():
        if expected is not None:
            member = locked_member(member_id)
            unchanged(expected, member.recognition, tidy, details_changed(member.name))
        if member.recognition != tidy:
            member.recognition = tidy
            member.updated_at = utc_now()
            member.save()
    return member
