"""A taken name is quoted as the member already there has it, not as it was typed; a role
read from another word (an import's "GP registrar") is told apart from its own name."""

from __future__ import annotations

from balintdesk.domain.roster import MemberDraft, name_key, validate_member
from tests.i18n_helpers import english, said  # noqa: F401 (english: autouse)


def test_a_taken_name_quotes_the_member_already_there() -> None:
    taken = {name_key("Dr Ann Hale"): "Dr Ann Hale"}
    errors = validate_member(MemberDraft("dr  ann hale"), taken)
    assert str(errors["name"]).startswith('Someone in this group is already called "Dr Ann Hale".')
    assert said(errors["name"], "de").startswith(
        "In dieser Gruppe heißt bereits jemand „Dr Ann Hale“."
    )


def test_a_set_of_keys_still_works_and_quotes_what_was_typed() -> None:
    errors = validate_member(MemberDraft("Dr Ann Hale"), {name_key("Dr Ann Hale")})
    assert '"Dr Ann Hale"' in str(errors["name"])
    assert validate_member(MemberDraft("Dr Ben Okafor"), {name_key("Dr Ann Hale")}) == {}


def test_a_role_read_from_another_word_is_told_apart() -> None:
    from balintdesk.domain.roster import Role, parse_role, role_was_mapped

    assert role_was_mapped("GP registrar", parse_role("GP registrar"))
    assert role_was_mapped("practice nurse", Role.NURSE)
    for own in ("GP trainee", "gp_trainee", "GP-Trainee", " gp  trainee "):
        assert not role_was_mapped(own, Role.GP_TRAINEE), own
