"""Small settings kept in the database (they belong to this computer's data folder)."""

from __future__ import annotations

from balintdesk.store.models import AppSetting

SHARED_PC = "shared_pc"  # "1" when this is the meeting-room PC used by everyone
CURRENT_GROUP = "current_group_id"
WELCOME_DONE = "welcome_done"
NOTES_IDLE_MINUTES = "notes_idle_minutes"  # lock private notes after this long unused
DEFAULT_NOTES_IDLE_MINUTES = 5
# A random uuid made once per database: calendar UIDs are "<it>-meeting-<id>@balintdesk",
# so they stay the same between exports and never meet another practice's.
CALENDAR_UID_NAMESPACE = "calendar_uid_namespace"


def notes_idle_minutes() -> int:
    value = get_setting(NOTES_IDLE_MINUTES)
    return int(value) if value.isdigit() and 1 <= int(value) <= 120 else DEFAULT_NOTES_IDLE_MINUTES


def get_setting(key: str, default: str = "") -> str:
    row = AppSetting.get_or_none(AppSetting.key == key)
    return row.value if row is not None else default


def set_setting(key: str, value: str) -> None:
    # An upsert both SQLite and PostgreSQL take (PostgreSQL has no INSERT OR REPLACE).
    AppSetting.insert(key=key, value=value).on_conflict(
        conflict_target=[AppSetting.key], update={AppSetting.value: value}
    ).execute()


def get_flag(key: str) -> bool:
    return get_setting(key) == "1"


def set_flag(key: str, value: bool) -> None:
    set_setting(key, "1" if value else "0")
