"""The Meeting page's tests run in English, its catalogue loaded."""

from __future__ import annotations

import pytest

from balintdesk import i18n
from balintdesk.i18n import qt as i18n_qt


@pytest.fixture(autouse=True)
def english(qapp):
    """English, catalogue and all: its plural forms ("2 minutes left") live there."""
    i18n_qt.install(i18n.ENGLISH)
