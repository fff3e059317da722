"""English words, plurals included, for every test here (a German test installs its own)."""

from __future__ import annotations

import pytest

from balintdesk import i18n
from balintdesk.i18n import qt as i18n_qt


@pytest.fixture(autouse=True)
def english(qapp):
    i18n_qt.install(i18n.ENGLISH)
    yield
    i18n_qt.install(i18n.ENGLISH)
