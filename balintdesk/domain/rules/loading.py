"""Reading rule files: TOML, one rule a file, its id the file's stem (docs/rules.md).

A file that cannot be read, or says something this version cannot assess (an unknown
condition kind, a missing English title, a number that is not a whole number ≥ 0), is a
`RuleProblem` with a sentence saying which and where; the other files still load. The
first folder given is the shipped one (`resources/rules/`); a file in a later folder (the
data folder's `rules/`) with the same stem replaces the shipped rule.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from balintdesk.domain.rules.history import CO_LED, LED, MEMBER
from balintdesk.domain.rules.model import Rule, RuleBook, RuleProblem, Setting
from balintdesk.domain.words import Words

LANGUAGES = ("en", "de", "fr", "nl", "it")

# The condition kinds this version assesses (assessing.py; docs/rules.md says what each does).
SESSIONS = "sessions"
IN_PERSON_MINIMUM = "in_person"
FIRST_LAST_IN_PERSON = "first_last_in_person"
SPAN = "span"
RECOGNISED_LEADER = "recognised_leader"
LOG_ENTRIES = "log_entries"
KINDS = (SESSIONS, IN_PERSON_MINIMUM, FIRST_LAST_IN_PERSON, SPAN, RECOGNISED_LEADER, LOG_ENTRIES)

# How a session counts: once, or by its minutes in units of this many minutes.
UNIT_MINUTES = {"sessions": 0, "double_sessions": 90, "hours": 60, "teaching_hours": 45}
ENTRY_MEASURES = ("entries", "hours")
ROLES = (MEMBER, LED, CO_LED)
ENTRY_KINDS = ("supervision", "training", "society_event", "other")  # domain.leader_log's
ONLINE_LONGER = ("cap", "exclude")

# The fields each kind may have (beyond `kind` and `key`), and those it must have.
_FIELDS: dict[str, set[str]] = {
    SESSIONS: {"measure", "roles", "at_least", "online_max_minutes", "online_longer"},
    IN_PERSON_MINIMUM: {"measure", "roles", "at_least"},
    FIRST_LAST_IN_PERSON: {"roles"},
    SPAN: {"roles", "months"},
    RECOGNISED_LEADER: set(),
    LOG_ENTRIES: {"entry_kind", "measure", "at_least"},
}
_REQUIRED: dict[str, set[str]] = {
    SESSIONS: {"at_least"},
    IN_PERSON_MINIMUM: {"at_least"},
    SPAN: {"months"},
    LOG_ENTRIES: {"entry_kind", "at_least"},
}
_TOP = {"title", "country", "audience", "sources", "settings", "conditions"}
AUDIENCES = ("", "members", "leaders")
_LINE = re.compile(r"line (\d+)")


class _Bad(Exception):
    def __init__(self, words: Words):
        super().__init__(words.english())
        self.words = words


def load_rules(folders: Sequence[Path]) -> RuleBook:
    rules: dict[str, Rule] = {}
    problems: list[RuleProblem] = []
    for index, folder in enumerate(folders):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                rule = read_rule(path, shipped=index == 0)
            except _Bad as bad:
                problems.append(RuleProblem(path, bad.words))
                continue
            rules[rule.id] = rule
    return RuleBook(rules=dict(sorted(rules.items())), problems=tuple(problems))


def read_rule(path: Path, *, shipped: bool = False) -> Rule:
    """The rule in `path`; raises `_Bad` (caught by `load_rules`) with what is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise _Bad(Words("Rules", "The file could not be read as UTF-8 text.")) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _LINE.search(str(error))
        raise _Bad(
            Words(
                "Rules",
                "The file is not valid TOML: see line {line}.",
                {"line": int(found.group(1)) if found else 1},
            )
        ) from None
    return parse_rule(path.stem, data, path=path, shipped=shipped)


