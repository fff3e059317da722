"""Phase templates: the built-in three, validation in sentences, JSON round trips."""

from __future__ import annotations

import dataclasses
import json

import pytest

from balintdesk.domain.phases import (
    Phase,
    PhaseTemplate,
    built_in_template,
    built_in_templates,
    phases_from_json,
    phases_to_json,
    template_from_json,
    template_to_json,
)
from balintdesk.domain.phases import validate_template as problems_of


def validate_template(name, phases) -> dict[str, str]:
    """The problems in English, as a log (and these tests) read them: `Words` each."""
    return {field: str(words) for field, words in problems_of(name, phases).items()}


# --- the built-in templates -------------------------------------------------------------


def test_three_built_ins_in_order_with_their_totals() -> None:
    templates = built_in_templates()
    assert [(t.key, t.total_minutes) for t in templates] == [
        ("classic", 60),
        ("two_cases", 90),
        ("short", 45),
    ]
    assert [t.name for t in templates] == [
        "Classic, one case (60 min)",
        "Two cases (90 min)",
        "Short / training (45 min)",
    ]


def test_classic_is_the_balint_meeting_of_the_issue() -> None:
    classic = built_in_template("classic")
    assert [(p.name, p.minutes) for p in classic.phases] == [
        ("Who has a case?", 3),
        ("Presentation", 10),
        ("Clarifying questions", 5),
        ("Presenter sits back — group discussion", 30),
        ("Presenter returns", 7),
        ("Closing", 5),
    ]
    guidance = {p.name: p.guidance for p in classic.phases}
    assert guidance["Clarifying questions"] == "Brief factual questions only."
    assert guidance["Presenter sits back — group discussion"] == (
        "The presenter sits back and listens; the group wonders about the patient and the doctor."
    )


def test_two_cases_is_the_same_pattern_twice_named_by_case() -> None:
    phases = built_in_template("two_cases").phases
    names = [p.name for p in phases]
    assert names[0] == "Who has a case?" and names[-1] == "Closing"
    for case in (1, 2):
        assert [n for n in names if n.endswith(f"— case {case}")] == [
            f"Presentation — case {case}",
            f"Clarifying questions — case {case}",
            f"Presenter sits back — case {case}",
            f"Presenter returns — case {case}",
        ]
    first, second = phases[1:5], phases[5:9]
    assert [p.minutes for p in first] == [p.minutes for p in second]
    # Shorter phases than the classic meeting's, the longest still the sit-back.
    classic = built_in_template("classic").phases[1:5]
    assert all(a.minutes < c.minutes for a, c in zip(first, classic, strict=True))
    assert max(first, key=lambda p: p.minutes).name.startswith("Presenter sits back")


def test_short_template_keeps_every_step_of_the_method() -> None:
    short = built_in_template("short")
    assert [p.minutes for p in short.phases] == [2, 7, 4, 22, 5, 5]
    assert [p.name for p in short.phases] == [p.name for p in built_in_template("classic").phases]


@pytest.mark.parametrize("template", built_in_templates(), ids=lambda t: t.key)
def test_every_built_in_phase_has_one_calm_line_of_guidance(template: PhaseTemplate) -> None:
    for phase in template.phases:
        assert phase.guidance.strip(), phase.name
        assert "\n" not in phase.guidance
        assert len(phase.guidance) <= 160
        assert "!" not in phase.guidance  # calm: nothing shouts at the room
    assert validate_template(template.name, list(template.phases)) == {}


def test_built_ins_cannot_be_changed_by_a_caller() -> None:
    classic = built_in_templates()[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        classic.phases[0].minutes = 99  # type: ignore[misc]
    assert built_in_templates()[0].phases[0].minutes == 3


def test_an_unknown_built_in_key_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        built_in_template("nonsense")


# --- validation -------------------------------------------------------------------------


def ok_phases(count: int = 2, minutes: int = 10) -> list[Phase]:
    return [Phase(f"Phase {i}", minutes, "Some guidance.") for i in range(count)]


def test_a_good_template_has_no_problems() -> None:
    assert validate_template("Our Tuesday group", ok_phases()) == {}


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "Give the template a name."), ("   ", "Give the template a name."), ("x" * 61, "60")],
)
def test_the_template_needs_a_short_name(name: str, message: str) -> None:
    problems = validate_template(name, ok_phases())
    assert list(problems) == ["name"]
    assert message in problems["name"]


