"""The phase timer's service: a group's templates and timer settings, and (re-exported
from `timer_runs`) the meeting's phase log and the running timer's snapshot.

Templates are chosen by a *choice key*: a built-in's key ("classic", "two_cases",
"short") or "custom:<id>" for one of the group's own. Editing a built-in saves the
group's copy under the built-in's key, so the choice, and a group default pointing at it,
stay the same; resetting drops the copy and the shipped template is back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from peewee import fn

from balintdesk.domain import phases as phase_rules
from balintdesk.domain.phases import Phase, PhaseTemplate
from balintdesk.domain.words import Words, translatable
from balintdesk.store.models import Group, GroupPhaseTemplate, database_proxy
from balintdesk.store.roster import NotFoundError, ValidationError, get_group
from balintdesk.store.timer_runs import (
    discard_run,
    finish_run,
    phase_log,
    save_progress,
    start_run,
    unfinished_run,
)

__all__ = [
    "CUSTOM_PREFIX",
    "DEFAULT_FRAME_TEXT",
    "DEFAULT_TEMPLATE_KEY",
    "DISPLAYS",
    "TimerSettings",
    "default_template_key",
    "delete_template",
    "discard_run",
    "finish_run",
    "get_template",
    "has_override",
    "phase_log",
    "reset_template",
    "save_progress",
    "save_template",
    "save_timer_settings",
    "set_default_template",
    "start_run",
    "templates_for",
    "timer_settings",
    "unfinished_run",
]

log = logging.getLogger(__name__)

CUSTOM_PREFIX = "custom:"
DEFAULT_TEMPLATE_KEY = "classic"
DISPLAYS = ("digits", "arc", "both")
FRAME = "Group frame"  # the catalogue context of the default frame, shown translated
DEFAULT_FRAME_TEXT = translatable(
    "Group frame",
    "What is said here stays here · No advice, no judgement · "
    "The presenter will sit back and listen",
)
WARNING_MAX_SECONDS = 600
CHIME_MAX_VOLUME = 100
FRAME_MAX_CHARACTERS = 300
FRAME_MAX_LINES = 6  # what fits, large enough to read from the back of the room


# --- templates ------------------------------------------------------------------------


def _built_ins() -> dict[str, PhaseTemplate]:
    # Read from the domain each time (it is a few small tuples) so the shipped templates
    # have one home; dict order is the domain's order, which the template list keeps.
    return {template.key: template for template in phase_rules.built_in_templates()}


def custom_id(choice_key: str) -> int | None:
    """The row id in "custom:<id>", or None if the key is not of that form."""
    if not choice_key.startswith(CUSTOM_PREFIX):
        return None
    digits = choice_key.removeprefix(CUSTOM_PREFIX)
    return int(digits) if digits.isascii() and digits.isdigit() else None


def _from_row(row: GroupPhaseTemplate) -> PhaseTemplate | None:
    try:
        phases = phase_rules.phases_from_json(row.phases_json)
    except (TypeError, ValueError):
        # A damaged row must not take the timer page down with it; `balintdesk check`
        # names it, and the built-in it overrides is used meanwhile.
        log.warning("Phase template #%d of group #%d cannot be read", row.id, row.group_id)
        return None
    return PhaseTemplate(key=row.key, name=row.name, phases=phases)


def _group_rows(group_id: int) -> list[GroupPhaseTemplate]:
    query = GroupPhaseTemplate.select().where(GroupPhaseTemplate.group == group_id)
    return list(query.order_by(GroupPhaseTemplate.position, GroupPhaseTemplate.id))


def templates_for(group_id: int) -> list[tuple[str, PhaseTemplate]]:
    """(choice key, template) for the group's choice: the built-ins, each as the group
    edited it if it did, then the group's own templates in their order."""
    get_group(group_id)
    rows = _group_rows(group_id)
    overrides = {row.key: row for row in rows if row.key}
    chosen: list[tuple[str, PhaseTemplate]] = []
    for key, built_in in _built_ins().items():
        edited = _from_row(overrides[key]) if key in overrides else None
        chosen.append((key, edited or built_in))
    for row in rows:
        if not row.key and (template := _from_row(row)) is not None:
            chosen.append((f"{CUSTOM_PREFIX}{row.id}", template))
    return chosen


def get_template(group_id: int, choice_key: str) -> PhaseTemplate:
    """The template behind a choice key; NotFoundError if the group has no such choice."""
    for key, template in templates_for(group_id):
        if key == choice_key:
            return template
    raise NotFoundError(f"Group {group_id} has no phase template “{choice_key}”.")


