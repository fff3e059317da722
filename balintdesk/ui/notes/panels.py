"""The three faces of the Notes page, built here to keep notes_page.py about behaviour:
no vault yet, locked, and open. Each builder puts its controls on the page object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.note_templates import NOTE_TEMPLATES
from balintdesk.ui.common.forms import hint_label, primary_button, status_label
from balintdesk.ui.notes.editor import NoteEditor
from balintdesk.ui.notes.vault_dialogs import password_edit

if TYPE_CHECKING:
    from balintdesk.ui.notes.page import NotesPage


def build_start_panel(page: NotesPage) -> QWidget:
    start = QWidget()
    page.start_button = primary_button(page.tr("Start my private notes"), "startVaultButton")
    page.import_button = QPushButton(page.tr("Bring notes from another computer…"))
    page.import_button.setObjectName("importVaultButton")
    start_layout = QVBoxLayout(start)
    start_layout.addWidget(
        hint_label(
            page.tr(
                "Keep reflections after a meeting, encrypted on this computer and readable "
                "by you alone. They never leave this computer unless you export them."
            )
        )
    )
    row = QHBoxLayout()
    row.addWidget(page.start_button)
    row.addWidget(page.import_button)
    row.addStretch(1)
    start_layout.addLayout(row)
    start_layout.addStretch(1)
    return start


def build_locked_panel(page: NotesPage) -> QWidget:
    locked = QWidget()
    page.vault_combo = QComboBox()
    page.vault_combo.setObjectName("vaultCombo")
    page.secret_edit = password_edit("unlockEdit")
    page.secret_edit.setPlaceholderText(page.tr("Passphrase"))
    page.recovery_check = QCheckBox(page.tr("Use my recovery key instead"))
    page.recovery_check.setObjectName("useRecoveryCheck")
    page.unlock_button = primary_button(page.tr("Unlock"), "unlockButton")
    page.new_vault_button = QPushButton(page.tr("Start another person's notes"))
    page.new_vault_button.setObjectName("newVaultButton")
    page.unlock_message = QLabel()
    page.unlock_message.setObjectName("unlockMessage")
    page.unlock_message.setProperty("role", "fieldError")
    page.unlock_message.setWordWrap(True)
    page.keyring_label = hint_label("", "keyringStatus")
    locked_layout = QVBoxLayout(locked)
    locked_layout.addWidget(QLabel(page.tr("Whose notes")))
    locked_layout.addWidget(page.vault_combo)
    locked_layout.addWidget(QLabel(page.tr("Passphrase or recovery key")))
    locked_layout.addWidget(page.secret_edit)
    locked_layout.addWidget(page.recovery_check)
    unlock_row = QHBoxLayout()
    unlock_row.addWidget(page.unlock_button)
    unlock_row.addStretch(1)
    unlock_row.addWidget(page.new_vault_button)
    page.import_locked_button = QPushButton(page.tr("Bring notes from another computer…"))
    page.import_locked_button.setObjectName("importVaultButtonLocked")
    unlock_row.addWidget(page.import_locked_button)
    locked_layout.addLayout(unlock_row)
    locked_layout.addWidget(page.unlock_message)
    locked_layout.addWidget(page.keyring_label)
    locked_layout.addStretch(1)
    locked.setMaximumWidth(720)
    return locked


def build_open_panel(page: NotesPage) -> QWidget:
    opened = QWidget()
    page.owner_label = QLabel()
    page.owner_label.setObjectName("vaultOwner")
    page.lock_button = QPushButton(page.tr("Lock  (Ctrl+L)"))
    page.lock_button.setObjectName("lockButton")
    page.manage_button = QPushButton(page.tr("Manage…"))
    page.manage_button.setObjectName("manageVaultButton")
    page.pdf_button = QPushButton(page.tr("Export to PDF…"))
    page.pdf_button.setObjectName("exportPdfButton")
    page.pdf_button.setToolTip(page.tr("Chosen notes as a PDF for your appraisal"))
    page.search_edit = QLineEdit()
    page.search_edit.setObjectName("notesSearch")
    page.search_edit.setPlaceholderText(page.tr("Search my notes"))
    page.search_edit.setClearButtonEnabled(True)
    page.template_combo = QComboBox()
    page.template_combo.setObjectName("noteTemplateCombo")
    for template in NOTE_TEMPLATES:
        page.template_combo.addItem(template.name, template.key)
    page.new_note_button = primary_button(page.tr("New note"), "newNoteButton")
    page.delete_note_button = QPushButton(page.tr("Delete note"))
    page.delete_note_button.setObjectName("deleteNoteButton")
    page.note_list = QListWidget()
    page.note_list.setObjectName("noteList")
    page.editor = NoteEditor()
    page.save_state = status_label("saveState")
    top = QHBoxLayout()
    top.addWidget(page.owner_label, 1)
    top.addWidget(page.pdf_button)
    top.addWidget(page.manage_button)
    top.addWidget(page.lock_button)
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(page.search_edit)
    left_layout.addWidget(page.note_list, 1)
    left_layout.addWidget(page.template_combo)
    new_row = QHBoxLayout()
    new_row.addWidget(page.new_note_button)
    new_row.addWidget(page.delete_note_button)
    left_layout.addLayout(new_row)
    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(0, 0, 0, 0)
    right_layout.addWidget(page.editor, 1)
    right_layout.addWidget(page.save_state)
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setSizes([220, 740])
    open_layout = QVBoxLayout(opened)
    open_layout.setContentsMargins(0, 0, 0, 0)
    open_layout.addLayout(top)
    open_layout.addWidget(splitter, 1)
    return opened
