"""A taken name is quoted as the member already there has it, not as it was typed."""

from __future__ import annotations

from balintdesk.domain.roster import MemberDraft, name_key, validate_member


def test_a_taken_name_quotes_the_member_already_there() -> None:
    taken = {name_key("Dr Ann Hale"): "Dr Ann Hale"}
    errors = validate_member(MemberDraft("dr  ann hale"), taken)
    assert errors["name"].startswith('Someone in this group is already called "Dr Ann Hale".')


def test_a_set_of_keys_still_works_and_quotes_what_was_typed() -> None:
    errors = validate_member(MemberDraft("Dr Ann Hale"), {name_key("Dr Ann Hale")})
    assert '"Dr Ann Hale"' in errors["name"]
    assert validate_member(MemberDraft("Dr Ben Okafor"), {name_key("Dr Ann Hale")}) == {}
