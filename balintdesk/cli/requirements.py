"""`balintdesk requirements` (what a member meets of an attendance rule), `balintdesk rules
list` (the rules there are) and `balintdesk rules set` (a rule's regional figure).

Exit status of `requirements`: 0 every condition is met, 3 some are not yet
(EXIT_NOT_MET), 2 the command cannot run as asked (no such member or rule, a bad date),
1 the rule's file has a problem. Everything printed is in the user's language; the rule's
title is the one its file gives for that language.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk.cli.common import EXIT_NOT_MET, EXIT_OK, EXIT_PROBLEMS, CliError, Handler
from balintdesk.cli.exports.arguments import existing_member, group_of
from balintdesk.domain.roster import parse_date
from balintdesk.domain.rules import Assessment, ConditionResult, Rule, RuleBook
from balintdesk.domain.words import WordsError
from balintdesk.i18n import fill, language, say, shown, translate
from balintdesk.store import requirements as store


def add_commands(commands: argparse._SubParsersAction, later: argparse.ArgumentParser) -> None:
    checking = commands.add_parser(
        "requirements",
        parents=[later],
        help=translate("cli", "check what a member has met of an attendance rule"),
        description=translate(
            "cli",
            "Each condition of the rule on a line: what counts toward it, whether it is "
            "met and what is still missing. Exits 0 when every condition is met, 3 when "
            "some are not yet.",
        ),
    )
    checking.add_argument("--member", required=True, metavar="NAME")
    checking.add_argument(
        "--rule",
        metavar="RULE",
        help=translate(
            "cli", "the rule's id (default: the one the member works toward); see “rules list”"
        ),
    )
    checking.add_argument(
        "--group",
        metavar="NAME",
        help=translate("cli", "needed only when two groups have a member of that name"),
    )
    checking.add_argument(
        "--until",
        metavar="YYYY-MM-DD",
        help=translate("cli", "count only what happened up to this day (default: today)"),
    )

    rules = commands.add_parser(
        "rules", parents=[later], help=translate("cli", "list the attendance rules, or set one")
    )
    actions = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    actions.add_parser(
        "list",
        parents=[later],
        help=translate("cli", "the rules there are, and any rule file that cannot be read"),
    )
    setting = actions.add_parser(
        "set",
        parents=[later],
        help=translate("cli", "keep a figure the rule leaves to the region or programme"),
    )
    setting.add_argument("rule", metavar="RULE")
    setting.add_argument("key", metavar="KEY")
    setting.add_argument("value", metavar="VALUE")


# --- requirements -------------------------------------------------------------------------


def _book(data_dir: Path) -> RuleBook:
    return store.rule_book(data_dir)


def _rules_known(book: RuleBook) -> str:
    """ "de-gp-specialist-training (Germany: …), uk-core-psychiatry (…)" """
    if not book.rules:
        return translate("cli", "there are no rules yet")
    return ", ".join(
        fill(translate("cli", "{id} ({title})"), id=rule.id, title=rule.title_in(language()))
        for rule in sorted(book.rules.values(), key=lambda rule: rule.id)
    )


def _rule(book: RuleBook, rule_id: str) -> Rule:
    rule = book.rules.get(rule_id.strip())
    if rule is not None:
        return rule
    problem = next((p for p in book.problems if p.path.stem == rule_id.strip()), None)
    if problem is not None:  # its file is there but could not be read
        said = translate("cli", "The rule file {path} cannot be read: {reason}")
        raise CliError(fill(said, path=problem.path, reason=say(problem.words)), EXIT_PROBLEMS)
    said = translate("cli", "There is no rule “{rule}”; the rules are: {rules}.")
    raise CliError(fill(said, rule=rule_id, rules=_rules_known(book)))


def _until(text: str | None) -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return parse_date(text)
    except ValueError as exc:
        raise CliError(f"--until: {shown(exc)}") from None


def _capital(text: str) -> str:
    """A rule's line starts in lower case (it may be joined to others); on its own line
    it starts a sentence."""
    return text[:1].upper() + text[1:]


def condition_line(result: ConditionResult) -> str:
    """One condition: its mark, its line and, when not met, what is missing."""
    line = _capital(say(result.line))
    if result.met:
        return fill(translate("cli", "[met] {line}"), line=line)
    if result.missing is None:
        return fill(translate("cli", "[not yet] {line}"), line=line)
    return fill(
        translate("cli", "[not yet] {line} — {missing}"), line=line, missing=say(result.missing)
    )


def summary_line(assessment: Assessment) -> str:
    total = len(assessment.results)
    met = sum(1 for result in assessment.results if result.met)
    if met == total:
        return translate("cli", "All %n condition(s) met.", None, total)
    return fill(translate("cli", "{met} of %n condition(s) met.", None, total), met=met)


def _requirements(args: argparse.Namespace, _db: SqliteDatabase, data_dir: Path) -> int:
    member = existing_member(args.member, group_of(args))
    until = _until(args.until)
    book = _book(data_dir)
    rule_id = args.rule or member.working_toward
    if not rule_id:
        said = translate("cli", "{name} works toward no rule yet; name one with --rule: {rules}.")
        raise CliError(fill(said, name=member.name, rules=_rules_known(book)))
    rule = _rule(book, rule_id)
    try:
        assessment = store.assess_member(member.id, rule.id, until, book)
    except WordsError as exc:
        raise CliError(shown(exc), EXIT_PROBLEMS) from None
    heading = translate("cli", "{name} — {rule}, up to {day}")
    print(fill(heading, name=member.name, rule=rule.title_in(language()), day=until))
    for result in assessment.results:
        print("  " + condition_line(result))
    print(summary_line(assessment))
    return EXIT_OK if assessment.met else EXIT_NOT_MET


# --- rules list, rules set ----------------------------------------------------------------


def _where_from(rule: Rule) -> str:
    if rule.shipped:
        return translate("cli", "shipped with BalintDesk")
    return fill(translate("cli", "from {path}"), path=rule.path or "")


def _rules_list(_args: argparse.Namespace, _db: SqliteDatabase, data_dir: Path) -> int:
    book = _book(data_dir)
    if not book.rules:
        print(translate("cli", "There are no rules yet."))
    for rule in sorted(book.rules.values(), key=lambda rule: rule.id):
        line = translate("cli", "{id}: {title} ({where})")
        print(fill(line, id=rule.id, title=rule.title_in(language()), where=_where_from(rule)))
        settings = store.get_settings(rule.id, book)
        for setting in rule.settings:
            label = setting.label.get(language()) or setting.label["en"]
            said = translate("cli", "{key} = {value} ({label}; from {low} to {high})")
            print(
                "  "
                + fill(
                    said,
                    key=setting.key,
                    value=settings[setting.key],
                    label=label,
                    low=setting.minimum,
                    high=setting.maximum,
                )
            )
    for problem in book.problems:
        said = translate("cli", "The rule file {path} cannot be read: {reason}")
        print(fill(said, path=problem.path, reason=say(problem.words)))
    return EXIT_PROBLEMS if book.problems else EXIT_OK


def _rules_set(args: argparse.Namespace, _db: SqliteDatabase, data_dir: Path) -> int:
    book = _book(data_dir)
    rule = _rule(book, args.rule)
    try:
        value = store.set_rule_setting(rule.id, args.key, args.value, book)
    except WordsError as exc:
        raise CliError(shown(exc)) from None
    said = translate("cli", "{rule}: {key} is now {value}.")
    print(fill(said, rule=rule.id, key=args.key, value=value))
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Handler] = {
    ("requirements", None): _requirements,
    ("rules", "list"): _rules_list,
    ("rules", "set"): _rules_set,
}
