"""For tests of what the domain says: `said(words, language)` is what a user reads, and the
`english` fixture loads the English catalogue (its plural forms) for a test's duration."""

from __future__ import annotations

import pytest

from balintdesk import i18n
from balintdesk.domain.words import Words


def said(words: Words | str | None, language: str = "en") -> str:
    """`words` as a user of `language` reads them ("" for None); English after."""
    if words is None:
        return ""
    if isinstance(words, str):
        return words
    i18n.use_language(language)
    try:
        return i18n.say(words)
    finally:
        i18n.use_language("en")


@pytest.fixture(autouse=True)
def english():
    i18n.use_language("en")
    yield
    i18n.use_language("en")
