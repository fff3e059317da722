"""The default themes in the user's language, and the store's refusals said in it.

The store keeps a default theme's English source (store/themes.py), so a switch of
language keeps it translated; a theme a leader wrote is shown as written. When the leader
saves the list as the window showed it, `theme_source` turns a shown translation back
into its source.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from balintdesk.domain.words import Words
from balintdesk.i18n import say, translate
from balintdesk.store.roster import ValidationError
from balintdesk.store.themes import DEFAULT_THEMES, THEMES

__all__ = ["said", "saying_errors", "theme_source", "theme_text"]


def theme_text(theme: str) -> str:
    """A theme as the user reads it: a default one translated (only a default one)."""
    return translate(THEMES, theme) if theme in DEFAULT_THEMES else theme


def theme_source(shown: str) -> str:
    """What to store for a theme the list showed."""
    for source in DEFAULT_THEMES:
        if translate(THEMES, source) == shown:
            return source
    return shown


def said(value: object) -> str:
    """A sentence from the store, which may be `Words` (translated here) or plain text."""
    return say(value) if isinstance(value, Words) else str(value)


T = TypeVar("T")


def saying_errors(action: Callable[[], T]) -> Callable[[], T]:
    """`action`, whose refusal (a ValidationError) carries its sentences already said in
    the user's language: for a dialog that shows `errors` as they are."""

    def run() -> T:
        try:
            return action()
        except ValidationError as error:
            error.errors = {field: said(words) for field, words in error.errors.items()}
            raise

    return run
