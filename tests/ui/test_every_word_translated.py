"""Every word the window shows goes through the catalogue: with the pseudo-language, every
page, the room display and every dialog is walked, and any text outside ⟦ ⟧ that the
sample's user did not type fails the test, with where it was found."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from balintdesk import i18n
from balintdesk.i18n import qt as i18n_qt
from balintdesk.ui.main_window import MainWindow

from ._every_dialog import catalogue
from ._words import find_untranslated, texts_of


@pytest.fixture
def pseudo(qapp):
    i18n_qt.install(i18n.PSEUDO)
    yield
    i18n_qt.install(i18n.ENGLISH)


def own_data(sample) -> list[str]:
    """What the sample's user typed, and paths: shown as they are in every language."""
    return [
        "Riverside", "Dr Ann Member", "Dr Lee Leader", "Dr New Person", "Library",
        "The angry patient", "Tuesday 10 March", str(sample.folder), "members.csv",
        "balintdesk.sqlite3", "Ann", "Lee", "Member", "Leader",
    ]  # fmt: skip


def test_every_page_is_in_the_catalogue(qtbot, pseudo, sample, db, data_dir) -> None:
    window = MainWindow(db, data_dir)
    qtbot.addWidget(window)
    window.show()
    found = []
    for index in range(window.pages.count()):
        window.show_page(index)
        QApplication.processEvents()
        found += find_untranslated(texts_of(window), own_data(sample))
    assert not found, "not in the catalogue:\n" + "\n".join(sorted(set(found)))


def test_every_dialog_is_in_the_catalogue(qtbot, pseudo, sample) -> None:
    found = []
    for name, make in catalogue(sample).items():
        dialog = make(None)
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        missing = find_untranslated(texts_of(dialog), own_data(sample))
        found += [f"{name}: {item}" for item in missing]
        dialog.close()
    assert not found, "not in the catalogue:\n" + "\n".join(found)
