"""Every test here starts in English with its catalogue loaded and handed to Qt: English
has a catalogue too, for the plural forms ("%n meeting(s)" → "1 meeting", "3 meetings"),
which the app installs at start-up (app.py) and a test must install itself."""

from __future__ import annotations

import pytest

from balintdesk import i18n
from balintdesk.i18n import qt as i18n_qt


@pytest.fixture(autouse=True)
def english(qapp):
    i18n_qt.install(i18n.ENGLISH)
    yield
    i18n_qt.install(i18n.ENGLISH)
