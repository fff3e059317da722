"""The default themes in the user's language.

The store keeps a default theme's English source (store/themes.py), so a switch of
language keeps it translated; a theme a leader wrote is shown as written. When the leader
saves the list as the window showed it, `theme_source` turns a shown translation back
into its source.
"""

from __future__ import annotations

from balintdesk.i18n import translate
from balintdesk.store.themes import DEFAULT_THEMES, THEMES

__all__ = ["theme_source", "theme_text"]


def theme_text(theme: str) -> str:
    """A theme as the user reads it: a default one translated (only a default one)."""
    return translate(THEMES, theme) if theme in DEFAULT_THEMES else theme


def theme_source(shown: str) -> str:
    """What to store for a theme the list showed."""
    for source in DEFAULT_THEMES:
        if translate(THEMES, source) == shown:
            return source
    return shown
