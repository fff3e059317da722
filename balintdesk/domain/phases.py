"""Phase templates: the shape of a Balint meeting, phase by phase, with one line of
guidance for each that speaks the method."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from balintdesk.domain.words import Words, translatable

MAX_NAME_CHARS = 60
MAX_GUIDANCE_CHARS = 160
MAX_PHASES = 20
MIN_PHASE_MINUTES = 1
MAX_PHASE_MINUTES = 180
MAX_TOTAL_MINUTES = 240
JSON_VERSION = 1  # of template_to_json's object; raise it when its shape changes


@dataclass(frozen=True)
class Phase:
    name: str
    minutes: int  # planned length; whole minutes, 1..180
    guidance: str = ""  # one line shown with the phase on the big screen


@dataclass(frozen=True)
class PhaseTemplate:
    key: str  # stable id of a built-in template ("classic"), or "" for a group's own
    name: str  # "Classic, one case (60 min)"
    phases: tuple[Phase, ...]

    @property
    def total_minutes(self) -> int:
        return sum(phase.minutes for phase in self.phases)


# --- the built-in templates -------------------------------------------------------------

# Every word of the built-in templates is marked for the catalogue: the window shows a
# phase's name and guidance in the user's language (`ui/timer/words.py`), and a name a
# group saved that is one of these English sources is shown translated too; a name a user
# typed is shown as typed. The store keeps the English source.
PHASES = "Phases"  # the catalogue context of the phases' names and guidance
TEMPLATES = "Phase templates"  # ... and of the templates' names

# The guidance is what the leader would say quietly to the room; the same words in every
# template, so a group that switches template hears the method unchanged.
WHO_HAS_A_CASE = translatable("Phases", "Is there a patient who has stayed with you?")
WHO_HAS_TWO_CASES = translatable("Phases", "Are there two patients who have stayed with you?")
PRESENTATION = translatable(
    "Phases", "The presenter tells the story of the encounter, without notes."
)
CLARIFYING = translatable("Phases", "Brief factual questions only.")
SIT_BACK = translatable(
    "Phases",
    "The presenter sits back and listens; the group wonders about the patient and the doctor.",
)
RETURNS = translatable("Phases", "The presenter rejoins: what struck them in what they heard?")
CLOSING = translatable("Phases", "The leaders draw the threads together.")

WHO_HAS_A_CASE_NAME = translatable("Phases", "Who has a case?")
CLOSING_NAME = translatable("Phases", "Closing")
# A case's four phases: (presentation, questions, sitting back, return), for one case
# and for each of two. Whole names, so each is translated as a whole.
ONE_CASE_NAMES = (
    translatable("Phases", "Presentation"),
    translatable("Phases", "Clarifying questions"),
    translatable("Phases", "Presenter sits back — group discussion"),
    translatable("Phases", "Presenter returns"),
)
CASE_1_NAMES = (
    translatable("Phases", "Presentation — case 1"),
    translatable("Phases", "Clarifying questions — case 1"),
    translatable("Phases", "Presenter sits back — case 1"),
    translatable("Phases", "Presenter returns — case 1"),
)
CASE_2_NAMES = (
    translatable("Phases", "Presentation — case 2"),
    translatable("Phases", "Clarifying questions — case 2"),
    translatable("Phases", "Presenter sits back — case 2"),
    translatable("Phases", "Presenter returns — case 2"),
)

# A built-in template's name is "<short name> (<minutes> min)"; the edge writes it the
# same way in the user's language ("{name} ({minutes} min)").
SHORT_NAMES = {
    "classic": translatable("Phase templates", "Classic, one case"),
    "two_cases": translatable("Phase templates", "Two cases"),
    "short": translatable("Phase templates", "Short / training"),
}


def _one_case(
    names: tuple[str, str, str, str], presentation: int, questions: int, sit_back: int, returns: int
) -> tuple[Phase, ...]:
    return (
        Phase(names[0], presentation, PRESENTATION),
        Phase(names[1], questions, CLARIFYING),
        Phase(names[2], sit_back, SIT_BACK),
        Phase(names[3], returns, RETURNS),
    )


def _template(key: str, phases: tuple[Phase, ...]) -> PhaseTemplate:
    minutes = sum(phase.minutes for phase in phases)
    return PhaseTemplate(key, f"{SHORT_NAMES[key]} ({minutes} min)", phases)


BUILT_IN: tuple[PhaseTemplate, ...] = (
    _template(
        "classic",
        (
            Phase(WHO_HAS_A_CASE_NAME, 3, WHO_HAS_A_CASE),
            *_one_case(ONE_CASE_NAMES, 10, 5, 30, 7),
            Phase(CLOSING_NAME, 5, CLOSING),
        ),
    ),
    _template(
        "two_cases",
        (
            Phase(WHO_HAS_A_CASE_NAME, 3, WHO_HAS_TWO_CASES),
            # 8 + 4 + 24 + 5 = 41 a case: with 3 to begin and 5 to close, exactly 90.
            *_one_case(CASE_1_NAMES, 8, 4, 24, 5),
            *_one_case(CASE_2_NAMES, 8, 4, 24, 5),
            Phase(CLOSING_NAME, 5, CLOSING),
        ),
    ),
    _template(
        "short",
        (
            Phase(WHO_HAS_A_CASE_NAME, 2, WHO_HAS_A_CASE),
            *_one_case(ONE_CASE_NAMES, 7, 4, 22, 5),
            Phase(CLOSING_NAME, 5, CLOSING),
        ),
    ),
)

# The English sources the edge translates: a phase's name or guidance is shown translated
# only when it is one of these, so a user's own words never meet the catalogue.
PHASE_TEXTS = frozenset(
    text
    for template in BUILT_IN
    for phase in template.phases
    for text in (phase.name, phase.guidance)
)


def built_in_short_name(name: str) -> tuple[str, int] | None:
    """(short name, minutes) when `name` is a built-in template's own English name, so the
    edge can write it in the user's language; None for any other name."""
    for template in BUILT_IN:
        if template.name == name:
            return SHORT_NAMES[template.key], template.total_minutes
    return None


