"""Phase templates: the shape of a Balint meeting, phase by phase, with one line of
guidance for each that speaks the method."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

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

# The guidance is what the leader would say quietly to the room; the same words in every
# template, so a group that switches template hears the method unchanged.
WHO_HAS_A_CASE = "Is there a patient who has stayed with you?"
PRESENTATION = "The presenter tells the story of the encounter, without notes."
CLARIFYING = "Brief factual questions only."
SIT_BACK = (
    "The presenter sits back and listens; the group wonders about the patient and the doctor."
)
RETURNS = "The presenter rejoins: what struck them in what they heard?"
CLOSING = "The leaders draw the threads together."


def _one_case(
    presentation: int, questions: int, sit_back: int, returns: int, suffix: str = ""
) -> tuple[Phase, ...]:
    sit_back_name = "Presenter sits back" + (suffix or " — group discussion")
    return (
        Phase("Presentation" + suffix, presentation, PRESENTATION),
        Phase("Clarifying questions" + suffix, questions, CLARIFYING),
        Phase(sit_back_name, sit_back, SIT_BACK),
        Phase("Presenter returns" + suffix, returns, RETURNS),
    )


BUILT_IN: tuple[PhaseTemplate, ...] = (
    PhaseTemplate(
        "classic",
        "Classic, one case (60 min)",
        (
            Phase("Who has a case?", 3, WHO_HAS_A_CASE),
            *_one_case(10, 5, 30, 7),
            Phase("Closing", 5, CLOSING),
        ),
    ),
    PhaseTemplate(
        "two_cases",
        "Two cases (90 min)",
        (
            Phase("Who has a case?", 3, "Are there two patients who have stayed with you?"),
            # 8 + 4 + 24 + 5 = 41 a case: with 3 to begin and 5 to close, exactly 90.
            *_one_case(8, 4, 24, 5, " — case 1"),
            *_one_case(8, 4, 24, 5, " — case 2"),
            Phase("Closing", 5, CLOSING),
        ),
    ),
    PhaseTemplate(
        "short",
        "Short / training (45 min)",
        (
            Phase("Who has a case?", 2, WHO_HAS_A_CASE),
            *_one_case(7, 4, 22, 5),
            Phase("Closing", 5, CLOSING),
        ),
    ),
)


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


def _phase_problem(phase: Phase) -> str | None:
    name = phase.name.strip() if isinstance(phase.name, str) else ""
    if not name:
        return "Give this phase a name."
    if len(name) > MAX_NAME_CHARS:
        return f"Shorten the phase name to at most {MAX_NAME_CHARS} characters."
    if "\n" in name or "\r" in name:
        return "Keep the phase name to one line."
    minutes = phase.minutes
    # bool is an int to Python, but True minutes is a mistake, not one minute.
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        return "Give the phase's length in whole minutes."
    if not MIN_PHASE_MINUTES <= minutes <= MAX_PHASE_MINUTES:
        return (
            f"Make the phase between {MIN_PHASE_MINUTES} and {MAX_PHASE_MINUTES} minutes "
            f"long (it is {minutes})."
        )
    guidance = phase.guidance if isinstance(phase.guidance, str) else None
    if guidance is None:
        return "The guidance must be text."
    if len(guidance.strip()) > MAX_GUIDANCE_CHARS:
        return f"Shorten the guidance to one line of at most {MAX_GUIDANCE_CHARS} characters."
    if "\n" in guidance.strip() or "\r" in guidance.strip():
        return "Keep the guidance to one line."
    return None


def validate_template(name: str, phases: Sequence[Phase]) -> dict[str, str]:
    """Problems keyed by field ("name", "phases", "phase 3"), each a sentence to act on.

    Phases are numbered from 1, as the editor shows them. Empty when the template is fine.
    """
    problems: dict[str, str] = {}
    stripped = name.strip() if isinstance(name, str) else ""
    if not stripped:
        problems["name"] = "Give the template a name."
    elif len(stripped) > MAX_NAME_CHARS:
        problems["name"] = f"Shorten the template name to at most {MAX_NAME_CHARS} characters."
    if not phases:
        problems["phases"] = "Add at least one phase."
    elif len(phases) > MAX_PHASES:
        problems["phases"] = (
            f"A template has at most {MAX_PHASES} phases; remove {len(phases) - MAX_PHASES}."
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
            problems["phases"] = (
                f"The phases add up to {total} minutes; shorten them to at most "
                f"{MAX_TOTAL_MINUTES} minutes ({MAX_TOTAL_MINUTES // 60} hours) in all."
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
