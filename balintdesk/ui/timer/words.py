"""The built-in words the timer shows in the user's language: the phase templates' names
and guidance (domain/phases.py) and the default group frame (store/timer_store.py). (The
default themes are the Meeting page's: ui/meeting/words.py.)

The store keeps the English source of each. It is translated when shown, so a switch of
language keeps it translated; a name a user typed is not one of the sources and is shown
as typed. When a user saves what the window showed (a template's names in the editor, the
frame), `*_source` turns a shown translation back into its English source, so what
is stored does not depend on the language it was edited in.
"""

from __future__ import annotations

from balintdesk.domain import phases as phase_rules
from balintdesk.domain.phases import PhaseTemplate
from balintdesk.i18n import fill, translate
from balintdesk.store.timer_store import DEFAULT_FRAME_TEXT, FRAME

__all__ = [
    "frame_source",
    "frame_text",
    "phase_source",
    "phase_text",
    "template_label",
    "template_name_source",
]


def _shown(context: str, text: str, sources: frozenset[str] | tuple[str, ...]) -> str:
    # Only a known source meets the catalogue: a user's phase called "Save" stays "Save".
    return translate(context, text) if text in sources else text


def _source(context: str, shown: str, sources: frozenset[str] | tuple[str, ...]) -> str:
    for source in sources:
        if translate(context, source) == shown:
            return source
    return shown


def phase_text(text: str) -> str:
    """A phase's name or guidance as the user reads it."""
    return _shown(phase_rules.PHASES, text, phase_rules.PHASE_TEXTS)


def phase_source(shown: str) -> str:
    """What to store for a phase's name or guidance the editor showed."""
    return _source(phase_rules.PHASES, shown, phase_rules.PHASE_TEXTS)


def template_label(template: PhaseTemplate) -> str:
    """ "Classic, one case (60 min)" in the user's language; a group's own name as typed."""
    built_in = phase_rules.built_in_short_name(template.name)
    if built_in is None:
        return template.name
    short, minutes = built_in
    return fill(
        translate("Phase templates", "{name} ({minutes} min)"),
        name=translate(phase_rules.TEMPLATES, short),
        minutes=minutes,
    )


def template_name_source(shown: str) -> str:
    """A template name the editor showed, back to a built-in's English name if it is one."""
    for template in phase_rules.built_in_templates():
        if template_label(template) == shown:
            return template.name
    return shown


def frame_text(text: str) -> str:
    """The group frame: the default one in the user's language, a group's own as written."""
    return translate(FRAME, DEFAULT_FRAME_TEXT) if text == DEFAULT_FRAME_TEXT else text


def frame_source(shown: str) -> str:
    return DEFAULT_FRAME_TEXT if shown == frame_text(DEFAULT_FRAME_TEXT) else shown
