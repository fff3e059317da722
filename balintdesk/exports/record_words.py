"""The words the records share, in the user's language: dates, hours and lengths, a
member's part in a meeting, the leader log's kinds and roles.

For the PDFs (CPD record, leader log, rota) and the record dialogs alike, so a date or an
hour reads the same on screen and on paper. Dates are i18n.formats' (CLDR's names and
patterns), numbers carry the locale's decimal comma. The domain's values (Part, the
leader log's kinds) stay English and stable; only what is shown is translated here.

No Qt here, so the CSV exports and the command line import it freely.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from balintdesk.domain.leader_log import (
    CATEGORY_LABELS,
    CO_LED,
    LED,
    MEMBER,
    OTHER,
    SOCIETY_EVENT,
    SUPERVISION,
    TRAINING,
)
from balintdesk.domain.records import Part
from balintdesk.i18n import fill, formats, language, translate

__all__ = [
    "category_label",
    "entry_kind_label",
    "hours_figure",
    "hours_text",
    "length_text",
    "long_date",
    "named",
    "numeric_date",
    "part_label",
    "session_role_label",
    "short_date",
]


def long_date(day: dt.date) -> str:
    """ "Tuesday 3 March 2026", "Dienstag, 3. März 2026" """
    return formats.long_date(day, language())


def short_date(day: dt.date) -> str:
    """ "Tue 3 Mar 2026", "Di., 3. März 2026" """
    return formats.short_date(day, language())


def numeric_date(day: dt.date) -> str:
    """ "03/03/2026", "03.03.2026" """
    return formats.numeric_date(day, language())


def hours_figure(minutes: int) -> str:
    """Minutes as decimal hours, to two places at most: "1.25" / "1,25", "2", "0.83"."""
    return formats.number(round(minutes / 60, 2), language())


def hours_text(hours: Decimal | float) -> str:
    """A total of hours, rounded to a tenth, with its unit: "12.5 hours", "12,5 Std."."""
    value = float(hours)
    if value == 1:
        return translate("RecordWords", "1 hour")
    return fill(translate("RecordWords", "{hours} hours"), hours=value)


def length_text(minutes: int) -> str:
    """A meeting's length: "1 h 15 min", "50 min", "2 h"; "1 Std. 15 Min." in German."""
    hours, rest = divmod(max(minutes, 0), 60)
    if not hours:
        return fill(translate("RecordWords", "{minutes} min"), minutes=rest)
    if not rest:
        return fill(translate("RecordWords", "{hours} h"), hours=hours)
    return fill(translate("RecordWords", "{hours} h {minutes} min"), hours=hours, minutes=rest)


def part_label(part: Part) -> str:
    """What the member did, as the CPD record says it: "led", "presented"…"""
    labels = {
        Part.LED: translate("RecordWords", "led"),
        Part.CO_LED: translate("RecordWords", "co-led"),
        Part.PRESENTED: translate("RecordWords", "presented"),
        Part.TOOK_PART: translate("RecordWords", "took part"),
    }
    return labels.get(part, str(part))


def session_role_label(role: str) -> str:
    """The leader's part in a session, under a "Role" heading: "Member", "Led", "Co-led"."""
    labels = {
        MEMBER: translate("RecordWords", "Member"),
        LED: translate("RecordWords", "Led"),
        CO_LED: translate("RecordWords", "Co-led"),
    }
    return labels.get(role, role)


def entry_kind_label(kind: str) -> str:
    """A hand-made entry's kind: "Supervision", "Training", "Society event", "Other"."""
    labels = {
        SUPERVISION: translate("RecordWords", "Supervision"),
        TRAINING: translate("RecordWords", "Training"),
        SOCIETY_EVENT: translate("RecordWords", "Society event"),
        OTHER: translate("RecordWords", "Other"),
    }
    return labels.get(kind, kind)


def category_label(category: str) -> str:
    """A line of the leader log's hours: "Attended as a member", "Society events"…"""
    labels = {
        MEMBER: translate("RecordWords", "Attended as a member"),
        LED: translate("RecordWords", "Led"),
        CO_LED: translate("RecordWords", "Co-led"),
        SUPERVISION: translate("RecordWords", "Supervision"),
        TRAINING: translate("RecordWords", "Training"),
        SOCIETY_EVENT: translate("RecordWords", "Society events"),
        OTHER: translate("RecordWords", "Other"),
        "total": translate("RecordWords", "Total"),
    }
    return labels.get(category, CATEGORY_LABELS.get(category, category))


def named(context: str, text: str) -> str:
    """A fixed name another part of the code marked for the catalogue (a role such as
    "GP"), in the user's language; a name a user typed comes back unchanged."""
    return translate(context, text)