def has_override(group_id: int, builtin_key: str) -> bool:
    """Whether the group has edited this built-in (so "Reset" has something to undo)."""
    return (
        GroupPhaseTemplate.select()
        .where((GroupPhaseTemplate.group == group_id) & (GroupPhaseTemplate.key == builtin_key))
        .exists()
    )


def _tidy(text: str) -> str:
    return " ".join(text.split())


def save_template(group_id: int, choice_key: str | None, name: str, phases: list[Phase]) -> str:
    """Save a template and return its choice key.

    `choice_key` None makes a new template of the group's own; a built-in's key saves the
    group's edited copy of it (an edit back to exactly the built-in drops the copy); a
    "custom:<id>" key changes that template. ValidationError, with a sentence per field,
    for what the leader can fix.
    """
    get_group(group_id)
    built_ins = _built_ins()
    if choice_key is not None and choice_key not in built_ins and custom_id(choice_key) is None:
        raise NotFoundError(f"“{choice_key}” is not a phase template key.")
    name = _tidy(name)
    tidy = [Phase(_tidy(p.name), p.minutes, _tidy(p.guidance)) for p in phases]
    errors = dict(phase_rules.validate_template(name, tidy))
    if "name" not in errors:
        # Two entries with one name in the template list could not be told apart.
        taken = {t.name.casefold() for key, t in templates_for(group_id) if key != choice_key}
        if name.casefold() in taken:
            errors["name"] = Words(
                "Phases",
                "The group already has a template called “{name}”; choose another name.",
                {"name": name},
            )
    if errors:
        raise ValidationError(errors)
    phases_json = phase_rules.phases_to_json(tidy)
    of_group = GroupPhaseTemplate.group == group_id
    with database_proxy.atomic("IMMEDIATE"):
        if choice_key is None:
            last = GroupPhaseTemplate.select(fn.MAX(GroupPhaseTemplate.position)).where(of_group)
            row = GroupPhaseTemplate.create(
                group=group_id,
                key="",
                name=name,
                phases_json=phases_json,
                position=(last.scalar() or 0) + 1,
            )
            return f"{CUSTOM_PREFIX}{row.id}"
        if choice_key in built_ins:
            original = built_ins[choice_key]
            GroupPhaseTemplate.delete().where(
                of_group & (GroupPhaseTemplate.key == choice_key)
            ).execute()
            # Only a real edit is kept, so has_override means "differs from the shipped one".
            if (name, tuple(tidy)) != (original.name, tuple(original.phases)):
                GroupPhaseTemplate.create(
                    group=group_id, key=choice_key, name=name, phases_json=phases_json
                )
            return choice_key
        updated = (
            GroupPhaseTemplate.update(name=name, phases_json=phases_json)
            .where(
                of_group
                & (GroupPhaseTemplate.id == custom_id(choice_key))
                & (GroupPhaseTemplate.key == "")
            )
            .execute()
        )
        if not updated:
            raise NotFoundError(f"Group {group_id} has no phase template “{choice_key}”.")
        return choice_key


def reset_template(group_id: int, builtin_key: str) -> None:
    """Bring back the shipped version of a built-in template for this group."""
    if builtin_key not in _built_ins():
        raise NotFoundError(f"“{builtin_key}” is not a built-in phase template.")
    with database_proxy.atomic():
        GroupPhaseTemplate.delete().where(
            (GroupPhaseTemplate.group == group_id) & (GroupPhaseTemplate.key == builtin_key)
        ).execute()


def delete_template(group_id: int, choice_key: str) -> None:
    """Delete one of the group's own templates; if it was the default, the default
    becomes the classic template. Meetings already run keep their phase logs."""
    if choice_key in _built_ins():
        raise ValidationError(
            {
                "template": Words(
                    "Phases",
                    "A built-in template cannot be deleted; reset it to undo your changes.",
                )
            }
        )
    row_id = custom_id(choice_key)
    group = get_group(group_id)
    with database_proxy.atomic("IMMEDIATE"):
        deleted = (
            GroupPhaseTemplate.delete()
            .where(
                (GroupPhaseTemplate.group == group_id)
                & (GroupPhaseTemplate.id == (row_id or 0))
                & (GroupPhaseTemplate.key == "")
            )
            .execute()
        )
        if not deleted:
            raise NotFoundError(f"Group {group_id} has no phase template “{choice_key}”.")
        if group.timer_template == choice_key:
            Group.update(timer_template=DEFAULT_TEMPLATE_KEY).where(Group.id == group_id).execute()


def _is_choice(group_id: int, choice_key: str) -> bool:
    if choice_key in _built_ins():
        return True
    row_id = custom_id(choice_key)
    return row_id is not None and (
        GroupPhaseTemplate.select()
        .where(
            (GroupPhaseTemplate.group == group_id)
            & (GroupPhaseTemplate.id == row_id)
            & (GroupPhaseTemplate.key == "")
        )
        .exists()
    )