def built_in_templates() -> tuple[PhaseTemplate, ...]:
    """Classic (60 min), two cases (90), short/training (45), in that order.

    Frozen dataclasses of tuples: callers may share them, nobody can change them."""
    return BUILT_IN


def built_in_template(key: str) -> PhaseTemplate:
    """The built-in template with `key` (to reset a group's edited copy); KeyError if none."""
    for template in BUILT_IN:
        if template.key == key:
            return template
    raise KeyError(key)


# --- validation -------------------------------------------------------------------------


def _phase_problem(phase: Phase) -> Words | None:
    name = phase.name.strip() if isinstance(phase.name, str) else ""
    if not name:
        return Words("Phases", "Give this phase a name.")
    if len(name) > MAX_NAME_CHARS:
        return Words(
            "Phases",
            "Shorten the phase name to at most {most} characters.",
            {"most": MAX_NAME_CHARS},
        )
    if "\n" in name or "\r" in name:
        return Words("Phases", "Keep the phase name to one line.")
    minutes = phase.minutes
    # bool is an int to Python, but True minutes is a mistake, not one minute.
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        return Words("Phases", "Give the phase's length in whole minutes.")
    if not MIN_PHASE_MINUTES <= minutes <= MAX_PHASE_MINUTES:
        return Words(
            "Phases",
            "Make the phase between {least} and {most} minutes long (it is {minutes}).",
            {"least": MIN_PHASE_MINUTES, "most": MAX_PHASE_MINUTES, "minutes": minutes},
        )
    guidance = phase.guidance if isinstance(phase.guidance, str) else None
    if guidance is None:
        return Words("Phases", "The guidance must be text.")
    if len(guidance.strip()) > MAX_GUIDANCE_CHARS:
        return Words(
            "Phases",
            "Shorten the guidance to one line of at most {most} characters.",
            {"most": MAX_GUIDANCE_CHARS},
        )
    if "\n" in guidance.strip() or "\r" in guidance.strip():
        return Words("Phases", "Keep the guidance to one line.")
    return None


