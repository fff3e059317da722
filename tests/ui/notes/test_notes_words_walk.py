"""Every word of the Notes page, in each of its faces (no vault yet, locked, locked on the
shared PC, open with a note), and of the vault dialogs (with the recovery key on show),
goes through the catalogue: walked with the pseudo-language, nothing is left outside ⟦ ⟧
but what the doctor typed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from balintdesk import i18n
from balintdesk.domain.roster import MemberDraft
from balintdesk.store import roster, settings
from balintdesk.ui.notes import page as notes_module
from balintdesk.ui.notes import vault_dialogs
from balintdesk.ui.notes.export_dialog import NotesExportDialog
from balintdesk.ui.notes.page import NotesPage
from balintdesk.ui.notes.vault_dialogs import CreateVaultDialog, ManageVaultDialog
from balintdesk.vault import crypto, keychain
from balintdesk.vault import vault as vaults
from balintdesk.vault.keychain import KeychainStatus

from ...conftest import pattern_without_a_meeting_today
from .._words import find_untranslated, texts_of
from .conftest import install

PASSPHRASE = "a slow river under winter light"
OWNER = "Dr Ann Member"
TITLE = "After Tuesday"


@pytest.fixture
def pseudo(qapp):
    install(i18n.PSEUDO)
    yield
    install(i18n.ENGLISH)


@pytest.fixture(autouse=True)
def cheap_kdf_and_no_keyring(monkeypatch):
    monkeypatch.setattr(crypto, "DEFAULT_KDF_PARAMS", crypto.KdfParams(1, 1, 8))
    none = KeychainStatus(False, "", keychain.NO_SECURE_KEYRING)
    for module in (notes_module, vault_dialogs):
        monkeypatch.setattr(module, "status", lambda: none)


@pytest.fixture
def group_id(db) -> int:
    group = roster.create_group("Riverside", pattern_without_a_meeting_today())
    roster.add_member(group.id, MemberDraft(OWNER))
    return group.id


def untranslated(widget, *own: str) -> list[str]:
    QApplication.processEvents()
    # The dialogs' Cancel is Qt's own word (ui/common/forms.dialog_buttons), not ours.
    for box in widget.findChildren(QDialogButtonBox):
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.hide()
    return find_untranslated(texts_of(widget), [OWNER, TITLE, *own])


def test_every_face_of_the_notes_page(qtbot, pseudo, group_id) -> None:
    page = NotesPage()
    page.set_group(group_id)
    qtbot.addWidget(page)
    page.show()
    found = [f"start: {item}" for item in untranslated(page)]

    unlocked, _key = vaults.create_vault(OWNER, PASSPHRASE)
    unlocked.lock()
    page.refresh()
    assert page.pages.currentIndex() == page.LOCKED
    found += [f"locked: {item}" for item in untranslated(page)]

    settings.set_flag(settings.SHARED_PC, True)
    page.refresh()
    page.owner_edit.setText("Nobody Here")
    page.secret_edit.setText(PASSPHRASE)
    page.unlock()  # a name with no notes: answered as a wrong passphrase is
    found += [f"shared PC: {item}" for item in untranslated(page, "Nobody Here")]

    page.owner_edit.setText(OWNER)
    page.unlock_button.setEnabled(True)
    assert page.unlock()
    qtbot.waitUntil(lambda: not page.unlocking, timeout=10_000)
    assert page.vault is not None
    page.template_combo.setCurrentIndex(page.template_combo.findData("gibbs"))
    page.new_note()
    page.editor.title_edit.setText(TITLE)
    page.editor.title_edit.textEdited.emit(TITLE)
    page.save_now()
    # The privacy guard beside the editor (ui/notes/privacy_guard.py) is walked by its
    # own tests, with its own words.
    page.editor.guard.hide()
    found += [f"open: {item}" for item in untranslated(page)]
    page.lock()
    assert not found, "not in the catalogue:\n" + "\n".join(found)


def test_the_vault_dialogs(qtbot, pseudo, group_id) -> None:
    create = CreateVaultDialog(group_id, True)
    qtbot.addWidget(create)
    create.show()
    found = [f"create: {item}" for item in untranslated(create)]
    create.name_combo.setCurrentIndex(create.name_combo.findText(OWNER))
    create.passphrase_edit.setText(PASSPHRASE)
    create.confirm_edit.setText(PASSPHRASE)
    create._next()
    qtbot.waitUntil(lambda: not create.creating and create.unlocked is not None)
    key = create.recovery_key
    found += [f"recovery key: {item}" for item in untranslated(create, *key.split("-"), key)]
    create.key_panel.copy()
    found += [f"copied: {item}" for item in untranslated(create, *key.split("-"))]
    unlocked = create.unlocked
    create.kept_check.setChecked(True)
    create.accept()

    manage = ManageVaultDialog(unlocked)
    qtbot.addWidget(manage)
    manage.show()
    manage.old_edit.setText("not the passphrase at all")
    manage.new_edit.setText("short")
    manage.change_passphrase()
    found += [f"manage: {item}" for item in untranslated(manage)]

    unlocked.save(None, TITLE, "What stayed with me?", (), "balint", None)
    export = NotesExportDialog(unlocked)
    qtbot.addWidget(export)
    export.show()
    export.export_clicked()  # nothing ticked: it says so
    found += [f"export: {item}" for item in untranslated(export)]
    # The privacy guard's step: the kinds it found and its guidance, in the language too.
    unlocked.save(None, "Mrs Smith", "Mrs Smith, 943 476 5919, stayed with me.", (), "", None)
    export.wipe()
    export._fill()
    export.set_all_checked(True)
    export.export_clicked()
    assert export.steps.currentIndex() == export.GUARD
    found += [f"guard: {item}" for item in untranslated(export, "Mrs Smith")]
    unlocked.lock()
    assert not found, "not in the catalogue:\n" + "\n".join(found)
