"""Every control a person can operate tells a screen reader what it is for.

Every page of the main window (the Notes page with no vault, locked and open), the room
display, and every dialog (_every_dialog.py, each face of a dialog with several) is
opened on a sample group, and each visible control is asked for its accessible name
through Qt's QAccessible interfaces, as Orca asks through AT-SPI (_accessible.py says
what counts as meaningful). The AT-SPI side itself is tested in test_atspi.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.notes import page as notes_module
from balintdesk.ui.notes import vault_dialogs
from balintdesk.vault.keychain import KeychainStatus

from ._accessible import unnamed_controls
from ._every_dialog import TODAY, catalogue
from .test_every_dialog import DIALOGS

PAGES = {
    MainWindow.MEETING: "Meeting",
    MainWindow.TIMER: "Timer",
    MainWindow.ROSTER: "Roster",
    MainWindow.ROTA: "Rota",
    MainWindow.NOTES: "Notes",
    MainWindow.SETTINGS: "Settings",
}


def every_face(root: QWidget, where: str, seen: set[int]) -> list[str]:
    """The controls without a meaningful name on each face of `root`'s stacks (a
    wizard's steps, a form's modes), each face shown in turn."""
    found = unnamed_controls(root, where, seen)
    for stack in root.findChildren(QStackedWidget):
        if not stack.isVisible():
            continue
        shown = stack.currentIndex()
        for index in range(stack.count()):
            if index != shown:
                stack.setCurrentIndex(index)
                found += unnamed_controls(stack.currentWidget(), f"{where} (face {index})", seen)
        stack.setCurrentIndex(shown)
    return found


def test_every_dialog_names_each_control(qtbot, sample) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    offenders: list[str] = []
    for name in DIALOGS:
        dialog = catalogue(sample)[name](parent)
        dialog.show()
        qtbot.waitExposed(dialog)
        offenders += every_face(dialog, name, set())
        dialog.hide()
        dialog.deleteLater()
    assert not offenders, f"{len(offenders)} controls without a meaningful name:\n" + "\n".join(
        offenders
    )


@pytest.fixture
def window(qtbot, db, sample, data_dir, monkeypatch):
    usable = KeychainStatus(False, "", "No keyring in the tests.")
    for module in (notes_module, vault_dialogs):
        monkeypatch.setattr(module, "status", lambda: usable)
    main = MainWindow(db, data_dir, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main


def test_every_page_names_each_control(qtbot, window, sample) -> None:
    offenders: list[str] = []
    seen: set[int] = set()  # the sidebar's controls are listed once, not on every page
    for index, name in PAGES.items():
        window.show_page(index)
        qtbot.waitUntil(lambda index=index: window.pages.currentIndex() == index)
        offenders += unnamed_controls(window, name, seen)

    window.show_page(MainWindow.NOTES)
    notes = window.notes_page
    notes.pages.setCurrentIndex(notes.START)  # no vault on this computer yet
    offenders += unnamed_controls(window, "Notes, no vault yet", seen)
    notes.refresh()
    assert notes.pages.currentIndex() == notes.LOCKED
    offenders += unnamed_controls(window, "Notes, locked", seen)
    notes._opened(sample.vault)
    notes.new_note()
    assert notes.pages.currentIndex() == notes.OPEN
    offenders += unnamed_controls(window, "Notes, open", seen)

    window.show_page(MainWindow.TIMER)
    projector = window.timer_page.open_projector()
    qtbot.waitExposed(projector)
    offenders += unnamed_controls(projector, "Room display", seen)
    projector.close()

    assert not offenders, f"{len(offenders)} controls without a meaningful name:\n" + "\n".join(
        offenders
    )
