"""The notes tests read their words through Qt's translator, as the app does once
`app.py` has chosen a language."""

from __future__ import annotations

import pytest

from balintdesk import i18n
from balintdesk.i18n import qt as i18n_qt


def install(code: str) -> None:
    """`i18n.qt.install(code)`: it puts the catalogue's translator on the application
    once one exists, whatever ran before."""
    i18n_qt.install(code)


@pytest.fixture(autouse=True)
def english_catalogue(qapp):
    install(i18n.ENGLISH)
    yield
    install(i18n.ENGLISH)
