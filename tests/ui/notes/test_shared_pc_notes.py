"""On the shared meeting-room PC, the locked Notes page does not announce to the room (or
the projector) whose private notes exist on this computer: nobody's name is listed, the
person types their own, and a name with no notes here is answered as a wrong passphrase
is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from balintdesk.store import roster, settings
from balintdesk.ui.main_window import MainWindow
from balintdesk.vault import crypto
from balintdesk.vault import vault as vaults

from ...conftest import pattern_without_a_meeting_today

PASSPHRASE = "a slow river under winter light"
OWNERS = ("Dr Siobhán O'Neill", "Dr Marcus Webb")


@pytest.fixture
def window(qtbot, db, data_dir, monkeypatch):
    monkeypatch.setattr(crypto, "DEFAULT_KDF_PARAMS", crypto.KdfParams(1, 1, 8))
    roster.create_group("Riverside", pattern_without_a_meeting_today())
    for owner in OWNERS:
        vaults.create_vault(owner, PASSPHRASE)
    settings.set_flag(settings.SHARED_PC, True)
    main = MainWindow(db, data_dir)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.NOTES)
    return main


def everything_shown(window: QWidget) -> str:
    """Every text a person (or a screen reader) could read in the window now."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    return "\n".join(texts)


def unlock(qtbot, page, name: str, secret: str = PASSPHRASE) -> bool:
    page.owner_edit.setText(name)
    page.secret_edit.setText(secret)
    qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.unlocking, timeout=10_000)
    return page.vault is not None


def test_the_locked_page_names_nobody(window) -> None:
    page = window.notes_page
    assert page.pages.currentIndex() == page.LOCKED
    shown = everything_shown(window)
    for owner in OWNERS:
        assert owner not in shown and "O'Neill" not in shown and "Webb" not in shown
    assert page.owner_edit.isVisible() and not page.vault_combo.isVisible()
    assert "names of those who keep notes here are not shown" in page.shared_hint.text()


def test_typing_ones_own_name_opens_ones_own_notes(qtbot, window) -> None:
    page = window.notes_page
    assert unlock(qtbot, page, "  dr marcus   WEBB ")
    assert page.vault.label == "Dr Marcus Webb"


def test_a_name_without_notes_reads_like_a_wrong_passphrase(qtbot, window) -> None:
    page = window.notes_page
    assert not unlock(qtbot, page, "Dr Nobody Here")
    no_such_name = page.unlock_message.text()
    page.failures = 0  # the same first try, for the same sentence
    assert not unlock(qtbot, page, "Dr Marcus Webb", "not the passphrase at all")
    assert page.unlock_message.text() == no_such_name
    assert "do not open any notes on this computer" in no_such_name


def test_after_locking_the_next_person_does_not_see_whose_it_was(qtbot, window) -> None:
    page = window.notes_page
    assert unlock(qtbot, page, "Dr Siobhán O'Neill")
    page.lock()
    assert page.pages.currentIndex() == page.LOCKED
    assert page.owner_edit.text() == ""
    assert "O'Neill" not in everything_shown(window)


def test_a_personal_computer_still_lists_its_owners(qtbot, db, data_dir, monkeypatch) -> None:
    monkeypatch.setattr(crypto, "DEFAULT_KDF_PARAMS", crypto.KdfParams(1, 1, 8))
    roster.create_group("Riverside", pattern_without_a_meeting_today())
    vaults.create_vault(OWNERS[0], PASSPHRASE)
    settings.set_flag(settings.SHARED_PC, False)
    main = MainWindow(db, data_dir)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.NOTES)
    page = main.notes_page
    assert page.vault_combo.isVisible() and not page.owner_edit.isVisible()
    assert page.vault_combo.itemText(0) == OWNERS[0]
