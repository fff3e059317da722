"""`Words` in plain English without the catalogue: for the English text an exception or
an import's error keeps (`str(e)`, `RowError.message`), which the command line and the
logs print as they are. Dates read as British English writes them ("14 March 2025",
`{day:numeric}` "14/03/2025", `{day:month}` "March 2025", `{day:iso}` "2025-03-14"); a
`%n` text takes its count,
and "(s)" becomes "s" unless the count is one.

The window never shows this: it says the same `Words` in the user's language
(`balintdesk.i18n.say`), from the catalogue.
"""

from __future__ import annotations

import datetime as dt
import re

from balintdesk.domain.dates import MONTHS, WEEKDAYS
from balintdesk.domain.words import Words

_PLACEHOLDER = re.compile(r"\{(\w+)(?::(\w*))?\}")


def _date(day: dt.date, spec: str) -> str:
    if isinstance(day, dt.datetime):
        day = day.date()
    month = MONTHS[day.month - 1]
    match spec:
        case "iso":
            return day.isoformat()
        case "numeric":
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        case "month":
            return f"{month} {day.year}"
        case "short":
            return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {month[:3]} {day.year}"
        case "long":
            return f"{WEEKDAYS[day.weekday()]} {day.day} {month} {day.year}"
        case _:
            return f"{day.day} {month} {day.year}"


def english(words: Words | str) -> str:
    """`words` in English, plainly (see the module's docstring)."""
    if isinstance(words, str):
        return words

    def value(match: re.Match[str]) -> str:
        item = words.values.get(match.group(1), match.group(0))
        if isinstance(item, Words):
            return english(item)
        if isinstance(item, dt.date):
            return _date(item, match.group(2) or "")
        return str(item)

    text = _PLACEHOLDER.sub(value, words.text)
    if words.count is not None:
        text = text.replace("(s)", "" if words.count == 1 else "s")
        text = text.replace("%n", str(words.count))
    return text