def validate_template(name: str, phases: Sequence[Phase]) -> dict[str, Words]:
    """Problems keyed by field ("name", "phases", "phase 3"), each a sentence to act on,
    as `Words` (the edge says them in the user's language; str() gives the English).

    Phases are numbered from 1, as the editor shows them. Empty when the template is fine.
    """
    problems: dict[str, Words] = {}
    stripped = name.strip() if isinstance(name, str) else ""
    if not stripped:
        problems["name"] = Words("Phases", "Give the template a name.")
    elif len(stripped) > MAX_NAME_CHARS:
        problems["name"] = Words(
            "Phases",
            "Shorten the template name to at most {most} characters.",
            {"most": MAX_NAME_CHARS},
        )
    if not phases:
        problems["phases"] = Words("Phases", "Add at least one phase.")
    elif len(phases) > MAX_PHASES:
        problems["phases"] = Words(
            "Phases",
            "A template has at most {most} phases; remove {extra}.",
            {"most": MAX_PHASES, "extra": len(phases) - MAX_PHASES},
        )
    for number, phase in enumerate(phases, start=1):
        problem = _phase_problem(phase)
        if problem:
            problems[f"phase {number}"] = problem
    if "phases" not in problems:
        total = sum(
            phase.minutes
            for phase in phases
            if isinstance(phase.minutes, int) and not isinstance(phase.minutes, bool)
        )
        if total > MAX_TOTAL_MINUTES:
            problems["phases"] = Words(
                "Phases",
                "The phases add up to {total} minutes; shorten them to at most {most} "
                "minutes ({hours} hours) in all.",
                {"total": total, "most": MAX_TOTAL_MINUTES, "hours": MAX_TOTAL_MINUTES // 60},
            )
    return problems


# --- JSON, as the store keeps templates -------------------------------------------------


def phase_to_dict(phase: Phase) -> dict[str, Any]:
    return {"name": phase.name, "minutes": phase.minutes, "guidance": phase.guidance}


def phase_from_dict(data: Any) -> Phase:
    """A Phase from `phase_to_dict`'s shape; ValueError naming what is wrong.

    Checks the shape only, not validate_template's limits: data saved under older limits
    must still load. A length below one minute is refused, since no timer can run it.
    """
    if not isinstance(data, dict):
        raise ValueError(f"A phase must be a JSON object, not {type(data).__name__}.")
    name, minutes, guidance = data.get("name"), data.get("minutes"), data.get("guidance", "")
    if not isinstance(name, str):
        raise ValueError(f"A phase's name must be text, got {name!r}.")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < MIN_PHASE_MINUTES:
        raise ValueError(f"Phase {name!r}: minutes must be a whole number ≥ 1, got {minutes!r}.")
    if not isinstance(guidance, str):
        raise ValueError(f"Phase {name!r}: guidance must be text, got {guidance!r}.")
    return Phase(name=name, minutes=minutes, guidance=guidance)


def phases_to_json(phases: Sequence[Phase]) -> str:
    """A JSON list of {name, minutes, guidance}; non-ASCII kept as is (names in any language)."""
    return json.dumps([phase_to_dict(phase) for phase in phases], ensure_ascii=False)


def phases_from_json(text: str) -> tuple[Phase, ...]:
    """The phases `phases_to_json` wrote; ValueError if `text` is not that, or no phase."""
    data = json.loads(text)  # json.JSONDecodeError is a ValueError
    if not isinstance(data, list):
        raise ValueError(f"Phases must be a JSON list, not {type(data).__name__}.")
    if not data:
        # No timer can run an empty template; the store then falls back to the built-in.
        raise ValueError("Phases must hold at least one phase.")
    return tuple(phase_from_dict(item) for item in data)


def template_to_json(template: PhaseTemplate) -> str:
    data = {
        "version": JSON_VERSION,
        "key": template.key,
        "name": template.name,
        "phases": [phase_to_dict(phase) for phase in template.phases],
    }
    return json.dumps(data, ensure_ascii=False)


def template_from_json(text: str) -> PhaseTemplate:
    """The template `template_to_json` wrote; ValueError if `text` is not that."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"A template must be a JSON object, not {type(data).__name__}.")
    version = data.get("version")
    if version != JSON_VERSION:
        raise ValueError(f"Unknown template format version {version!r}.")
    key, name, phases = data.get("key", ""), data.get("name"), data.get("phases")
    if not isinstance(key, str) or not isinstance(name, str):
        raise ValueError("A template's key and name must be text.")
    if not isinstance(phases, list):
        raise ValueError(f"A template's phases must be a JSON list, got {phases!r}.")
    return PhaseTemplate(key=key, name=name, phases=tuple(phase_from_dict(p) for p in phases))
