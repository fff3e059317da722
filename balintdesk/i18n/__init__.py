"""The words the user reads, in their language: the catalogue, locale formats, the choice.

`use_language(code)` loads one language's catalogue (at start-up, by `app.py` for the
window and by the command line); then, anywhere at the edge (ui, exports, cli):

- `translate(context, text, n=-1)` gives a catalogue text in that language (`%n` filled
  with a count in the locale's digits when `n` is given);
- `fill(text, **values)` puts values into `{placeholders}`: a date as the locale writes it
  (`{day}` → "3. März 2026"; `{day:long}` with the weekday, `{day:short}`,
  `{day:numeric}`, `{day:month}` for "März 2026", `{day:iso}` "2026-03-03"), a time as
  "18:30", a number with the locale's decimal comma (`{hours:1}` for one decimal);
- `say(words)` does both for a `domain.words.Words` the domain returned;
- `shown(value)` is what to show for anything the domain or the store hands back (a
  `Words`, something carrying `.words`: an error, a file's line problem; else its text),
  and `sentences(error)` a refusal's sentences per field, each shown.

The window's `self.tr()` goes to the same catalogue (`i18n.qt.install`).
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from balintdesk.domain.words import Words
from balintdesk.i18n import formats
from balintdesk.i18n.catalogue import ENGLISH, LANGUAGES, PSEUDO, Catalogue, load

__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "PSEUDO",
    "Words",
    "current_catalogue",
    "data_name",
    "fill",
    "language",
    "marked",
    "say",
    "sentences",
    "shown",
    "speaking",
    "translate",
    "use_language",
]

_current: Catalogue | None = None  # English, read at the first word, unless chosen before
_loaded: dict[str, Catalogue] = {}


def use_language(code: str) -> Catalogue:
    """Load (once) and use `code`'s catalogue; an unknown code means English."""
    global _current
    if code not in LANGUAGES and code != PSEUDO:
        code = ENGLISH
    if code not in _loaded:
        _loaded[code] = load(code)
    _current = _loaded[code]
    return _current


@contextmanager
def speaking(code: str) -> Iterator[Catalogue]:
    """Words in `code` for the length of the block, whatever the user's language, then
    back to theirs: a German certificate is German from an English window.

        with speaking("de"):
            write_certificate_de_pdf(...)

    The window's own `self.tr()` (Qt's translator) is not touched; only `translate`,
    `fill` and `say` follow it, which is what the exports use."""
    global _current
    before = _current
    try:
        yield use_language(code)
    finally:
        _current = before


def current_catalogue() -> Catalogue:
    return _current if _current is not None else use_language(ENGLISH)


def language() -> str:
    """The language words are in: en, de, fr, nl, it (pseudo formats as English)."""
    code = current_catalogue().language
    return ENGLISH if code == PSEUDO else code


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language. Same arguments as Qt's `QCoreApplication.translate`,
    so the catalogue's extractor reads both alike; `disambiguation` is not used as a key."""
    del disambiguation
    result = current_catalogue().translate(context, text, n)
    return result.replace("%n", formats.number(n, language())) if n >= 0 else result


def marked(context: str, text: str) -> str:
    """A text the domain marked with `translatable(context, text)` (a role's name, a phase
    template's), in the current language; a text a user typed comes back as it is. The
    extractor already found it where it was marked, so it does not look for it here."""
    return translate(context, text)


class _LocaleFormatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        lang = language()
        if isinstance(value, Words):
            return say(value)
        if isinstance(value, dt.datetime) and format_spec in ("", "time"):
            return formats.clock(value) if format_spec == "time" else _date(value, "", lang)
        if isinstance(value, dt.date):
            return _date(value, format_spec, lang)
        if isinstance(value, dt.time):
            return formats.clock(value)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int | float) and (format_spec == "" or format_spec.isdigit()):
            decimals = int(format_spec) if format_spec else None
            return formats.number(value, lang, decimals)
        return super().format_field(value, format_spec)


def _date(day: dt.date, spec: str, lang: str) -> str:
    if isinstance(day, dt.datetime):
        day = day.date()
    match spec:
        case "long":
            return formats.long_date(day, lang)
        case "short":
            return formats.short_date(day, lang)
        case "numeric":
            return formats.numeric_date(day, lang)
        case "month":
            return formats.month_year(day, lang)
        case "iso":  # the same in every language, as a file writes it
            return day.isoformat()
        case _:
            return formats.day_date(day, lang)


_FORMATTER = _LocaleFormatter()
_FIELD = re.compile(r"\{(\w+)(?::\w*)?\}")


def fill(text: str, /, **values: Any) -> str:
    """`text` with its `{placeholders}` filled in the current locale. A placeholder with no
    value, or a translation that lost its braces, leaves the text readable, never raises."""
    try:
        return _FORMATTER.vformat(text, (), _Defaults(values))
    except (ValueError, IndexError, KeyError, AttributeError):
        return _FIELD.sub(lambda m: str(values.get(m.group(1), m.group(0))), text)


class _Defaults(dict):
    def __init__(self, values: Mapping[str, Any]):
        super().__init__(values)

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def say(words: Words) -> str:
    """A domain's `Words` as a sentence in the current language and locale."""
    n = -1 if words.count is None else words.count
    return fill(translate(words.context, words.text, None, n), **words.values)


def error_text(error: BaseException) -> str:
    """What to show for an error: its `Words` translated when it carries them."""
    return shown(error)


def shown(value: object) -> str:
    """`value` as the user reads it: a `Words` said in their language; anything carrying
    `Words` as `.words` (a `WordsError`, a file's `RowError`, a record's `Sentence`) by
    those words; None as nothing; anything else (a name, an OS's message) as its text."""
    if value is None:
        return ""
    if isinstance(value, Words):
        return say(value)
    words = getattr(value, "words", None)
    if isinstance(words, Words):
        return say(words)
    return str(value)


def sentences(error: BaseException) -> dict[str, str]:
    """A refusal's sentences per field (`roster.ValidationError.sentences`: `Words` or
    text), each shown in the user's language; an error without them by its message."""
    given = getattr(error, "sentences", None)
    if given is None:
        given = getattr(error, "errors", None)
    if not isinstance(given, Mapping):
        return {"": shown(error)}
    return {field: shown(value) for field, value in given.items()}


def data_name(name: str) -> str:
    """A fixed name the program gave and stored in English (marked `translatable` where it
    is defined: a break's cancel reason, a phase template) in the user's language; a name
    someone typed is not in the catalogue and stays as typed."""
    found = current_catalogue().lookup("", name)  # any context: the name alone is the key
    return found if isinstance(found, str) and found else name
