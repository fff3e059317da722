"""Reading rule files: the shipped ones whole, a bad file a problem with its sentence while
the others load, a data-folder file over the shipped one."""

from __future__ import annotations

from pathlib import Path

import pytest

from balintdesk.domain.rules import load_rules
from balintdesk.domain.rules.loading import KINDS, LANGUAGES
from balintdesk.i18n import say
from balintdesk.resources import resource_path

SHIPPED = resource_path("rules")
GOOD = """
country = "DE"
sources = ["A programme's own handbook, read 2026-12-01"]
[title]
en = "Our programme"
[settings.needed]
default = 10
min = 5
max = 20
label = { en = "Sessions needed" }
[[conditions]]
kind = "sessions"
at_least = { setting = "needed" }
"""


def _folder(tmp_path: Path, name: str, **files: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for stem, text in files.items():
        (folder / f"{stem}.toml").write_text(text, encoding="utf-8")
    return folder


def _problem(tmp_path: Path, text: str) -> str:
    folder = _folder(tmp_path, "rules", bad=text, good=GOOD)
    book = load_rules([folder])
    assert list(book.rules) == ["good"]  # the other file still loads
    [problem] = book.problems
    assert problem.path == folder / "bad.toml"
    return say(problem.words)


def test_every_shipped_rule_loads_with_sources_and_five_titles():
    book = load_rules([SHIPPED])
    assert book.problems == ()
    assert set(book.rules) >= {
        "de-psychosomatic-basic-care",
        "de-gp-specialist-training",
        "uk-core-psychiatry",
        "uk-balint-society-leader",
        "us-american-balint-society-leader",
        "ibf-leader-guidance",
    }
    for rule in book.rules.values():
        assert rule.shipped and rule.path is not None and rule.id == rule.path.stem
        assert set(rule.title) == set(LANGUAGES), rule.id
        cited = [source for source in rule.sources if "https://" in source or "http://" in source]
        assert len(cited) >= 1 and all("read 20" in source for source in cited), rule.id
        for setting in rule.settings:
            assert set(setting.label) == set(LANGUAGES) == set(setting.why), (rule.id, setting.key)


def test_every_shipped_condition_is_of_a_known_kind():
    for rule in load_rules([SHIPPED]).rules.values():
        assert {condition["kind"] for condition in rule.conditions} <= set(KINDS), rule.id
    kinds = {c["kind"] for r in load_rules([SHIPPED]).rules.values() for c in r.conditions}
    assert kinds == set(KINDS)  # and every kind is used by some shipped rule


def test_a_rules_settings_are_read():
    rule = load_rules([SHIPPED]).rules["uk-core-psychiatry"]
    assert rule.country == "GB" and rule.settings[0].key == "attendances"
    assert (rule.settings[0].minimum, rule.settings[0].maximum) == (25, 30)


def test_a_data_folder_file_replaces_the_shipped_rule_of_its_name(tmp_path):
    mine = _folder(tmp_path, "data", **{"uk-core-psychiatry": GOOD})
    book = load_rules([SHIPPED, mine])
    rule = book.rules["uk-core-psychiatry"]
    assert rule.title["en"] == "Our programme" and not rule.shipped
    assert rule.path == mine / "uk-core-psychiatry.toml"
    assert book.rules["de-psychosomatic-basic-care"].shipped


def test_a_bad_data_folder_file_leaves_the_shipped_rule(tmp_path):
    mine = _folder(tmp_path, "data", **{"uk-core-psychiatry": "title = ["})
    book = load_rules([SHIPPED, mine])
    assert book.rules["uk-core-psychiatry"].shipped
    assert [p.path.name for p in book.problems] == ["uk-core-psychiatry.toml"]


def test_a_missing_folder_is_no_problem(tmp_path):
    assert load_rules([SHIPPED, tmp_path / "none"]).problems == ()


def test_toml_syntax_error_names_its_line(tmp_path):
    text = 'country = "DE"\n[title]\nen = "Ours"\nde = \n'
    assert _problem(tmp_path, text) == "The file is not valid TOML: see line 4."


def test_unknown_condition_kind(tmp_path):
    text = GOOD + '[[conditions]]\nkind = "sessions_in_the_moon"\n'
    assert _problem(tmp_path, text) == "Condition 2 has an unknown kind “sessions_in_the_moon”."


def test_missing_english_title(tmp_path):
    text = GOOD.replace('en = "Our programme"', 'de = "Unser Programm"')
    assert _problem(tmp_path, text) == "The rule has no English title ([title] en = …)."


@pytest.mark.parametrize("number", ["-1", "2.5", '"ten"', "true"])
def test_a_bad_number(tmp_path, number):
    text = GOOD.replace('at_least = { setting = "needed" }', f"at_least = {number}")
    expected = "Condition 1: “at_least” must be a whole number, 0 or more."
    assert _problem(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        (
            ("default = 10", "default = 30"),
            "The setting “needed”: its default must lie between min and max.",
        ),
        (
            ("max = 20", "max = 2.5"),
            "The setting “needed” needs default, min and max as whole numbers.",
        ),
        (
            ('{ setting = "needed" }', '{ setting = "wanted" }'),
            "Condition 1: “at_least” names a setting the rule does not have.",
        ),
        (
            ('kind = "sessions"', 'kind = "sessions"\nroles = ["presenter"]'),
            "Condition 1: “roles” has a value this version does not know.",
        ),
        (
            ('kind = "sessions"', 'kind = "sessions"\nmeasure = "fortnights"'),
            "Condition 1: “measure” has a value this version does not know.",
        ),
        (
            ('kind = "sessions"', 'kind = "sessions"\nonline_longer = "ignore"'),
            "Condition 1: “online_longer” has a value this version does not know.",
        ),
        (
            ('kind = "sessions"', 'kind = "sessions"\nweight = 2'),
            "Condition 1 (sessions) has an unknown field “weight”.",
        ),
        (('at_least = { setting = "needed" }', ""), "Condition 1 (sessions) needs “at_least”."),
        (('country = "DE"', 'country = "DE"\nvalid_until = 2030'), "Unknown entry “valid_until”."),
        (
            ('label = { en = "Sessions needed" }', 'label = { de = "Sitzungen" }'),
            "The setting “needed” has no English label.",
        ),
    ],
)
def test_what_a_file_gets_wrong_is_said(tmp_path, change, sentence):
    old, new = change
    assert old in GOOD
    assert _problem(tmp_path, GOOD.replace(old, new)) == sentence


