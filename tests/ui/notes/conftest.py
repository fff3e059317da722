"""The notes tests read their words through Qt's translator, as the app does once
`app.py` has chosen a language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from balintdesk import i18n
from balintdesk.i18n import qt as i18n_qt


def install(code: str) -> None:
    """`i18n.qt.install(code)`, making sure the catalogue's translator is on this
    QApplication: a test without one that ended by installing English (tests/conftest.py)
    made the translator before any application existed, so Qt never took it."""
    i18n_qt.install(code)
    if i18n_qt._installed is not None:
        QCoreApplication.installTranslator(i18n_qt._installed)


@pytest.fixture(autouse=True)
def english_catalogue(qapp):
    install(i18n.ENGLISH)
    yield
    install(i18n.ENGLISH)
