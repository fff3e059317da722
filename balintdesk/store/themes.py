"""The group's list of neutral meeting themes ("the demanding patient").

A held meeting may be tagged with one theme, chosen from this list and never typed
freely, so that nothing about a patient can reach the shared database that way.
"""

from __future__ import annotations

import unicodedata

from peewee import fn

from balintdesk.domain.words import Words, translatable
from balintdesk.store.concurrency import locked
from balintdesk.store.models import Group, Meeting, Theme, database_proxy
from balintdesk.store.refusal import joined, unchanged
from balintdesk.store.roster import ValidationError, get_group
from balintdesk.store.settings import get_flag, set_flag

THEME_MAX_LENGTH = 60
THEMES_MAX_COUNT = 40
# The catalogue context of the default themes. They are stored in English, the source,
# and the window shows them translated (ui/timer/words.py), so a group that changes its
# language sees them in the new one; a theme a leader wrote is shown as written.
THEMES = "Themes"
DEFAULT_THEMES = (
    translatable("Themes", "the angry patient"),
    translatable("Themes", "the demanding patient"),
    translatable("Themes", "the patient who is also a colleague"),
    translatable("Themes", "the dying patient"),
    translatable("Themes", "the frequent attender"),
    translatable("Themes", "the patient I could not help"),
    translatable("Themes", "the family behind the patient"),
    translatable("Themes", "boundaries"),
    translatable("Themes", "when the doctor is unwell"),
)
NEUTRAL_THEMES = Words(
    "Themes",
    "A theme is a short, neutral phrase such as “the demanding patient”; "
    "never a name, a date of birth or anything else that could identify a patient.",
)


def _seeded_key(group_id: int) -> str:
    return f"themes_seeded.{group_id}"


def themes(group_id: int) -> list[str]:
    """The group's themes in the order the leader keeps them.

    The first call for a group fills in the defaults. Whether that happened is remembered
    separately, so a leader who empties the list keeps an empty list.
    """
    get_group(group_id)
    if not get_flag(_seeded_key(group_id)):
        with database_proxy.atomic():
            if not Theme.select().where(Theme.group == group_id).exists():
                Theme.insert_many(
                    [
                        {"group": group_id, "text": text, "position": position}
                        for position, text in enumerate(DEFAULT_THEMES)
                    ]
                ).execute()
            set_flag(_seeded_key(group_id), True)
    query = Theme.select(Theme.text).where(Theme.group == group_id)
    return [row.text for row in query.order_by(Theme.position, Theme.id)]


def clean_theme(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _problems(cleaned: list[str]) -> list[Words]:
    problems = []
    seen: dict[str, int] = {}
    for number, text in enumerate(cleaned, start=1):
        if not text:
            problems.append(
                Words(
                    "Themes",
                    "Theme {number} is empty; write a theme or remove the line.",
                    {"number": number},
                )
            )
        elif len(text) > THEME_MAX_LENGTH:
            problems.append(
                Words(
                    "Themes",
                    "“{start}…” is longer than {most} characters; shorten it.",
                    {"start": text[:30], "most": THEME_MAX_LENGTH},
                )
            )
        elif any(unicodedata.category(ch).startswith("C") for ch in text):
            problems.append(
                Words(
                    "Themes",
                    "Theme {number} contains a control character; please retype it.",
                    {"number": number},
                )
            )
        elif text.casefold() in seen:
            problems.append(
                Words(
                    "Themes",
                    "“{theme}” is in the list twice (theme {number}).",
                    {"theme": text, "number": seen[text.casefold()]},
                )
            )
        else:
            seen[text.casefold()] = number
    if len(cleaned) > THEMES_MAX_COUNT:
        problems.append(
            Words("Themes", "A group can keep at most {most} themes.", {"most": THEMES_MAX_COUNT})
        )
    return problems


def set_themes(group_id: int, texts: list[str], *, expected: list[str] | None = None) -> list[str]:
    """Replace the group's list; returns it as saved. `expected`: the list as the page
    loaded it (`themes`); changed elsewhere since, `refusal.ChangedElsewhere`, nothing
    saved.

    A theme that recorded meetings carry cannot be dropped (they would point at nothing);
    changing only its capitals or spacing renames it on those meetings too.
    """
    get_group(group_id)
    cleaned = [clean_theme(text) for text in texts]
    problems = _problems(cleaned)
    by_fold = {text.casefold(): text for text in cleaned}
    used = (
        Meeting.select(Meeting.theme, fn.COUNT(Meeting.id).alias("uses"))
        .where((Meeting.group == group_id) & (Meeting.theme != ""))
        .group_by(Meeting.theme)
    )
    renames: dict[str, str] = {}
    for row in used:
        kept = by_fold.get(clean_theme(row.theme).casefold())
        if kept is None:
            problems.append(
                Words(
                    "Themes",
                    "“{theme}” is the theme of %n meeting(s) already recorded, so it has to "
                    "stay in the list.",
                    {"theme": row.theme},
                    count=row.uses,
                )
            )
        elif kept != row.theme:
            renames[row.theme] = kept
    if problems:
        raise ValidationError({"themes": joined([*problems, NEUTRAL_THEMES])})
    with database_proxy.atomic():
        if expected is not None:
            locked(Group.select().where(Group.id == group_id)).first()
            unchanged(
                list(expected),
                themes(group_id),
                cleaned,
                Words(
                    "Themes",
                    "The group's themes were changed on another computer in the meantime, "
                    "so yours were not saved. The current list is shown now.",
                ),
            )
        Theme.delete().where(Theme.group == group_id).execute()
        if cleaned:
            Theme.insert_many(
                [
                    {"group": group_id, "text": text, "position": position}
                    for position, text in enumerate(cleaned)
                ]
            ).execute()
        for old, new in renames.items():
            Meeting.update(theme=new).where(
                (Meeting.group == group_id) & (Meeting.theme == old)
            ).execute()
        set_flag(_seeded_key(group_id), True)
    return cleaned


def check_theme(group_id: int, theme: str) -> str:
    """The theme as the list spells it ("" for none); ValidationError if not in the list."""
    wanted = clean_theme(theme)
    if not wanted:
        return ""
    for text in themes(group_id):
        if text.casefold() == wanted.casefold():
            return text
    raise ValidationError(
        {
            "theme": Words(
                "Themes",
                "Choose the theme from the group's list, or leave it empty; a theme "
                "cannot be typed freely, so that nothing about a patient is saved with the "
                "meeting. The list can be edited under Themes.",
            )
        }
    )