def test_a_rule_without_conditions(tmp_path):
    text = GOOD.split("[[conditions]]")[0]
    assert _problem(tmp_path, text) == "The rule has no conditions ([[conditions]])."


def test_a_file_that_is_not_text(tmp_path):
    folder = _folder(tmp_path, "rules", good=GOOD)
    (folder / "bad.toml").write_bytes(b"\xff\xfe\x00title")
    book = load_rules([folder])
    assert [say(p.words) for p in book.problems] == ["The file could not be read as UTF-8 text."]


def test_conditions_get_distinct_keys(tmp_path):
    text = GOOD + '[[conditions]]\nkind = "sessions"\nroles = ["led"]\nat_least = 3\n'
    book = load_rules([_folder(tmp_path, "rules", twice=text)])
    assert [c["key"] for c in book.rules["twice"].conditions] == ["sessions", "sessions-2"]


def test_the_worked_example_in_the_docs_reads_as_the_docs_say(tmp_path):
    import datetime as dt
    import re

    from balintdesk.domain.rules import History, Session, assess

    docs = (Path(__file__).parents[3] / "docs" / "rules.md").read_text(encoding="utf-8")
    example = docs.split("## A worked example")[1]
    toml = re.search(r"```toml\n(.*?)```", example, re.S).group(1)
    book = load_rules([_folder(tmp_path, "data", **{"westphalia-balint": toml})])
    assert book.problems == ()
    days = [dt.date(2026, 1, 7) + dt.timedelta(days=17 * i) for i in range(9)]
    modes = [
        "in-person",
        "online",
        "in-person",
        "online",
        "online",
        "in-person",
        "online",
        "online",
    ]
    modes.append("in-person")
    attended = [
        Session(day, 90, modes[i], "member", "G", "Dr Adler", "ÄKWL") for i, day in enumerate(days)
    ] + [Session(dt.date(2026, 6, 10), 120, "online", "member", "G", "Dr Adler", "ÄKWL")]
    done = assess(book.rules["westphalia-balint"], History("Dr Fischer", tuple(attended)))
    shown = [f"{say(r.line)}  {say(r.missing) if r.missing else ''}".strip() for r in done.results]
    block = re.search(r"reads:\n\n```\n(.*?)```", example, re.S).group(1)
    assert [" ".join(line.split()) for line in block.splitlines()] == [
        " ".join(line.split()) for line in shown
    ]


def test_whom_a_rule_is_for(tmp_path):
    leaders = GOOD.replace('country = "DE"', 'country = "DE"\naudience = "leaders"')
    book = load_rules([_folder(tmp_path, "rules", ours=GOOD, theirs=leaders)])
    assert (book.rules["ours"].audience, book.rules["theirs"].audience) == ("", "leaders")
    shipped = load_rules([SHIPPED]).rules
    assert {rule.id for rule in shipped.values() if rule.audience == "leaders"} == {
        "uk-balint-society-leader",
        "us-american-balint-society-leader",
        "ibf-leader-guidance",
    }
    assert all(rule.audience for rule in shipped.values()), "every shipped rule says"


def test_an_audience_of_neither(tmp_path):
    text = GOOD.replace('country = "DE"', 'country = "DE"\naudience = "patients"')
    assert _problem(tmp_path, text) == '“audience” must be "members" or "leaders".'