def test_sixty_characters_is_still_a_fine_name() -> None:
    assert validate_template("x" * 60, [Phase("y" * 60, 1, "z" * 160)]) == {}


def test_a_template_needs_one_to_twenty_phases() -> None:
    assert validate_template("T", []) == {"phases": "Add at least one phase."}
    problems = validate_template("T", ok_phases(21, minutes=1))
    assert list(problems) == ["phases"]
    assert "at most 20 phases" in problems["phases"] and "remove 1" in problems["phases"]
    assert validate_template("T", ok_phases(20, minutes=1)) == {}


@pytest.mark.parametrize(
    ("phase", "message"),
    [
        (Phase("", 5), "Give this phase a name."),
        (Phase("y" * 61, 5), "at most 60 characters"),
        (Phase("two\nlines", 5), "one line"),
        (Phase("Sit back", 0), "between 1 and 180 minutes long (it is 0)"),
        (Phase("Sit back", 181), "between 1 and 180 minutes long (it is 181)"),
        (Phase("Sit back", True), "whole minutes"),  # type: ignore[arg-type]
        (Phase("Sit back", 2.5), "whole minutes"),  # type: ignore[arg-type]
        (Phase("Sit back", 5, "z" * 161), "at most 160 characters"),
        (Phase("Sit back", 5, "one\ntwo"), "one line"),
    ],
)
def test_each_phase_problem_is_keyed_by_its_number(phase: Phase, message: str) -> None:
    problems = validate_template("T", [Phase("Fine", 5), phase])
    assert list(problems) == ["phase 2"]
    assert message in problems["phase 2"]
    assert problems["phase 2"].endswith(".")


def test_the_whole_meeting_is_at_most_four_hours() -> None:
    problems = validate_template("T", ok_phases(2, minutes=121))
    assert problems == {
        "phases": "The phases add up to 242 minutes; shorten them to at most 240 minutes "
        "(4 hours) in all."
    }
    assert validate_template("T", ok_phases(2, minutes=120)) == {}


def test_several_problems_are_reported_together() -> None:
    problems = validate_template("", [Phase("", 5), Phase("ok", 0)])
    assert set(problems) == {"name", "phase 1", "phase 2"}


# --- JSON -------------------------------------------------------------------------------


@pytest.mark.parametrize("template", built_in_templates(), ids=lambda t: t.key)
def test_templates_round_trip_through_json(template: PhaseTemplate) -> None:
    text = template_to_json(template)
    assert template_from_json(text) == template
    assert phases_from_json(phases_to_json(template.phases)) == template.phases


def test_json_keeps_any_language_and_an_own_templates_empty_key() -> None:
    own = PhaseTemplate("", "Gruppe Süd — Übung", (Phase("Fallvorstellung", 8, "Ohne Notizen."),))
    text = template_to_json(own)
    assert "Süd" in text  # stored readable, not as \\u escapes
    assert template_from_json(text) == own
    assert json.loads(phases_to_json(own.phases)) == [
        {"name": "Fallvorstellung", "minutes": 8, "guidance": "Ohne Notizen."}
    ]


def test_guidance_may_be_missing_in_stored_phases() -> None:
    assert phases_from_json('[{"name": "A", "minutes": 3}]') == (Phase("A", 3, ""),)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",  # a list, not a template
        '{"version": 2, "key": "", "name": "T", "phases": []}',
        '{"version": 1, "key": "", "name": 5, "phases": []}',
        '{"version": 1, "key": "", "name": "T", "phases": {}}',
        '{"version": 1, "key": "", "name": "T", "phases": [{"name": "A", "minutes": 0}]}',
        '{"version": 1, "key": "", "name": "T", "phases": [{"name": "A", "minutes": "5"}]}',
        '{"version": 1, "key": "", "name": "T", "phases": [{"name": "A", "minutes": true}]}',
        '{"version": 1, "key": "", "name": "T", "phases": [{"minutes": 5}]}',
        '{"version": 1, "key": "", "name": "T", "phases": [["A", 5]]}',
    ],
)
def test_unreadable_template_json_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        template_from_json(text)


def test_unreadable_phases_json_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="list"):
        phases_from_json('{"name": "A"}')
    with pytest.raises(ValueError, match="at least one phase"):
        phases_from_json("[]")
    with pytest.raises(ValueError, match="guidance"):
        phases_from_json('[{"name": "A", "minutes": 3, "guidance": 4}]')
