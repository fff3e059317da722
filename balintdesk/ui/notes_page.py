"""The Notes page: private reflections, encrypted, opened by their author alone.

Locked, the page holds nothing of a note. Unlocked, it locks again on Ctrl+L, after the
idle time, when the computer wakes from a sleep longer than that, and on quit; locking
drops the key and every decrypted note, wipes the editor and its undo history, and
clears the clipboard if it still holds text copied from a note.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.note_templates import NOTE_TEMPLATES, note_template
from balintdesk.domain.timer import Clock, system_clock
from balintdesk.store import meetings, roster, settings
from balintdesk.ui.background import run_in_background
from balintdesk.ui.forms import hint_label, primary_button
from balintdesk.ui.note_editor import NoteEditor
from balintdesk.ui.notes_export_dialog import note_opener, open_notes_export
from balintdesk.ui.vault_dialogs import CreateVaultDialog, ManageVaultDialog, password_edit
from balintdesk.vault import vault as vaults
from balintdesk.vault.keychain import Keychain, status

AUTOSAVE_MS = 3000  # a kill while typing loses at most this much


class ActivityWatch(QObject):
    """Notes the time of the last key or mouse press anywhere in the app."""

    def __init__(self, clock: Clock):
        super().__init__()
        self.clock = clock
        self.last = clock()

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.last = self.clock()
        return False


class NotesPage(QWidget):
    locked_changed = Signal(bool)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notesPage")
        self.clock = clock or system_clock()
        self.group_id: int | None = None
        self.vault: vaults.UnlockedVault | None = None
        self.note_id: str | None = None
        self.template_key = ""
        self.dirty = False
        self.failures = 0
        self.unlocking = False
        self.active_dialog: QWidget | None = None
        self._copied: set[str] = set()

        title = QLabel(self.tr("My private notes"))
        title.setObjectName("pageTitle")
        self.pages = QStackedWidget()

        # No vault yet
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
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        start_layout.addLayout(row)
        start_layout.addStretch(1)

        # Locked
        locked = QWidget()
        self.vault_combo = QComboBox()
        self.vault_combo.setObjectName("vaultCombo")
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
        locked_layout.addWidget(QLabel(self.tr("Whose notes")))
        locked_layout.addWidget(self.vault_combo)
        locked_layout.addWidget(QLabel(self.tr("Passphrase or recovery key")))
        locked_layout.addWidget(self.secret_edit)
        locked_layout.addWidget(self.recovery_check)
        unlock_row = QHBoxLayout()
        unlock_row.addWidget(self.unlock_button)
        unlock_row.addStretch(1)
        unlock_row.addWidget(self.new_vault_button)
        unlock_row.addWidget(self.import_button_locked())
        locked_layout.addLayout(unlock_row)
        locked_layout.addWidget(self.unlock_message)
        locked_layout.addWidget(self.keyring_label)
        locked_layout.addStretch(1)
        locked.setMaximumWidth(720)

        # Open
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
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("noteTemplateCombo")
        for template in NOTE_TEMPLATES:
            self.template_combo.addItem(template.name, template.key)
        self.new_note_button = primary_button(self.tr("New note"), "newNoteButton")
        self.delete_note_button = QPushButton(self.tr("Delete note"))
        self.delete_note_button.setObjectName("deleteNoteButton")
        self.note_list = QListWidget()
        self.note_list.setObjectName("noteList")
        self.editor = NoteEditor()
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.save_state.setProperty("role", "status")
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

        for page in (start, locked, opened):
            self.pages.addWidget(page)
        self.START, self.LOCKED, self.OPEN = range(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.addWidget(title)
        layout.addWidget(self.pages, 1)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_now)
        self.activity = ActivityWatch(self.clock)
        QApplication.instance().installEventFilter(self.activity)
        self.idle_check = QTimer(self)
        self.idle_check.setInterval(15_000)  # and on wake: the clock counts the sleep
        self.idle_check.timeout.connect(self.check_idle)

        lock_action = QAction(self)
        lock_action.setShortcut(QKeySequence("Ctrl+L"))
        lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        lock_action.triggered.connect(self.lock)
        self.addAction(lock_action)

        self.start_button.clicked.connect(self.open_create)
        self.new_vault_button.clicked.connect(self.open_create)
        self.unlock_button.clicked.connect(self.unlock)
        self.secret_edit.returnPressed.connect(self.unlock)
        self.lock_button.clicked.connect(self.lock)
        self.manage_button.clicked.connect(self.open_manage)
        self.pdf_button.clicked.connect(self.open_pdf_export)
        self.new_note_button.clicked.connect(self.new_note)
        self.delete_note_button.clicked.connect(self.delete_note)
        self.note_list.currentItemChanged.connect(self._note_chosen)
        self.search_edit.textChanged.connect(lambda _t: self._fill_list())
        self.editor.changed.connect(self._edited)
        self.editor.body_edit.copied.connect(self._copied.add)
        self.vault_combo.currentIndexChanged.connect(lambda _i: self.try_keyring())
        self.refresh()

    def import_button_locked(self) -> QPushButton:
        button = QPushButton(self.tr("Bring notes from another computer…"))
        button.setObjectName("importVaultButtonLocked")
        button.clicked.connect(self._choose_import)
        self.import_button.clicked.connect(self._choose_import)
        return button

    # --- states -------------------------------------------------------------------------

    def set_group(self, group_id: int | None) -> None:
        self.group_id = group_id

    def on_shown(self) -> None:
        """Coming to the page opens a remembered vault by itself (never on the shared PC).
        Not on lock: Ctrl+L must leave it locked until the doctor comes back to it."""
        if self.vault is None and self.pages.currentIndex() == self.LOCKED:
            self.try_keyring()

    def refresh(self) -> None:
        if self.vault is not None:
            self.pages.setCurrentIndex(self.OPEN)
            return
        found = vaults.list_vaults()
        if not found:
            self.pages.setCurrentIndex(self.START)
            return
        current = self.vault_combo.currentData()
        self.vault_combo.blockSignals(True)
        self.vault_combo.clear()
        for info in found:
            self.vault_combo.addItem(info.label, info.id)
        self.vault_combo.setCurrentIndex(max(0, self.vault_combo.findData(current)))
        self.vault_combo.blockSignals(False)
        keychain = status()
        self.keyring_label.setText("" if keychain.usable else keychain.reason)
        self.pages.setCurrentIndex(self.LOCKED)

    def try_keyring(self) -> bool:
        """Open silently through the OS keyring where this vault is remembered — never on
        the shared PC, where everyone using the account would get in."""
        if self.vault is not None or settings.get_flag(settings.SHARED_PC):
            return False
        vault_id = self.vault_combo.currentData()
        if vault_id is None or not status().usable:
            return False
        try:
            opened = vaults.unlock_with_keychain(vault_id, Keychain())
        except Exception as exc:  # a locked or vanished keyring: fall back to the passphrase
            self.keyring_label.setText(str(exc))
            return False
        if opened is None:
            return False
        self._opened(opened)
        return True

    def unlock(self) -> bool:
        """Start unlocking; the key derivation (a deliberate ~0.2 s) runs off the GUI
        thread. Returns False if there is nothing to try."""
        vault_id = self.vault_combo.currentData()
        secret = self.secret_edit.text()
        if vault_id is not None and not secret and self.try_keyring():
            return True  # remembered on this computer: Unlock with an empty field opens it
        if vault_id is None or not secret or not self.unlock_button.isEnabled():
            return False
        opener = (
            vaults.unlock_with_recovery_key
            if self.recovery_check.isChecked()
            else vaults.unlock_with_passphrase
        )
        self.unlock_button.setEnabled(False)
        self.unlock_message.setProperty("role", "status")
        self.unlock_message.setText(self.tr("Unlocking…"))
        self.unlocking = True
        run_in_background(lambda: opener(vault_id, secret), self._unlocked, self._unlock_failed)
        return True

    def _unlocked(self, opened: vaults.UnlockedVault) -> None:
        self.unlocking = False
        self.unlock_button.setEnabled(True)
        self._opened(opened)

    def _unlock_failed(self, exc: Exception) -> None:
        self.unlocking = False
        self.unlock_button.setEnabled(True)
        self.unlock_message.setProperty("role", "fieldError")
        self.unlock_message.style().polish(self.unlock_message)
        if not isinstance(exc, vaults.VaultError):
            self.unlock_message.setText(self.tr("The notes could not be opened: {0}").format(exc))
            return
        if isinstance(exc, vaults.WrongSecret):
            self.failures += 1
            # A growing pause after each wrong try (1, 2, 4 … 30 s) slows guessing at the
            # shared PC without locking a forgetful owner out.
            delay = min(30, 2 ** (self.failures - 1)) if self.failures > 1 else 0
            self.unlock_message.setText(
                str(exc)
                + (self.tr(" You can try again in {0} seconds.").format(delay) if delay else "")
            )
            if delay:
                self.unlock_button.setEnabled(False)
                QTimer.singleShot(delay * 1000, lambda: self.unlock_button.setEnabled(True))
            self.secret_edit.selectAll()
            return
        self.unlock_message.setText(str(exc))

    def _opened(self, opened: vaults.UnlockedVault) -> None:
        self.vault = opened
        self.failures = 0
        self.secret_edit.setText("")
        self.unlock_message.clear()
        self.owner_label.setText(self.tr("{0} — unlocked").format(opened.label))
        try:  # the group's themes as tag suggestions, when there is a group
            tags = meetings.themes(self.group_id) if self.group_id else []
        except roster.NotFoundError:
            tags = []
        self.editor.set_tag_suggestions(tags)
        self.activity.last = self.clock()
        self.idle_check.start()
        self._fill_list()
        self.pages.setCurrentIndex(self.OPEN)
        self.locked_changed.emit(False)

    def idle_minutes(self) -> int:
        return settings.notes_idle_minutes()

    def check_idle(self) -> bool:
        if self.vault is not None and self.clock() - self.activity.last >= self.idle_minutes() * 60:
            self.lock()
            self.unlock_message.setText(self.tr("Locked after a while without use."))
            return True
        return False

    def lock(self) -> None:
        if self.vault is None:
            return
        self.save_now()
        self.autosave.stop()
        self.idle_check.stop()
        clipboard = QApplication.clipboard()
        if clipboard.text() and clipboard.text() in self._copied:
            clipboard.clear()
        self._copied.clear()
        self.editor.wipe()
        self.note_list.clear()
        self.search_edit.setText("")
        self.vault.lock()
        self.vault = None
        self.note_id = None
        self.dirty = False
        self.refresh()
        self.locked_changed.emit(True)

    # --- notes --------------------------------------------------------------------------

    def _fill_list(self) -> None:
        if self.vault is None:
            return
        text = self.search_edit.text().strip()
        notes = self.vault.search(text) if text else self.vault.notes()
        self.note_list.blockSignals(True)
        self.note_list.clear()
        for note in notes:
            when = note.updated.astimezone().strftime("%d %b %Y")
            item = QListWidgetItem(f"{note.title or self.tr('(untitled)')}\n{when}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.note_list.addItem(item)
            if note.id == self.note_id:
                self.note_list.setCurrentItem(item)
        self.note_list.blockSignals(False)
        if self.vault.damaged_ids:
            self.save_state.setText(
                self.tr("{0} note(s) are damaged and cannot be opened.").format(
                    len(self.vault.damaged_ids)
                )
            )
        self.delete_note_button.setEnabled(self.note_id is not None)

    def _note_chosen(self, item: QListWidgetItem | None) -> None:
        self.save_now()
        if item is None:
            return
        note_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            note = self.vault.get(note_id)
        except vaults.DamagedNote as exc:
            self.save_state.setText(str(exc))
            return
        self.note_id = note.id
        self.template_key = note.template
        self.editor.load(note.title, note.body, note.tags, note.meeting_date)
        self.editor.body_edit.document().clearUndoRedoStacks()  # undo never crosses notes
        self.delete_note_button.setEnabled(True)
        self.save_state.setText(self.tr("Saved."))

    def new_note(self) -> None:
        self.save_now()
        template = note_template(self.template_combo.currentData())
        self.note_id = None
        self.editor.load("", template.body, (), None)
        self.editor.title_edit.setFocus()
        self.template_key = template.key
        self.dirty = True
        self.save_now()

    def _edited(self) -> None:
        self.dirty = True
        self.save_state.setText(self.tr("Editing…"))
        self.autosave.start()

    def save_now(self) -> None:
        if self.vault is None or not self.dirty:
            return
        title, body, tags, meeting = self.editor.values()
        note = self.vault.save(self.note_id, title, body, tags, self.template_key, meeting)
        self.note_id = note.id
        self.dirty = False
        self.save_state.setText(self.tr("Saved, encrypted."))
        self._fill_list()

    def delete_note(self) -> None:
        if self.vault is None or self.note_id is None:
            return
        self.vault.delete(self.note_id)
        self.note_id = None
        self.dirty = False
        self.editor.wipe()
        self._fill_list()
        self.save_state.setText(self.tr("Note deleted."))

    # --- dialogs ------------------------------------------------------------------------

    def open_create(self) -> None:
        dialog = CreateVaultDialog(self.group_id, settings.get_flag(settings.SHARED_PC), self)
        self.active_dialog = dialog

        def created() -> None:
            if dialog.unlocked is not None:
                self._opened(dialog.unlocked)

        dialog.accepted.connect(created)
        dialog.open()

    def open_pdf_export(self) -> None:
        self.save_now()
        self.active_dialog = open_notes_export(
            self.vault, self, note_opener(self.note_list, self.search_edit)
        )

    def open_manage(self) -> None:
        dialog = ManageVaultDialog(self.vault, self)
        self.active_dialog = dialog

        def closed() -> None:
            if dialog.deleted:
                self.vault = None
                self.editor.wipe()
                self.refresh()

        dialog.finished.connect(lambda _r: closed())
        dialog.open()

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Bring notes from another computer"),
            str(Path.home()),
            self.tr("BalintDesk vault (*.balintvault)"),
        )
        if not path:
            return
        secret, ok = QInputDialog.getText(
            self,
            self.tr("Passphrase of the exported notes"),
            self.tr("The passphrase or recovery key those notes were kept with:"),
            QLineEdit.EchoMode.Password,
        )
        if ok and secret:
            self.import_from(Path(path), secret)

    def import_from(self, path: Path, secret: str) -> bool:
        try:
            info = vaults.import_vault(path, secret)
        except vaults.VaultError as exc:
            self.unlock_message.setText(str(exc))
            return False
        self.refresh()
        self.vault_combo.setCurrentIndex(self.vault_combo.findData(info.id))
        self.unlock_message.setText(self.tr("Imported. Unlock it with its passphrase."))
        return True