def parse_rule(rule_id: str, data: Mapping[str, Any], *, path=None, shipped=False) -> Rule:
    unknown = sorted(set(data) - _TOP)
    if unknown:
        raise _Bad(Words("Rules", "Unknown entry “{name}”.", {"name": unknown[0]}))
    title = data.get("title")
    if not isinstance(title, Mapping) or not _text(title.get("en")):
        raise _Bad(Words("Rules", "The rule has no English title ([title] en = …)."))
    if any(not _text(value) for value in title.values()):
        raise _Bad(Words("Rules", "Every title must be a text."))
    country = data.get("country", "")
    if not isinstance(country, str):
        raise _Bad(Words("Rules", '“country” must be a text, such as "DE".'))
    audience = data.get("audience", "")
    if audience not in AUDIENCES:
        raise _Bad(Words("Rules", '“audience” must be "members" or "leaders".'))
    sources = data.get("sources", [])
    if not isinstance(sources, list) or not all(_text(s) for s in sources):
        raise _Bad(Words("Rules", "“sources” must be a list of texts."))
    settings = _settings(data.get("settings", {}))
    conditions = data.get("conditions")
    if not isinstance(conditions, list) or not conditions:
        raise _Bad(Words("Rules", "The rule has no conditions ([[conditions]])."))
    keys = {setting.key for setting in settings}
    checked = []
    for number, condition in enumerate(conditions, start=1):
        checked.append(_condition(number, condition, keys, [c["key"] for c in checked]))
    return Rule(
        id=rule_id,
        title={str(k): str(v) for k, v in title.items()},
        country=country,
        sources=tuple(sources),
        audience=audience,
        settings=settings,
        conditions=tuple(checked),
        path=path,
        shipped=shipped,
    )


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _settings(given: object) -> tuple[Setting, ...]:
    if not isinstance(given, Mapping):
        raise _Bad(Words("Rules", "[settings] must be a table of settings."))
    settings = []
    for key, entry in given.items():
        if not isinstance(entry, Mapping):
            raise _Bad(Words("Rules", "The setting “{key}” must be a table.", {"key": key}))
        numbers = [entry.get(name) for name in ("default", "min", "max")]
        if not all(_whole(n) for n in numbers):
            raise _Bad(
                Words(
                    "Rules",
                    "The setting “{key}” needs default, min and max as whole numbers.",
                    {"key": key},
                )
            )
        default, minimum, maximum = numbers
        if not minimum <= default <= maximum:
            raise _Bad(
                Words(
                    "Rules",
                    "The setting “{key}”: its default must lie between min and max.",
                    {"key": key},
                )
            )
        label = entry.get("label", {})
        why = entry.get("why", {})
        if not isinstance(label, Mapping) or not _text(label.get("en")):
            raise _Bad(Words("Rules", "The setting “{key}” has no English label.", {"key": key}))
        if not isinstance(why, Mapping):
            why = {}
        settings.append(
            Setting(
                key=key,
                default=default,
                minimum=minimum,
                maximum=maximum,
                label={str(k): str(v) for k, v in label.items()},
                why={str(k): str(v) for k, v in why.items()},
            )
        )
    return tuple(settings)


def _condition(number: int, given: object, settings: set[str], keys: list[str]) -> dict:
    where = {"number": number}
    if not isinstance(given, Mapping):
        raise _Bad(Words("Rules", "Condition {number} must be a table.", where))
    kind = given.get("kind")
    if kind not in KINDS:
        raise _Bad(
            Words(
                "Rules",
                "Condition {number} has an unknown kind “{kind}”.",
                {"number": number, "kind": str(kind)},
            )
        )
    allowed = _FIELDS[kind] | {"kind", "key"}
    extra = sorted(set(given) - allowed)
    if extra:
        raise _Bad(
            Words(
                "Rules",
                "Condition {number} ({kind}) has an unknown field “{name}”.",
                {"number": number, "kind": kind, "name": extra[0]},
            )
        )
    missing = sorted(_REQUIRED.get(kind, set()) - set(given))
    if missing:
        raise _Bad(
            Words(
                "Rules",
                "Condition {number} ({kind}) needs “{name}”.",
                {"number": number, "kind": kind, "name": missing[0]},
            )
        )
    condition = dict(given)
    key = condition.get("key") or kind
    if key in keys:
        key = f"{key}-{number}"
    condition["key"] = key
    for name in ("at_least", "months"):
        if name in condition:
            _amount(number, name, condition[name], settings)
    if "online_max_minutes" in condition and not _whole(condition["online_max_minutes"]):
        raise _bad_number(number, "online_max_minutes")
    _choice(number, condition, "online_longer", ONLINE_LONGER)
    _choice(number, condition, "entry_kind", ENTRY_KINDS)
    measures = ENTRY_MEASURES if kind == LOG_ENTRIES else tuple(UNIT_MINUTES)
    _choice(number, condition, "measure", measures)
    roles = condition.get("roles", [MEMBER])
    if not isinstance(roles, list) or not roles or any(r not in ROLES for r in roles):
        raise _bad_value(number, "roles")
    return condition


def _amount(number: int, name: str, value: object, settings: set[str]) -> None:
    if isinstance(value, Mapping):
        key = value.get("setting")
        if set(value) != {"setting"} or key not in settings:
            raise _Bad(
                Words(
                    "Rules",
                    "Condition {number}: “{name}” names a setting the rule does not have.",
                    {"number": number, "name": name},
                )
            )
    elif not _whole(value):
        raise _bad_number(number, name)


def _choice(number: int, condition: Mapping[str, Any], name: str, allowed: tuple) -> None:
    if name in condition and condition[name] not in allowed:
        raise _bad_value(number, name)


def _bad_value(number: int, name: str) -> _Bad:
    return _Bad(
        Words(
            "Rules",
            "Condition {number}: “{name}” has a value this version does not know.",
            {"number": number, "name": name},
        )
    )


def _bad_number(number: int, name: str) -> _Bad:
    return _Bad(
        Words(
            "Rules",
            "Condition {number}: “{name}” must be a whole number, 0 or more.",
            {"number": number, "name": name},
        )
    )
