"""What the domain and the store hand the window to say, as the user's words.

The domain and the store never write English for the user: they return a `Words`, raise an
error carrying one (`WordsError`, `.words`), or name a fixed thing by its English source
(a phase template, a theme) marked `translatable`. These turn any of them, or a plain
string from code not yet changed, into the sentence to show.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from balintdesk import i18n
from balintdesk.domain.words import Words
from balintdesk.i18n import fill, translate


def shown(item: object) -> str:
    """`item` as the user reads it: a `Words` said in their language, an error by its
    words (or its message), a file's line problem ("Line 3: …"), a string as it is."""
    if isinstance(item, Words):
        return i18n.say(item)
    words = getattr(item, "words", None)
    if isinstance(words, Words):
        return i18n.say(words)
    line, message = getattr(item, "line", None), getattr(item, "message", None)
    if isinstance(line, int) and message is not None:
        # A line number is a label, not a quantity: never "Line 1,234".
        return fill(
            translate("CsvImportDialog", "Line {line}: {message}"),
            line=str(line),
            message=shown(message),
        )
    if isinstance(item, BaseException):
        return i18n.error_text(item)
    return "" if item is None else str(item)


def shown_all(items: Iterable[object]) -> list[str]:
    return [shown(item) for item in items]


def shown_errors(errors: Mapping[str, object]) -> dict[str, str]:
    """A form's errors (field name → sentence or `Words`) as sentences."""
    return {name: shown(error) for name, error in errors.items()}


def data_name(name: str) -> str:
    """A fixed name the program gave (marked `translatable` where it is defined) in the
    user's language; a name someone typed is not in the catalogue and stays as typed."""
    found = i18n.current_catalogue().lookup("", name)  # any context: the name alone is the key
    return found if isinstance(found, str) and found else name
