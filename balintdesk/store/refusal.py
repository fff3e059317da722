"""A refusal the window says in the user's language.

`roster.ValidationError` maps each field to a sentence. `refused` makes one whose
sentences are `domain.words.Words`, so the edge translates them (`i18n.say`); its
message, for logs and tracebacks, is the English.
"""

from __future__ import annotations

from collections.abc import Mapping

from balintdesk.domain.words import Words
from balintdesk.store.roster import ValidationError


def refused(errors: Mapping[str, Words]) -> ValidationError:
    error = ValidationError({field: str(words) for field, words in errors.items()})
    error.errors = dict(errors)
    return error


def joined(sentences: list[Words]) -> Words:
    """Several sentences as one, in their order."""
    if len(sentences) == 1:
        return sentences[0]
    return Words(
        "Refusal", "{first} {then}", {"first": sentences[0], "then": joined(sentences[1:])}
    )
