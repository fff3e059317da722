"""The notes tests read English words from the catalogue (plural forms live there), as
the app does once `app.py` has chosen a language."""

from __future__ import annotations

import pytest

from balintdesk import i18n
from balintdesk.i18n import qt as i18n_qt


@pytest.fixture(autouse=True)
def english_catalogue(qapp):
    i18n_qt.install(i18n.ENGLISH)
    yield
    i18n_qt.install(i18n.ENGLISH)
