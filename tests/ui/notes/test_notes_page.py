"""A doctor's walk through private notes: create, write, lock, unlock three ways, change
the passphrase, export, and import on a second data folder."""

from __future__ import annotations

from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from balintdesk.domain.roster import MemberDraft
from balintdesk.paths import backups_dir, database_path
from balintdesk.store import roster, settings
from balintdesk.store.db import close_database, open_database
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.notes import page as notes_module
from balintdesk.ui.notes import vault_dialogs
from balintdesk.vault import crypto
from balintdesk.vault import vault as vaults
from balintdesk.vault.keychain import KeychainStatus

from ...conftest import pattern_without_a_meeting_today

PASSPHRASE = "a slow river under winter light"
NEW_PASSPHRASE = "seven quiet herons on the marsh"


class FakeKeychain:
    entries: ClassVar[dict[str, bytes]] = {}

    def store_key(self, vault_id: str, key: bytes) -> None:
        self.entries[vault_id] = bytes(key)

    def load_key(self, vault_id: str) -> bytes | None:
        return self.entries.get(vault_id)

    def forget(self, vault_id: str) -> None:
        self.entries.pop(vault_id, None)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def cheap_kdf_and_fake_keyring(monkeypatch):
    monkeypatch.setattr(crypto, "DEFAULT_KDF_PARAMS", crypto.KdfParams(1, 1, 8))
    FakeKeychain.entries = {}
    usable = KeychainStatus(True, "Secret Service (test)", "")
    for module in (notes_module, vault_dialogs):
        monkeypatch.setattr(module, "Keychain", FakeKeychain)
        monkeypatch.setattr(module, "status", lambda: usable)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot, db, data_dir, clock):
    group = roster.create_group("Riverside", pattern_without_a_meeting_today())
    roster.add_member(group.id, MemberDraft("Dr Siobhán O'Neill"))
    main = MainWindow(db, data_dir, clock=clock)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.NOTES)
    return main


def activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def create(qtbot, page, label: str = "Dr Siobhán O'Neill") -> str:
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    dialog.name_combo.setCurrentIndex(dialog.name_combo.findText(label))
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.confirm_edit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.creating and dialog.unlocked is not None)
    key = dialog.recovery_key
    assert dialog.key_label.text().replace("\n", "-") == key, "the whole key is shown"
    assert len(key.replace("-", "")) >= 40, "the recovery key is shown once"
    assert not dialog.next_button.isEnabled(), "only after saying it is kept"
    dialog.kept_check.setChecked(True)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert page.pages.currentIndex() == page.OPEN
    return key


def unlock(qtbot, page) -> bool:
    """Unlock runs off the GUI thread; wait for its answer."""
    assert page.unlock(), "there was something to try"
    qtbot.waitUntil(lambda: not page.unlocking, timeout=10_000)
    return page.vault is not None


def write_note(qtbot, page, title: str, body: str) -> None:
    page.template_combo.setCurrentIndex(page.template_combo.findData("balint"))
    qtbot.mouseClick(page.new_note_button, Qt.MouseButton.LeftButton)
    assert page.editor.body_edit.toPlainText().startswith("What stayed with me?")
    page.editor.title_edit.setText(title)
    page.editor.title_edit.textEdited.emit(title)
    page.editor.body_edit.appendPlainText(body)
    page.autosave.setInterval(10)
    qtbot.waitUntil(lambda: page.save_state.text() == "Saved, encrypted.")


