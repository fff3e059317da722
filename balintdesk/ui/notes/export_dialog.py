"""Export chosen private notes to a PDF for appraisal, after the privacy guard's last look.

Step 1: tick the notes (newest first). "Export PDF…" runs the guard over the ticked
notes; if it finds likely identifiers, step 2 says which notes and what kinds, with the
guidance, and offers "Go back and edit" (closes the dialog and names the note to open) or
"Export anyway". Only then is a file asked for. The dialog holds decrypted titles, so it
wipes itself and closes when the vault locks (see open_notes_export).

The dialog's controls and layout are `NotesExportPanels` (export_panels.py); this module
adds what they do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from balintdesk.domain.privacy_words import KIND_LABELS
from balintdesk.exports.notes_pdf import (
    FlaggedNote,
    default_pdf_name,
    notes_with_identifiers,
    write_notes_pdf,
)
from balintdesk.i18n import error_text, fill, translate
from balintdesk.ui.notes.export_panels import NotesExportPanels
from balintdesk.ui.notes.panels import note_item_text
from balintdesk.vault import vault as vaults

log = logging.getLogger(__name__)

NOTE_ID = Qt.ItemDataRole.UserRole
PRIVACY_WORDS = "PrivacyWords"  # the catalogue context of domain/privacy_words.py's names


class NotesExportDialog(NotesExportPanels):
    """Choose notes, let the privacy guard look again, then save them as one PDF."""

    EDIT_REQUESTED = 2  # the result code of "Go back and edit" (beside Accepted/Rejected)
    edit_requested = Signal(str)  # the id of the note to open, after the dialog closed
    lock_requested = Signal()  # Ctrl+L pressed here; the dialog has wiped and closed

    def __init__(self, unlocked: vaults.UnlockedVault, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notesExportDialog")
        self.vault = unlocked
        self.edit_requested_note_id: str | None = None
        self.saved_path: Path | None = None
        self.pages_written = 0
        # The ticked ids the doctor said "Export anyway" for; ticking another note asks
        # again, since the guard has not looked at that one.
        self._acknowledged: frozenset[str] | None = None

        self._fill()
        self.note_list.itemChanged.connect(lambda _item: self._choice_changed())
        self.all_button.clicked.connect(lambda: self.set_all_checked(True))
        self.none_button.clicked.connect(lambda: self.set_all_checked(False))
        self.choose_other_button.clicked.connect(self.show_choose)
        self.edit_button.clicked.connect(self.go_back_and_edit)
        self.finding_list.itemDoubleClicked.connect(lambda _item: self.go_back_and_edit())
        self.anyway_button.clicked.connect(self.export_anyway)
        self._choice_changed()

    # --- step 1 -------------------------------------------------------------------------

    def _fill(self) -> None:
        self.note_list.blockSignals(True)
        for note in self.vault.notes():  # newest first, as on the page
            item = QListWidgetItem(note_item_text(note.title, note.updated))
            item.setData(NOTE_ID, note.id)
            # Nothing ticked to start with: every note that leaves the vault is chosen.
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.note_list.addItem(item)
        self.note_list.blockSignals(False)
        if self.note_list.count() == 0:
            self._say(self.tr("You have no notes to export yet."), error=False)
        elif self.vault.damaged_ids:
            damaged = len(self.vault.damaged_ids)
            self._say(
                self.tr(
                    "%n damaged note(s) cannot be opened, so they are not listed.", "", damaged
                ),
                error=False,
            )

    def _items(self) -> list[QListWidgetItem]:
        return [self.note_list.item(row) for row in range(self.note_list.count())]

    def chosen_ids(self) -> list[str]:
        """The ticked notes' ids, in the list's order (newest first)."""
        return [
            item.data(NOTE_ID)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, note_id: str, checked: bool = True) -> None:
        for item in self._items():
            if item.data(NOTE_ID) == note_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_all_checked(self, checked: bool) -> None:
        self.note_list.blockSignals(True)  # one update after, not one per note
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.note_list.blockSignals(False)
        self._choice_changed()

    def _choice_changed(self) -> None:
        chosen = len(self.chosen_ids())
        total = self.note_list.count()
        self.count_label.setText(
            fill(self.tr("{chosen} of {total} chosen"), chosen=chosen, total=total)
        )
        self.export_button.setEnabled(total > 0)
        if self.status.property("role") == "fieldError":
            self._say("")

    def show_choose(self) -> None:
        self.steps.setCurrentIndex(self.CHOOSE)
        self.intro.show()
        self.buttons.show()
        self.export_button.setDefault(True)
        self.edit_button.setDefault(False)
        self.note_list.setFocus()

    # --- the privacy guard --------------------------------------------------------------

    def _chosen_notes(self) -> list[vaults.Note] | None:
        """The ticked notes as they are now (the page may have autosaved meanwhile), or
        None after saying why they could not be read."""
        try:
            return [self.vault.get(note_id) for note_id in self.chosen_ids()]
        except vaults.VaultError as exc:  # deleted meanwhile, damaged, or the vault locked
            self._say(error_text(exc))
            return None

    def export_clicked(self) -> None:
        """The primary button: the guard looks first, then a file is asked for."""
        notes = self._chosen_notes()
        if notes is None:
            return
        if not notes:
            self._say(self.tr("Tick at least one note to export."))
            return
        ids = frozenset(note.id for note in notes)
        flagged = notes_with_identifiers(notes)
        if flagged and self._acknowledged != ids:
            self._show_guard(flagged)
            return
        self._ask_where()

    def _show_guard(self, flagged: list[FlaggedNote]) -> None:
        self.finding_list.clear()
        for entry in flagged:
            kinds = ", ".join(
                translate(PRIVACY_WORDS, KIND_LABELS.get(kind, kind)) for kind in entry.kinds
            )
            title = entry.title.strip() or self.tr("(untitled)")
            item = QListWidgetItem(fill(self.tr("‘{title}’: {kinds}"), title=title, kinds=kinds))
            item.setData(NOTE_ID, entry.note_id)
            self.finding_list.addItem(item)
        self.finding_list.setCurrentRow(0)
        # As tall as its rows (up to five, then it scrolls), so the guidance stays in view
        # instead of under a mostly empty list.
        shown = min(self.finding_list.count(), 5)
        row = self.finding_list.sizeHintForRow(0) + 2 * self.finding_list.spacing()
        self.finding_list.setFixedHeight(shown * row + 2 * self.finding_list.frameWidth() + 4)
        self._say("")
        self.steps.setCurrentIndex(self.GUARD)
        self.intro.hide()  # it is about ticking notes, which this step is not
        self.buttons.hide()  # step 2 has its own row; two rows of buttons would confuse
        self.export_button.setDefault(False)
        self.edit_button.setDefault(True)
        self.finding_list.setFocus()

    def findings_text(self) -> str:
        """What step 2 lists, one note a line (for tests and screen readers alike)."""
        return "\n".join(
            self.finding_list.item(row).text() for row in range(self.finding_list.count())
        )

    def go_back_and_edit(self) -> None:
        item = self.finding_list.currentItem() or self.finding_list.item(0)
        if item is None:
            return
        self.edit_requested_note_id = item.data(NOTE_ID)
        self.wipe()
        self.done(self.EDIT_REQUESTED)
        self.edit_requested.emit(self.edit_requested_note_id)

    def export_anyway(self) -> None:
        self._acknowledged = frozenset(self.chosen_ids())
        self.show_choose()
        self._ask_where()

    # --- the file -----------------------------------------------------------------------

    def _ask_where(self) -> None:
        folder = self.saved_path.parent if self.saved_path else Path.home()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the notes as a PDF"),
            str(folder / default_pdf_name()),
            self.tr("PDF document (*.pdf)"),
        )
        if not path:
            return
        chosen = Path(path)
        if not chosen.suffix:  # Qt's own file dialog does not add the filter's suffix
            chosen = chosen.with_suffix(".pdf")
        self.export_to(chosen)

    def export_to(self, path: Path) -> bool:
        """Write the ticked notes to `path` (the step after the file is chosen; the privacy
        guard has had its say by then). True when the PDF was saved."""
        notes = self._chosen_notes()
        if notes is None:
            return False
        if not notes:
            self._say(self.tr("Tick at least one note to export."))
            return False
        path = Path(path)

        def write() -> str:
            pages = write_notes_pdf(notes, path, self.vault.label)
            self.pages_written = pages
            saved = self.tr("Saved “{name}” ({length}) in {folder}. Keep it private.")
            length = self.tr("%n page(s)", "", pages)
            return fill(saved, name=path.name, length=length, folder=str(path.parent))

        def log_failure(exc: OSError) -> None:
            # The reason and the folder, never a note's text.
            log.warning("Could not write a notes PDF: %s", exc.strerror or type(exc).__name__)

        done = self.open_button.save(path, write, self._say, log_failure)
        if done is None:
            return False
        self.saved_path = path
        self._say(done, error=False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        return True

    # --- housekeeping -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The Notes page's application-wide Ctrl+L does not reach past a modal dialog, so
        # the key arrives here instead. A key event rather than a second shortcut: two
        # live Ctrl+L shortcuts would be ambiguous and neither would fire.
        if event.key() == Qt.Key.Key_L and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.wipe()
            self.reject()
            self.lock_requested.emit()
            return
        super().keyPressEvent(event)

    def _say(self, message: str, error: bool = True) -> None:
        self.status.setText(message)
        self.status.setVisible(bool(message))  # an empty line would still take its spacing
        self.status.setProperty("role", "fieldError" if error and message else "status")
        # Re-polish so the stylesheet's role colour follows the property at once.
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def wipe(self) -> None:
        """Drop every decrypted title this dialog shows (on lock, and before closing)."""
        self.note_list.clear()
        self.finding_list.clear()
        self._acknowledged = None


def note_opener(
    note_list: QListWidget, search_edit: QLineEdit | None = None
) -> Callable[[str], None]:
    """Opens a note on the Notes page by id: clears the search (which may hide it), then
    makes its row current, which is what opening a note by hand does."""

    def open_note(note_id: str) -> None:
        if search_edit is not None and search_edit.text():
            search_edit.clear()
        for row in range(note_list.count()):
            item = note_list.item(row)
            if item.data(NOTE_ID) == note_id:
                note_list.setCurrentItem(item)
                return

    return open_note


def open_notes_export(
    unlocked: vaults.UnlockedVault, parent: QWidget, open_note: Callable[[str], None]
) -> NotesExportDialog:
    """Open the export dialog (window-modal) over `parent`, and return it.

    "Go back and edit" calls `open_note(note_id)` after the dialog has closed. When
    `parent` is the Notes page (it has `locked_changed(bool)` and `lock()`), the dialog
    wipes itself and closes when the vault locks, so no decrypted title outlives the key,
    and Ctrl+L pressed in the dialog locks through the page.
    """
    dialog = NotesExportDialog(unlocked, parent)
    dialog.edit_requested.connect(open_note)
    # However it closes, the titles it listed go with it.
    dialog.finished.connect(lambda _result: dialog.wipe())
    lock = getattr(parent, "lock", None)
    if callable(lock):
        dialog.lock_requested.connect(lock)
    locked_changed = getattr(parent, "locked_changed", None)
    if locked_changed is not None:

        def on_locked(locked: bool) -> None:
            if locked:
                dialog.wipe()
                dialog.reject()

        locked_changed.connect(on_locked)
        # One connection per open dialog, not one per dialog ever opened.
        dialog.finished.connect(
            lambda _result: locked_changed.disconnect(on_locked),
            Qt.ConnectionType.SingleShotConnection,
        )
    dialog.open()
    return dialog