def _default_of(group: Group) -> str:
    # A key that points nowhere (a row deleted behind our back) must not leave the
    # timer without a template: fall back to the classic one.
    key = group.timer_template
    return key if _is_choice(group.id, key) else DEFAULT_TEMPLATE_KEY


def default_template_key(group_id: int) -> str:
    """The choice key of the template the group's timer starts with."""
    return _default_of(get_group(group_id))


_TEMPLATE_GONE = Words("Phases", "That template no longer exists; choose another.")


def set_default_template(group_id: int, choice_key: str) -> None:
    get_group(group_id)
    if not _is_choice(group_id, choice_key):
        raise ValidationError({"template_key": _TEMPLATE_GONE})
    with database_proxy.atomic():
        Group.update(timer_template=choice_key).where(Group.id == group_id).execute()


# --- settings -------------------------------------------------------------------------


@dataclass(frozen=True)
class TimerSettings:
    template_key: str = DEFAULT_TEMPLATE_KEY
    auto_advance: bool = False
    warning_seconds: int = 120  # 0 = no warning
    display: str = "digits"  # one of DISPLAYS
    chime_volume: int = 0  # 0 = silent, else 1..100
    frame_text: str = DEFAULT_FRAME_TEXT  # the group frame shown before the first phase


def timer_settings(group_id: int) -> TimerSettings:
    group = get_group(group_id)
    return TimerSettings(
        template_key=_default_of(group),
        auto_advance=bool(group.timer_auto_advance),
        warning_seconds=group.timer_warning_seconds,
        display=group.timer_display,
        chime_volume=group.timer_chime_volume,
        frame_text=group.frame_text or DEFAULT_FRAME_TEXT,
    )


def tidy_frame_text(text: str) -> str:
    """Line ends made plain, spaces at line ends and blank lines around the text gone."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n").strip()


def frame_text_problem(text: str) -> Words | None:
    """A sentence about a (tidied) frame text that will not fit the screen, or None."""
    characters = len(text.replace("\n", ""))
    if characters > FRAME_MAX_CHARACTERS:
        return Words(
            "Group frame",
            "The group frame can be at most {most} characters long so it can be read from "
            "the back of the room; it has {characters}.",
            {"most": FRAME_MAX_CHARACTERS, "characters": characters},
        )
    lines = len(text.split("\n")) if text else 0
    if lines > FRAME_MAX_LINES:
        return Words(
            "Group frame",
            "The group frame can have at most {most} lines; it has {lines}.",
            {"most": FRAME_MAX_LINES, "lines": lines},
        )
    return None


def _is_whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def settings_problems(settings: TimerSettings) -> dict[str, Words]:
    """Sentences per field for settings the group cannot have (the template aside)."""
    errors: dict[str, Words] = {}
    if not _is_whole(settings.warning_seconds) or not (
        0 <= settings.warning_seconds <= WARNING_MAX_SECONDS
    ):
        errors["warning_seconds"] = Words(
            "Timer settings",
            "The warning can come at most 10 minutes (600 seconds) before a phase ends; "
            "0 means no warning.",
        )
    if settings.display not in DISPLAYS:
        errors["display"] = Words(
            "Timer settings", "The room display shows the digits, the arc, or both."
        )
    if not _is_whole(settings.chime_volume) or not (0 <= settings.chime_volume <= CHIME_MAX_VOLUME):
        errors["chime_volume"] = Words(
            "Timer settings", "The chime volume goes from 0 (silent) to 100."
        )
    problem = frame_text_problem(tidy_frame_text(settings.frame_text))
    if problem:
        errors["frame_text"] = problem
    return errors


def save_timer_settings(group_id: int, settings: TimerSettings) -> None:
    """Save the group's timer settings; ValidationError with a sentence per field."""
    get_group(group_id)
    errors = settings_problems(settings)
    if not _is_choice(group_id, settings.template_key):
        errors["template_key"] = _TEMPLATE_GONE
    if errors:
        raise ValidationError(errors)
    frame = tidy_frame_text(settings.frame_text)
    # Empty, or the default word for word, is stored as "" ("the default"), so a group
    # that never changed it sees whatever default a later version ships.
    if frame == DEFAULT_FRAME_TEXT:
        frame = ""
    # Only these columns: a save of the whole row could undo another page's change.
    with database_proxy.atomic():
        Group.update(
            timer_template=settings.template_key,
            timer_auto_advance=bool(settings.auto_advance),
            timer_warning_seconds=settings.warning_seconds,
            timer_display=settings.display,
            timer_chime_volume=settings.chime_volume,
            frame_text=frame,
        ).where(Group.id == group_id).execute()
