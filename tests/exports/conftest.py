"""Every test here starts in English with its catalogue loaded: English has one too, for
the plural forms ("%n meeting(s)" → "1 meeting", "3 meetings"), which the app loads at
start-up (app.py) and a test must load itself."""

from __future__ import annotations

import pytest

from balintdesk import i18n


@pytest.fixture(autouse=True)
def english():
    i18n.use_language(i18n.ENGLISH)
    yield
    i18n.use_language(i18n.ENGLISH)
