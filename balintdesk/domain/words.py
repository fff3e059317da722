"""Words for the user, as values: what to say, not yet in which language.

The domain never writes an English sentence for the user. It returns a `Words`: the
catalogue context, the English source (the catalogue's key, with `{name}` placeholders and
`%n` for a count) and the values to put in it. The edge (`balintdesk.i18n.say`) translates
the source and fills in the values in the user's locale: a date as that locale writes it,
a number with its decimal comma, the plural form the count needs.

`translatable(context, text)` marks a fixed English text (a phase template's name, a
theme) for the catalogue's extractor (`packaging/translations.py`) and returns it as it is;
the edge translates it when it shows it, so a name a user typed is shown unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

_PLACEHOLDER = re.compile(r"\{(\w+)(?::(\w+))?\}")


def translatable(context: str, text: str) -> str:
    """`text`, marked for the catalogue under `context`."""
    del context
    return text


@dataclass(frozen=True)
class Words:
    """A sentence to show: `context` and `text` key the catalogue; `values` fill its
    `{placeholders}` (`{day:long}` asks for a format); `count` picks the plural and
    replaces `%n`."""

    context: str
    text: str
    values: Mapping[str, Any] = field(default_factory=dict)
    count: int | None = None

    def english(self) -> str:
        """The sentence in English, plainly formatted: for logs and exception messages."""

        def value(match: re.Match[str]) -> str:
            item = self.values.get(match.group(1), match.group(0))
            if isinstance(item, Words):
                return item.english()
            if isinstance(item, dt.date):
                return item.isoformat()
            return str(item)

        text = _PLACEHOLDER.sub(value, self.text)
        return text.replace("%n", str(self.count)) if self.count is not None else text

    def __str__(self) -> str:
        return self.english()


class WordsError(ValueError):
    """An error a user can act on, carrying its sentence as `Words`."""

    def __init__(self, words: Words):
        super().__init__(words.english())
        self.words = words


def listed(items: Sequence[Words | str]) -> Words:
    """Several words as one list, "a, b, c", each said in the user's language."""
    first = (
        items[0] if isinstance(items[0], Words) else Words("Words", "{item}", {"item": items[0]})
    )
    if len(items) == 1:
        return first
    return Words("Words", "{first}, {rest}", {"first": first, "rest": listed(items[1:])})