def test_create_write_lock_unlock_three_ways_change_passphrase(qtbot, window, clock):
    page = window.notes_page
    assert page.pages.currentIndex() == page.START
    recovery_key = create(qtbot, page)
    write_note(qtbot, page, "After Tuesday", "Mrs Smith, 943 476 5919, stayed with me.")
    # The privacy guard noticed, and said so beside the editor; saving was not blocked.
    page.editor.guard.rescan()
    assert page.editor.guard.count == 2
    assert "please check" in page.editor.guard.findings_label.text()
    assert page.note_list.count() == 1

    # Copy a line of the note: the copy is marked to stay out of clipboard history.
    body = page.editor.body_edit
    body.selectAll()
    body.copy()
    clipboard = QApplication.clipboard()
    assert "Mrs Smith" in clipboard.text()
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"

    # Ctrl+L locks from anywhere: editor, undo history, list and clipboard are cleared.
    activate(qtbot, window)
    qtbot.keyClick(page.editor.body_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert page.vault is None and page.pages.currentIndex() == page.LOCKED
    assert page.editor.body_edit.toPlainText() == ""
    assert not page.editor.body_edit.document().isUndoAvailable()
    assert page.note_list.count() == 0
    assert clipboard.text() == "", "the copied note text left the clipboard"

    # A wrong passphrase: a clear sentence, and nothing opens.
    page.secret_edit.setText("not the passphrase at all")
    assert not unlock(qtbot, page)
    assert "does not open" in page.unlock_message.text()
    page.secret_edit.setText(PASSPHRASE)
    assert unlock(qtbot, page)
    assert page.note_list.item(0).text().startswith("After Tuesday")

    page.lock()
    page.recovery_check.setChecked(True)
    page.secret_edit.setText(recovery_key.lower().replace("-", " "))
    assert unlock(qtbot, page), "the recovery key opens it, however it is typed"

    page.lock()
    assert page.vault is None, "locking does not reopen it by itself"
    window.show_page(MainWindow.ROSTER)
    window.show_page(MainWindow.NOTES)
    assert page.vault is not None, "coming back opens it through the keyring"
    page.lock()
    assert page.unlock() and page.vault is not None, "Unlock with an empty field uses it too"

    qtbot.mouseClick(page.manage_button, Qt.MouseButton.LeftButton)
    manage = page.active_dialog
    manage.old_edit.setText(PASSPHRASE)
    manage.new_edit.setText(NEW_PASSPHRASE)
    assert manage.change_passphrase()
    manage.accept()
    page.lock()
    page.recovery_check.setChecked(False)
    page.secret_edit.setText(PASSPHRASE)
    assert not unlock(qtbot, page)
    page.failures = 0
    page.unlock_button.setEnabled(True)
    page.secret_edit.setText(NEW_PASSPHRASE)
    assert unlock(qtbot, page)

    # Idle: five minutes without a key or a click, on the injected clock.
    clock.now += 299
    assert not page.check_idle()
    clock.now += 2
    assert page.check_idle()
    assert page.vault is None


def test_on_the_shared_pc_remembering_is_off_and_keyring_never_opens_it(qtbot, window):
    settings.set_flag(settings.SHARED_PC, True)
    page = window.notes_page
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert not dialog.remember_check.isChecked()
    hint = dialog.findChild(type(dialog.key_label), "rememberHint").text()
    assert "everyone who uses this computer's account" in hint
    dialog.reject()


def test_weak_passphrase_is_refused_with_a_reason(qtbot, window):
    page = window.notes_page
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    dialog.name_combo.setEditText("Dr Test")
    dialog.passphrase_edit.setText("password")
    dialog.confirm_edit.setText("password")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    error = dialog.fields["passphrase"].error
    assert error.isVisible() and error.text()
    assert vaults.list_vaults() == []
    dialog.reject()


def test_export_then_import_on_a_second_data_folder(qtbot, window, tmp_path, data_dir):
    page = window.notes_page
    create(qtbot, page)
    write_note(qtbot, page, "Moving house", "Notes to take to my laptop.")
    qtbot.mouseClick(page.manage_button, Qt.MouseButton.LeftButton)
    manage = page.active_dialog
    exported = tmp_path / "mine.balintvault"
    assert manage.export_to(exported)
    assert b"Moving house" not in exported.read_bytes()
    manage.accept()
    page.lock()

    # The doctor's laptop: another data folder, another database, the same page.
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    other = open_database(database_path(laptop), backups_dir(laptop))
    try:
        assert vaults.list_vaults() == []
        page.refresh()
        assert page.pages.currentIndex() == page.START
        assert page.import_from(exported, PASSPHRASE)
        assert page.pages.currentIndex() == page.LOCKED
        page.secret_edit.setText(PASSPHRASE)
        assert unlock(qtbot, page)
        assert page.note_list.item(0).text().startswith("Moving house")
        page.lock()
    finally:
        close_database(other)
        open_database(database_path(data_dir), backups_dir(data_dir))


def test_delete_the_vault_after_typing_its_name(qtbot, window):
    page = window.notes_page
    create(qtbot, page)
    qtbot.mouseClick(page.manage_button, Qt.MouseButton.LeftButton)
    manage = page.active_dialog
    manage.delete_edit.setText("Dr Someone Else")
    assert not manage.delete()
    assert vaults.list_vaults()
    manage.delete_edit.setText("Dr Siobhán O'Neill")
    page.vault.lock()
    assert manage.delete()
    assert vaults.list_vaults() == []
    assert page.pages.currentIndex() == page.START


def test_the_idle_time_is_a_setting(qtbot, window, clock):
    window.settings_page.idle_spin.setValue(1)
    assert settings.notes_idle_minutes() == 1
    page = window.notes_page
    create(qtbot, page)
    clock.now += 59
    assert not page.check_idle()
    clock.now += 2
    assert page.check_idle(), "locked after one minute, as set"
