"""The Notes page's controls and layout: its three faces (no vault yet, locked, open) in
a stack. `NotesPage` (page.py) builds on this class and adds what the controls do, so
that module is about behaviour and this one about what is shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.note_templates import CONTEXT as TEMPLATES
from balintdesk.domain.note_templates import NOTE_TEMPLATES, NoteTemplate
from balintdesk.i18n import error_text, fill, translate
from balintdesk.store.errors import StorageError
from balintdesk.ui.common.accessible import name_control
from balintdesk.ui.common.elided import names_combo
from balintdesk.ui.common.flow import FlowRow
from balintdesk.ui.common.forms import (
    hint_label,
    labelled,
    primary_button,
    show_status,
    status_label,
)
from balintdesk.ui.notes.editor import NoteEditor
from balintdesk.ui.notes.vault_dialogs import password_edit
from balintdesk.vault import vault as vaults


def note_item_text(title: str, updated: dt.datetime) -> str:
    """A note's row in a list: its title (or "(untitled)"), and on a second line the day it
    was last changed, on this computer's clock, as the user's language writes it."""
    shown = title or translate("NotesPanels", "(untitled)")
    return fill(
        translate("NotesPanels", "{title}\n{day:short}"), title=shown, day=updated.astimezone()
    )


def template_text(template: NoteTemplate) -> str:
    """A template's headings in the user's language: a new note starts with them, and keeps
    them as they were given whatever language is chosen later."""
    return template.body_in(lambda heading: translate(TEMPLATES, heading))


class NotesPanels(QWidget):
    """The page's title over a stack of its three faces, START, LOCKED and OPEN, each
    control an attribute of the page."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("My private notes"))
        title.setObjectName("pageTitle")
        self.pages = QStackedWidget()
        for face in (
            self._build_start_panel(),
            self._build_locked_panel(),
            self._build_open_panel(),
        ):
            self.pages.addWidget(face)
        self.START, self.LOCKED, self.OPEN = range(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.addWidget(title)
        layout.addWidget(self.pages, 1)

    def _build_start_panel(self) -> QWidget:
        start = QWidget()
        self.start_button = primary_button(self.tr("Start my private notes"), "startVaultButton")
        self.import_button = QPushButton(self.tr("Bring notes from another computer…"))
        self.import_button.setObjectName("importVaultButton")
        start_layout = QVBoxLayout(start)
        start_layout.addWidget(
            hint_label(
                self.tr(
                    "Keep reflections after a meeting, encrypted on this computer and readable "
                    "by you alone. They never leave this computer unless you export them."
                )
            )
        )
        row = FlowRow()  # wraps when the window is too narrow
        row.addWidget(self.start_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        start_layout.addLayout(row)
        self.notes_problem = status_label("notesFileProblem")
        self.notes_problem.hide()
        start_layout.addWidget(self.notes_problem)
        start_layout.addStretch(1)
        return start

    def listed_vaults(self) -> list[vaults.VaultInfo]:
        """The vaults on this computer; none, with the reason said on the page, when the
        notes file cannot be used (damaged, a read-only folder): the rest of BalintDesk
        goes on, and nothing can be started over a file that is not there to hold it."""
        try:
            found = vaults.list_vaults()
        except (vaults.VaultError, StorageError) as exc:
            show_status(self.notes_problem, error_text(exc))
            found = None
        else:
            show_status(self.notes_problem, "")
        self.start_button.setEnabled(found is not None)
        self.import_button.setEnabled(found is not None)
        return found or []

    def _build_locked_panel(self) -> QWidget:
        locked = QWidget()
        self.vault_combo = names_combo("vaultCombo")
        # On the shared PC the names of those with notes here are not listed for the room
        # (or the projector) to read: the person types their own.
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("vaultOwnerEdit")
        self.owner_edit.setPlaceholderText(self.tr("Your name, as when you started your notes"))
        self.shared_hint = hint_label(
            self.tr(
                "This is the shared meeting-room PC, so the names of those who keep notes "
                "here are not shown. Type yours and your passphrase."
            ),
            "sharedNotesHint",
        )
        self.secret_edit = password_edit("unlockEdit")
        self.secret_edit.setPlaceholderText(self.tr("Passphrase"))
        self.recovery_check = QCheckBox(self.tr("Use my recovery key instead"))
        self.recovery_check.setObjectName("useRecoveryCheck")
        self.unlock_button = primary_button(self.tr("Unlock"), "unlockButton")
        self.new_vault_button = QPushButton(self.tr("Start another person's notes"))
        self.new_vault_button.setObjectName("newVaultButton")
        self.unlock_message = QLabel()
        self.unlock_message.setObjectName("unlockMessage")
        self.unlock_message.setProperty("role", "fieldError")
        self.unlock_message.setWordWrap(True)
        self.keyring_label = hint_label("", "keyringStatus")
        locked_layout = QVBoxLayout(locked)
        locked_layout.addWidget(self.shared_hint)
        # The label goes to whichever of the two is shown (NotesPage.refresh).
        self.whose_label = labelled(self.tr("Whose notes"), self.vault_combo)
        name_control(self.owner_edit, self.tr("Whose notes"))
        locked_layout.addWidget(self.whose_label)
        locked_layout.addWidget(self.vault_combo)
        locked_layout.addWidget(self.owner_edit)
        locked_layout.addWidget(labelled(self.tr("Passphrase or recovery key"), self.secret_edit))
        locked_layout.addWidget(self.secret_edit)
        locked_layout.addWidget(self.recovery_check)
        unlock_row = QHBoxLayout()
        unlock_row.addWidget(self.unlock_button)
        unlock_row.addStretch(1)
        locked_layout.addLayout(unlock_row)
        locked_layout.addWidget(self.unlock_message)
        locked_layout.addWidget(self.keyring_label)
        # The other ways in, on a row of their own: their words run long in some languages.
        self.import_locked_button = QPushButton(self.tr("Bring notes from another computer…"))
        self.import_locked_button.setObjectName("importVaultButtonLocked")
        other_row = FlowRow()
        other_row.addWidget(self.new_vault_button)
        other_row.addWidget(self.import_locked_button)
        other_row.addStretch(1)
        locked_layout.addSpacing(12)
        locked_layout.addLayout(other_row)
        locked_layout.addStretch(1)
        locked.setMaximumWidth(900)
        return locked

    def _build_open_panel(self) -> QWidget:
        opened = QWidget()
        self.owner_label = QLabel()
        self.owner_label.setObjectName("vaultOwner")
        self.lock_button = QPushButton(self.tr("Lock  (Ctrl+L)"))
        self.lock_button.setObjectName("lockButton")
        self.manage_button = QPushButton(self.tr("Manage…"))
        self.manage_button.setObjectName("manageVaultButton")
        self.pdf_button = QPushButton(self.tr("Export to PDF…"))
        self.pdf_button.setObjectName("exportPdfButton")
        self.pdf_button.setToolTip(self.tr("Chosen notes as a PDF for your appraisal"))
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("notesSearch")
        self.search_edit.setPlaceholderText(self.tr("Search my notes"))
        self.search_edit.setClearButtonEnabled(True)
        name_control(self.search_edit, self.tr("Search my notes"))
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("noteTemplateCombo")
        name_control(self.template_combo, self.tr("Template for a new note"))
        for template in NOTE_TEMPLATES:
            self.template_combo.addItem(translate(TEMPLATES, template.name), template.key)
        self.new_note_button = primary_button(self.tr("New note"), "newNoteButton")
        self.delete_note_button = QPushButton(self.tr("Delete note"))
        self.delete_note_button.setObjectName("deleteNoteButton")
        self.note_list = QListWidget()
        self.note_list.setObjectName("noteList")
        name_control(self.note_list, self.tr("My notes"))
        self.editor = NoteEditor()
        self.save_state = status_label("saveState")
        top = QHBoxLayout()
        top.addWidget(self.owner_label, 1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.manage_button)
        top.addWidget(self.lock_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.note_list, 1)
        left_layout.addWidget(self.template_combo)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_note_button)
        new_row.addWidget(self.delete_note_button)
        left_layout.addLayout(new_row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor, 1)
        right_layout.addWidget(self.save_state)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([220, 740])
        open_layout = QVBoxLayout(opened)
        open_layout.setContentsMargins(0, 0, 0, 0)
        open_layout.addLayout(top)
        open_layout.addWidget(splitter, 1)
        return opened
