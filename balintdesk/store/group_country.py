"""The country a group meets in (Group.country), which chooses the privacy guard's
national rules: read it for the current group, and set it from the group form."""

from __future__ import annotations

from balintdesk.domain.privacy_country import is_country_code
from balintdesk.domain.words import Words, WordsError
from balintdesk.store import settings
from balintdesk.store.models import Group, database_proxy


def country_of(group_id: int) -> str:
    group = Group.get_or_none(Group.id == group_id)
    return group.country if group is not None else ""


def set_country(group_id: int, country: str) -> None:
    """Keep `country` (ISO 3166 alpha-2, any case) as the group's."""
    code = country.strip().upper()
    if not is_country_code(code):
        raise WordsError(
            Words("GroupCountry", "“{code}” is not a country code.", values={"code": country})
        )
    Group.update(country=code).where(Group.id == group_id).execute()


def current_country() -> str | None:
    """The current group's country, or None when there is no current group (or no
    database open: a widget made on its own, in a test)."""
    if database_proxy.obj is None:
        return None
    group_id = settings.get_setting(settings.CURRENT_GROUP)
    if not group_id.isdigit():
        return None
    return country_of(int(group_id)) or None
