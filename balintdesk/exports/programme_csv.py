"""The programme CSV: one row per member of every group, with what they attended in the
period and what the programme's rule says of it, for an administrator's spreadsheet.

Columns: group, member, role (its English label, as the roster CSV takes it back),
leader (yes/no), archived (yes/no), sessions (held sessions in the period: present, led or
co-led), hours (their length in tenths, never rounded up, with a dot), rule (the rule's
id; empty when there is none), met ("yes", "no", or empty without a rule), missing (what
is still missing of the conditions not met, joined with "; "), from and until (the
period, YYYY-MM-DD).

As every CSV BalintDesk writes, the file is the same in every language: the header, the
role, yes/no, the numbers and dates are values for filters and scripts, and `missing` is
written in English (the English catalogue, so "1 more session to attend" reads right).
Only the names are the programme's own, and every cell goes through `csv_cells`, so a
name a spreadsheet would run as a formula is written as text. Lines end in CRLF; whoever
writes the file adds the byte-order mark Excel needs.
"""

from __future__ import annotations

from collections.abc import Iterator

from balintdesk.domain.csv_cells import csv_text
from balintdesk.domain.roster import Role
from balintdesk.i18n import ENGLISH, say, speaking
from balintdesk.store.programme import MemberLine, Programme

__all__ = ["HEADER", "missing_english", "programme_csv"]

HEADER = (
    "group",
    "member",
    "role",
    "leader",
    "archived",
    "sessions",
    "hours",
    "rule",
    "met",
    "missing",
    "from",
    "until",
)


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def missing_english(line: MemberLine) -> str:
    if line.assessment is None:
        return ""
    with speaking(ENGLISH):
        return "; ".join(
            say(result.missing)
            for result in line.assessment.results
            if not result.met and result.missing is not None
        )


def _role(value: str) -> str:
    try:
        return Role(value).label
    except ValueError:
        return value


def _rows(programme: Programme) -> Iterator[tuple[str, ...]]:
    rule = programme.rule.id if programme.rule is not None else ""
    for line in programme.members:
        yield (
            line.group,
            line.name,
            _role(line.role),
            _yes(line.is_leader),
            _yes(line.archived),
            str(line.sessions),
            f"{line.hours:.1f}",
            rule,
            "" if line.met is None else _yes(line.met),
            missing_english(line),
            programme.start.isoformat(),
            programme.end.isoformat(),
        )


def programme_csv(programme: Programme) -> str:
    """The members as CSV text with a header row (the header alone when there are none)."""
    return csv_text(HEADER, _rows(programme))
