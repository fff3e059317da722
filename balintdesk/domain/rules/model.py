"""A rule as read from its TOML file, and what assessing it says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from balintdesk.domain.words import Words


@dataclass(frozen=True)
class Setting:
    """A figure the rule leaves to the region or programme (a deanery asks 25 or 30
    attendances; German chambers differ): its default and the range it may take."""

    key: str
    default: int
    minimum: int
    maximum: int
    label: Mapping[str, str]  # language -> text; "en" always present
    why: Mapping[str, str] = field(default_factory=dict)  # why it varies, per language


@dataclass(frozen=True)
class Rule:
    id: str  # the file's stem: "de-psychosomatic-basic-care"
    title: Mapping[str, str]  # language -> title; "en" always present
    country: str  # ISO 3166 alpha-2, or "" for an international body
    sources: tuple[str, ...]  # citations, as the file gives them
    settings: tuple[Setting, ...]
    conditions: tuple[Mapping[str, Any], ...]  # as the file gives them; see assessing
    path: Path | None = None  # the file it came from
    shipped: bool = True  # False for a programme's own file in the data folder
    audience: str = ""  # "members" | "leaders": whom the rule is for; "" when not said

    def title_in(self, language: str) -> str:
        return self.title.get(language) or self.title["en"]


@dataclass(frozen=True)
class RuleProblem:
    """A rule file that could not be read; the others still are."""

    path: Path
    words: Words


@dataclass(frozen=True)
class RuleBook:
    rules: Mapping[str, Rule]  # by id; a data-folder file replaces a shipped one
    problems: tuple[RuleProblem, ...] = ()


@dataclass(frozen=True)
class ConditionResult:
    """One condition of a rule for one person: its line for the person to read
    ("11 of 15 double sessions"), whether it is met, what is still missing ("4 more
    double sessions"; None when met) and the days of the sessions that count toward it."""

    key: str
    met: bool
    line: Words
    missing: Words | None = None
    counted: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class Assessment:
    rule: Rule
    person: str
    until: dt.date | None
    settings: Mapping[str, int]
    results: tuple[ConditionResult, ...]

    @property
    def met(self) -> bool:
        return all(result.met for result in self.results)
