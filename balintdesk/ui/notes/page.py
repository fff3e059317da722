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
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidgetItem,
    QWidget,
)

from balintdesk.domain.note_templates import note_template
from balintdesk.domain.timer_view import Clock, system_clock
from balintdesk.i18n import error_text, fill
from balintdesk.store import meetings, roster, settings
from balintdesk.ui.common.background import run_in_background
from balintdesk.ui.notes.export_dialog import note_opener, open_notes_export
from balintdesk.ui.notes.panels import NotesPanels, note_item_text, template_text
from balintdesk.ui.notes.vault_dialogs import CreateVaultDialog, ManageVaultDialog, reason_text
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


class NotesPage(NotesPanels):
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
        self.owner_edit.returnPressed.connect(self.unlock)
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
        self.import_button.clicked.connect(self._choose_import)
        self.import_locked_button.clicked.connect(self._choose_import)
        self.refresh()

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
        found = self.listed_vaults()
        if not found:
            self.pages.setCurrentIndex(self.START)
            return
        shared = settings.get_flag(settings.SHARED_PC)
        current = self.vault_combo.currentData()
        self.vault_combo.blockSignals(True)
        self.vault_combo.clear()
        for info in [] if shared else found:  # the shared PC lists nobody's name
            self.vault_combo.addItem(info.label, info.id)
        self.vault_combo.setCurrentIndex(max(0, self.vault_combo.findData(current)))
        self.vault_combo.blockSignals(False)
        self.vault_combo.setVisible(not shared)
        self.owner_edit.setVisible(shared)
        self.whose_label.setBuddy(self.owner_edit if shared else self.vault_combo)
        self.shared_hint.setVisible(shared)
        keychain = status()
        self.keyring_label.setText("" if keychain.usable else reason_text(keychain.reason))
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
            self.keyring_label.setText(error_text(exc))
            return False
        if opened is None:
            return False
        self._opened(opened)
        return True

    def _vault_to_open(self) -> str | None:
        """The vault chosen from the list, or on the shared PC the one named as typed."""
        if not settings.get_flag(settings.SHARED_PC):
            return self.vault_combo.currentData()
        return vaults.vault_named(self.owner_edit.text())

    def unlock(self) -> bool:
        """Start unlocking; the key derivation (a deliberate ~0.2 s) runs off the GUI
        thread. Returns False if there is nothing to try."""
        vault_id = self._vault_to_open()
        secret = self.secret_edit.text()
        if vault_id is None and secret and self.owner_edit.text().strip():
            # Answered as a wrong passphrase is: trying names tells nobody whose notes exist.
            self._unlock_failed(vaults.WrongSecret())
            return True
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
            message = self.tr("The notes could not be opened: {reason}")
            self.unlock_message.setText(fill(message, reason=error_text(exc)))
            return
        if isinstance(exc, vaults.WrongSecret):
            self.failures += 1
            # A growing pause after each wrong try (1, 2, 4 … 30 s) slows guessing at the
            # shared PC without locking a forgetful owner out.
            delay = min(30, 2 ** (self.failures - 1)) if self.failures > 1 else 0
            shared = self.tr("That name and passphrase do not open any notes on this computer.")
            sentence = shared if settings.get_flag(settings.SHARED_PC) else error_text(exc)
            wait = self.tr("You can try again in %n second(s).", "", delay) if delay else ""
            self.unlock_message.setText(f"{sentence} {wait}".strip())
            if delay:
                self.unlock_button.setEnabled(False)
                QTimer.singleShot(delay * 1000, lambda: self.unlock_button.setEnabled(True))
            self.secret_edit.selectAll()
            return
        self.unlock_message.setText(error_text(exc))

    def _opened(self, opened: vaults.UnlockedVault) -> None:
        self.vault = opened
        self.failures = 0
        self.secret_edit.setText("")
        self.unlock_message.clear()
        self.owner_label.setText(fill(self.tr("{name} — unlocked"), name=opened.label))
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
        self.owner_edit.clear()  # the next person at a shared PC does not see whose it was
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
            item = QListWidgetItem(note_item_text(note.title, note.updated))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.note_list.addItem(item)
            if note.id == self.note_id:
                self.note_list.setCurrentItem(item)
        self.note_list.blockSignals(False)
        if self.vault.damaged_ids:
            damaged = len(self.vault.damaged_ids)
            self.save_state.setText(
                self.tr("%n note(s) are damaged and cannot be opened.", "", damaged)
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
            self.save_state.setText(error_text(exc))
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
        self.editor.load("", template_text(template), (), None)
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
            self.unlock_message.setText(error_text(exc))
            return False
        self.refresh()
        self.vault_combo.setCurrentIndex(self.vault_combo.findData(info.id))
        self.unlock_message.setText(self.tr("Imported. Unlock it with its passphrase."))
        return True
