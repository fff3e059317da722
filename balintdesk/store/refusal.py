"""Several refusal sentences as one; and the refusal of a save that would overwrite a
change made meanwhile on another computer (`ChangedElsewhere`).

A refusal is a `roster.ValidationError` whose sentences are `domain.words.Words`: the edge
says them in the user's language (`i18n.sentences`); its `errors` and message, for logs
and tracebacks, are the English.

Two computers on one group database: a store function that changes a row a page showed
takes keyword-only `expected=`, what the page saw (None, the default: not compared, as
for the command line). Inside its write's transaction, with the row locked
(`concurrency.py`), it compares that with what is stored (`unchanged`); if another
computer changed it meanwhile, `ChangedElsewhere` and nothing is written. A change that
touches something else, or makes the same change, goes through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from balintdesk.domain.words import Words, WordsError


def joined(sentences: list[Words]) -> Words:
    """Several sentences as one, in their order."""
    if len(sentences) == 1:
        return sentences[0]
    return Words(
        "Refusal", "{first} {then}", {"first": sentences[0], "then": joined(sentences[1:])}
    )


class ChangedElsewhere(WordsError):
    """A save refused because what it would overwrite changed since the page loaded it
    (on another computer, or in another window): nothing was written. Its sentence is
    `words`; the page shows it where it shows its refusals and reloads what it shows.
    (Not a roster.ValidationError, which would make this module and roster import each
    other; it carries `sentences` as one does, so `i18n.sentences` reads it too.)"""

    def __init__(self, words: Words):
        super().__init__(words)
        self.sentences = {"changed": words}


def unchanged(seen: Any, now: Any, wanted: Any, words: Words | Callable[[], Words]) -> None:
    """ChangedElsewhere unless what is stored `now` is what the page had `seen` (None:
    the caller did not say; nothing is compared) or already what it `wanted` to write
    (two people making the same change do not clash). `words` may be a function, so
    what only the sentence needs (a member's name) is read only for a refusal."""
    if seen is None or now in (seen, wanted):
        return
    raise ChangedElsewhere(words() if callable(words) else words)
