"""Several refusal sentences as one.

A refusal is a `roster.ValidationError` whose sentences are `domain.words.Words`: the edge
says them in the user's language (`i18n.sentences`); its `errors` and message, for logs
and tracebacks, are the English.
"""

from __future__ import annotations

from balintdesk.domain.words import Words


def joined(sentences: list[Words]) -> Words:
    """Several sentences as one, in their order."""
    if len(sentences) == 1:
        return sentences[0]
    return Words(
        "Refusal", "{first} {then}", {"first": sentences[0], "then": joined(sentences[1:])}
    )
