"""Creating a private-notes vault, and managing one: passphrase, this computer, export,
import, deletion."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.words import Words
from balintdesk.fileio import OwnFileError, refuse_own_file
from balintdesk.i18n import error_text, fill, say
from balintdesk.store import roster
from balintdesk.ui.common.background import run_in_background
from balintdesk.ui.common.elided import names_combo
from balintdesk.ui.common.forms import (
    ErrorField,
    FormDialog,
    add_row,
    dialog_buttons,
    hint_label,
    own_file_sentence,
    primary_button,
    status_label,
)
from balintdesk.ui.notes.recovery_key import RecoveryKeyPanel
from balintdesk.vault import vault as vaults
from balintdesk.vault.keychain import Keychain, status


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def reason_text(reason: Words | str) -> str:
    """The keyring's sentence (keychain.KeychainStatus.reason) in the user's language."""
    return say(reason) if isinstance(reason, Words) else reason


class CreateVaultDialog(FormDialog):
    """Step 1: who, passphrase, remember? Step 2: the recovery key, shown once."""

    def __init__(self, group_id: int | None, shared_pc: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("createVaultDialog")
        self.setWindowTitle(self.tr("Start my private notes"))
        self.setMinimumWidth(600)
        self.unlocked: vaults.UnlockedVault | None = None
        self.recovery_key = ""
        self.creating = False

        self.name_combo = names_combo("vaultNameCombo")
        self.name_combo.setEditable(True)
        self.name_combo.lineEdit().setPlaceholderText(self.tr("Your name, or any label"))
        if group_id is not None:
            for member in roster.list_members(group_id):
                self.name_combo.addItem(member.name, member.id)
        self.name_combo.setCurrentIndex(-1)
        self.passphrase_edit = password_edit("passphraseEdit")
        self.confirm_edit = password_edit("confirmEdit")
        keychain_state = status()
        self.remember_check = QCheckBox(
            self.tr("Remember on this computer (unlock without typing)")
        )
        self.remember_check.setObjectName("rememberCheck")
        self.remember_check.setEnabled(keychain_state.usable)
        self.remember_check.setChecked(keychain_state.usable and not shared_pc)
        if not keychain_state.usable:
            remember_hint = reason_text(keychain_state.reason)
        elif shared_pc:
            remember_hint = self.tr(
                "Off on the shared meeting-room PC: everyone who uses this computer's account "
                "could open your notes without the passphrase."
            )
        else:
            remember_hint = self.tr(
                "Your notes open when you unlock your computer account; the passphrase still "
                "works anywhere."
            )
        self.fields = {
            "label": ErrorField(self.name_combo, "label"),
            "passphrase": ErrorField(self.passphrase_edit, "passphrase"),
            "confirm": ErrorField(self.confirm_edit, "confirm"),
        }
        form_page = QWidget()
        form = QFormLayout(form_page)
        add_row(form, self.tr("Whose notes"), self.fields["label"])
        add_row(form, self.tr("Passphrase"), self.fields["passphrase"])
        add_row(form, self.tr("Type it again"), self.fields["confirm"])
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "At least 12 characters, or four or more words. A short sentence you will "
                    "remember works well."
                )
            ),
        )
        form.addRow("", self.remember_check)
        form.addRow("", hint_label(remember_hint, "rememberHint"))

        self.key_panel = RecoveryKeyPanel()
        self.key_label = self.key_panel.key_label
        self.kept_check = self.key_panel.kept_check

        self.steps = QStackedWidget()
        self.steps.addWidget(form_page)
        self.steps.addWidget(self.key_panel)
        heading = QLabel(self.tr("Start my private notes"))
        heading.setObjectName("pageTitle")
        self.next_button = primary_button(self.tr("Create"), "createVaultButton")
        # Enter in any field means Create (or Open my notes), never Cancel.
        buttons = dialog_buttons(self, self.next_button, self._next)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Your reflections are encrypted on this computer and readable by you "
                    "alone. Nobody else — not the practice, not BalintDesk — can open them "
                    "without your passphrase or recovery key."
                )
            )
        )
        layout.addWidget(self.steps, 1)
        layout.addWidget(buttons)
        self.kept_check.toggled.connect(lambda _on: self._update())

    def _update(self) -> None:
        if self.steps.currentIndex() == 1:
            self.next_button.setEnabled(self.kept_check.isChecked())

    def _next(self) -> None:
        if self.steps.currentIndex() == 1:
            self.accept()
            return
        label = self.name_combo.currentText().strip()
        passphrase = self.passphrase_edit.text()
        errors = {}
        if not label:
            errors["label"] = self.tr("Choose your name from the list or type a label.")
        problem = vaults.passphrase_problem(passphrase, label)
        if problem:
            errors["passphrase"] = say(problem)
        elif self.confirm_edit.text() != passphrase:
            errors["confirm"] = self.tr("The two passphrases differ; please type it again.")
        show = {name: errors.get(name) for name in self.fields}
        for name, field in self.fields.items():
            field.set_error(show[name])
        if errors:
            # Grow to show the whole sentence (longer in some languages than in English).
            self.layout().activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
            return
        member_id = self.name_combo.currentData() if self.name_combo.currentText() else None
        keychain = Keychain() if self.remember_check.isChecked() else None
        # Two deliberate key derivations (~0.5 s): off the GUI thread.
        self.creating = True
        self.next_button.setEnabled(False)
        self.next_button.setText(self.tr("Creating…"))
        run_in_background(
            lambda: vaults.create_vault(label, passphrase, member_id, keychain=keychain),
            self._created,
            self._failed,
        )

    def _failed(self, exc: Exception) -> None:
        self.creating = False
        self.next_button.setEnabled(True)
        self.next_button.setText(self.tr("Create"))
        self.fields["passphrase"].set_error(error_text(exc))

    def _created(self, result: tuple) -> None:
        self.creating = False
        self.unlocked, self.recovery_key = result
        self.next_button.setEnabled(True)
        self.passphrase_edit.setText("")
        self.confirm_edit.setText("")
        self.key_panel.set_key(self.unlocked.label, self.recovery_key)
        self.steps.setCurrentIndex(1)
        self.cancel_button.hide()
        self.next_button.setText(self.tr("Open my notes"))
        self._update()

    def reject(self) -> None:
        if self.unlocked is not None:  # made already: the key is shown, don't lose the vault
            self.kept_check.setFocus()
            return
        super().reject()

    def done(self, result: int) -> None:
        self.key_panel.take_back_clipboard()  # the key leaves the screen: not left behind
        super().done(result)


class ManageVaultDialog(FormDialog):
    """Change the passphrase, remember or forget this computer, export, delete."""

    def __init__(self, unlocked: vaults.UnlockedVault, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("manageVaultDialog")
        self.setWindowTitle(self.tr("Manage my notes"))
        self.setMinimumWidth(680)  # the name to type to delete shows whole in every language
        self.vault = unlocked
        self.deleted = False

        self.old_edit = password_edit("oldPassphraseEdit")
        self.new_edit = password_edit("newPassphraseEdit")
        self.change_button = QPushButton(self.tr("Change passphrase"))
        self.change_button.setObjectName("changePassphraseButton")
        self.remember_button = QPushButton()
        self.remember_button.setObjectName("rememberButton")
        self.export_button = QPushButton(self.tr("Export encrypted copy…"))
        self.export_button.setObjectName("exportVaultButton")
        self.delete_edit = QLineEdit()
        self.delete_edit.setObjectName("deleteConfirmEdit")
        self.delete_edit.setPlaceholderText(
            fill(self.tr("Type “{name}” to delete"), name=unlocked.label)
        )
        self.delete_button = QPushButton(self.tr("Delete all my notes"))
        self.delete_button.setObjectName("deleteVaultButton")
        self.message = status_label("manageMessage")

        form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), self.old_edit)
        form.addRow(self.tr("New passphrase"), self.new_edit)
        form.addRow("", self.change_button)
        form.addRow(self.tr("This computer"), self.remember_button)
        form.addRow(self.tr("Move to another computer"), self.export_button)
        form.addRow(self.tr("Delete"), self.delete_edit)
        form.addRow("", self.delete_button)
        heading = QLabel(self.tr("Manage my notes"))
        heading.setObjectName("pageTitle")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        # Ctrl+L still locks while this (modal) dialog is open: the page's shortcut can't.
        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.activated.connect(self._lock_now)
        self.change_button.clicked.connect(self.change_passphrase)
        self.remember_button.clicked.connect(self.toggle_remember)
        self.export_button.clicked.connect(self._choose_export)
        self.delete_button.clicked.connect(self.delete)
        self._show_remember()

    def _lock_now(self) -> None:
        self.old_edit.setText("")
        self.new_edit.setText("")
        self.reject()
        parent = self.parent()
        if parent is not None and hasattr(parent, "lock"):
            parent.lock()

    def _remembered(self) -> bool:
        return any(v.id == self.vault.id and v.has_keyring_key for v in vaults.list_vaults())

    def _show_remember(self) -> None:
        usable = status().usable
        self.remember_button.setEnabled(usable)
        self.remember_button.setText(
            self.tr("Forget this computer")
            if self._remembered()
            else self.tr("Remember on this computer")
        )

    def change_passphrase(self) -> bool:
        try:
            self.vault.change_passphrase(self.old_edit.text(), self.new_edit.text())
        except vaults.VaultError as exc:
            self.message.setText(error_text(exc))
            return False
        self.old_edit.setText("")
        self.new_edit.setText("")
        self.message.setText(self.tr("Passphrase changed. Your notes were not touched."))
        return True

    def toggle_remember(self) -> None:
        keychain = Keychain()
        try:
            if self._remembered():
                self.vault.forget_this_computer(keychain)
                self.message.setText(self.tr("This computer no longer opens your notes by itself."))
            else:
                self.vault.remember(keychain)
                self.message.setText(
                    self.tr("This computer now opens your notes when you unlock it.")
                )
        except Exception as exc:  # KeychainUnavailable and friends carry a readable sentence
            self.message.setText(error_text(exc))
        self._show_remember()

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export an encrypted copy"),
            str(Path.home() / f"{self.vault.label} notes.balintvault"),
            self.tr("BalintDesk vault (*.balintvault)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        try:
            refuse_own_file(path)
            self.vault.export_to(path)
        except OwnFileError as exc:  # the database, a backup…: nothing was written
            self.message.setText(own_file_sentence(exc))
            return False
        except (OSError, vaults.VaultError) as exc:
            message = self.tr("The copy could not be written: {reason}")
            self.message.setText(fill(message, reason=error_text(exc)))
            return False
        self.message.setText(
            fill(
                self.tr("Saved {name}. It opens with your passphrase or recovery key."),
                name=path.name,
            )
        )
        return True

    def delete(self) -> bool:
        try:
            vaults.delete_vault(self.vault.id, self.delete_edit.text())
        except vaults.VaultError as exc:
            self.message.setText(error_text(exc))
            return False
        # Nothing to forget, or no keyring: the vault is gone either way.
        with contextlib.suppress(Exception):
            Keychain().forget(self.vault.id)
        self.deleted = True
        self.accept()
        return True
