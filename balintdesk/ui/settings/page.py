"""Settings: the group and when it meets, this computer, and backups with restore."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from balintdesk.i18n import error_text, fill, sentences, shown, translate
from balintdesk.paths import backups_dir
from balintdesk.store import meetings, roster, settings
from balintdesk.store.access import is_administrator
from balintdesk.store.db import (
    BackupError,
    BackupInfo,
    backup_new,
    list_backups,
    notes_restored,
    restore_backup,
)
from balintdesk.store.models import Group, database_proxy
from balintdesk.store.refusal import ChangedElsewhere
from balintdesk.ui.common.accessible import name_control
from balintdesk.ui.common.flow import FlowRow
from balintdesk.ui.common.forms import (
    FormDialog,
    dialog_buttons,
    hint_label,
    labelled,
    primary_button,
    show_field_errors,
    status_label,
)
from balintdesk.ui.common.group_form import GroupForm
from balintdesk.ui.common.when import moment
from balintdesk.ui.settings.language import LanguageBox
from balintdesk.ui.settings.shared_box import SharedDatabaseBox


def backup_kind_words(kind: str) -> str:
    words = {  # each a literal, for the catalogue
        "daily": translate("SettingsPage", "daily backup"),
        "manual": translate("SettingsPage", "made by hand"),
        "before-restore": translate("SettingsPage", "safety copy made before a restore"),
    }
    return words.get(kind) or translate("SettingsPage", "made before an upgrade")


def describe_backup(info: BackupInfo) -> str:
    """ "Sun 1 Mar 2026, 09:30 — daily backup — 4 KB", in the user's language."""
    return fill(
        translate("SettingsPage", "{moment} — {kind} — {size} KB"),
        moment=moment(info.created),
        kind=backup_kind_words(info.kind),
        size=max(1, round(info.size_bytes / 1024)),
    )


class NewGroupDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newGroupDialog")
        self.setWindowTitle(self.tr("Add a group"))
        self.setMinimumWidth(500)
        self.created_group: Group | None = None
        self.form = GroupForm()
        self.add_button = primary_button(self.tr("Add group"), "addGroupButton")
        buttons = dialog_buttons(self, self.add_button, self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(self.tr("Each group has its own roster and its own meeting pattern."))
        )
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def _save(self) -> None:
        name, pattern = self.form.values()
        try:
            with database_proxy.atomic():  # the group and its country, or neither
                self.created_group = roster.create_group(name, pattern, self.form.first_date())
                self.form.save_country(self.created_group.id)
        except roster.ValidationError as exc:
            show_field_errors(self.form.fields, sentences(exc))
            return
        self.accept()


class SettingsPage(QWidget):
    groups_changed = Signal(int)  # the group to show
    data_restored = Signal()
    restart_requested = Signal()  # to speak the language chosen

    def __init__(self, db: SqliteDatabase, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._db = db
        self._data_dir = data_dir
        self.group_id: int | None = None
        self.active_dialog: NewGroupDialog | None = None

        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")

        # Group
        group_box = QGroupBox(self.tr("This group"))
        self.group_form = GroupForm()
        self.cases_combo = QComboBox()
        self.cases_combo.setObjectName("casesCombo")
        self.cases_combo.addItem(self.tr("One case a meeting"), 1)
        self.cases_combo.addItem(self.tr("Two cases a meeting"), 2)
        self.leaders_check = QCheckBox(self.tr("Leaders take turns to present too"))
        self.leaders_check.setObjectName("leadersPresentCheck")
        rota_row = QHBoxLayout()
        rota_row.addWidget(labelled(self.tr("Rota:"), self.cases_combo))
        rota_row.addWidget(self.cases_combo)
        rota_row.addWidget(self.leaders_check)
        rota_row.addStretch(1)
        self.save_group_button = primary_button(self.tr("Save group"), "saveGroupButton")
        self.new_group_button = QPushButton(self.tr("Add another group…"))
        self.new_group_button.setObjectName("newGroupButton")
        self.group_status = status_label("groupStatus")
        self._group_seen: tuple = (None, None, None)  # the group's settings as loaded
        group_buttons = QHBoxLayout()
        group_buttons.addWidget(self.save_group_button)
        group_buttons.addWidget(self.new_group_button)
        group_buttons.addStretch(1)
        group_layout = QVBoxLayout(group_box)
        group_layout.addWidget(self.group_form)
        group_layout.addLayout(rota_row)
        group_layout.addLayout(group_buttons)
        group_layout.addWidget(self.group_status)

        # Computer
        computer_box = QGroupBox(self.tr("This computer"))
        self.shared_check = QCheckBox(self.tr("This is the shared meeting-room PC"))
        self.shared_check.setObjectName("sharedPcCheck")
        computer_layout = QVBoxLayout(computer_box)
        computer_layout.addWidget(self.shared_check)
        computer_layout.addWidget(
            hint_label(
                self.tr(
                    "On a shared PC everyone uses the same account, so private notes are never "
                    "unlocked automatically here."
                )
            )
        )
        idle_row = QHBoxLayout()
        self.idle_spin = QSpinBox()
        idle_row.addWidget(labelled(self.tr("Lock private notes after"), self.idle_spin))
        self.idle_spin.setObjectName("notesIdleSpin")
        self.idle_spin.setRange(1, 120)
        self.idle_spin.valueChanged.connect(self._idle_words)
        idle_row.addWidget(self.idle_spin)
        idle_row.addStretch(1)
        computer_layout.addLayout(idle_row)

        # Where the group database is: this computer's file or the practice's server
        self.shared_box = SharedDatabaseBox(data_dir)
        self.shared_box.restart_requested.connect(self.restart_requested.emit)

        # Backups
        backup_box = QGroupBox(self.tr("Backups"))
        folder = QLabel(fill(self.tr("Your data is kept in {folder}"), folder=f"<b>{data_dir}</b>"))
        folder.setObjectName("dataFolderLabel")
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backupList")
        name_control(self.backup_list, self.tr("Backups"))
        self.backup_list.setMinimumHeight(150)
        self.backup_now_button = QPushButton(self.tr("Back up now"))
        self.backup_now_button.setObjectName("backupNowButton")
        self.restore_button = QPushButton(self.tr("Restore selected backup…"))
        self.restore_button.setObjectName("restoreButton")
        self.open_folder_button = QPushButton(self.tr("Open backups folder"))
        self.open_folder_button.setObjectName("openBackupsFolderButton")
        self.backup_status = status_label("backupStatus")
        backup_buttons = FlowRow()  # wraps when the window is too narrow
        backup_buttons.addWidget(self.backup_now_button)
        backup_buttons.addWidget(self.restore_button)
        backup_buttons.addStretch(1)
        backup_buttons.addWidget(self.open_folder_button)
        backup_layout = QVBoxLayout(backup_box)
        backup_layout.addWidget(folder)
        backup_layout.addWidget(
            hint_label(
                self.tr(
                    "BalintDesk makes a backup each day it is opened and keeps the last week's. "
                    "Restoring keeps a safety copy of today's data first, so it can be undone."
                )
            )
        )
        if getattr(db, "is_server", False):
            # Only a programme administrator may add groups on the server (its row-level
            # security refuses a leader): the button would only lead to a refusal.
            self.new_group_button.setVisible(is_administrator())
            # This computer's backups are of its own file; the server's are IT's.
            backup_layout.addWidget(
                hint_label(
                    self.tr(
                        "The group database is on the practice's server now: IT backs it "
                        "up there. The backups listed are of this computer's own file."
                    ),
                    "serverBackupsHint",
                )
            )
        backup_layout.addWidget(self.backup_list)
        backup_layout.addLayout(backup_buttons)
        backup_layout.addWidget(self.backup_status)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(28, 22, 28, 18)
        content_layout.setSpacing(14)
        content_layout.addWidget(title)
        content_layout.addWidget(group_box)
        content_layout.addWidget(computer_box)
        self.language_box = LanguageBox(data_dir)
        self.language_box.restart_requested.connect(self.restart_requested.emit)
        content_layout.addWidget(self.language_box)
        content_layout.addWidget(self.shared_box)
        content_layout.addWidget(backup_box)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.save_group_button.clicked.connect(self.save_group)
        self.new_group_button.clicked.connect(self._open_new_group)
        self.shared_check.toggled.connect(lambda on: settings.set_flag(settings.SHARED_PC, on))
        self.idle_spin.valueChanged.connect(
            lambda minutes: settings.set_setting(settings.NOTES_IDLE_MINUTES, str(minutes))
        )
        self.backup_now_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._confirm_restore)
        self.open_folder_button.clicked.connect(self._open_backups_folder)
        self.backup_list.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    # --- group --------------------------------------------------------------------------

    def set_group(self, group_id: int | None) -> None:
        if group_id != self.group_id:
            self.group_status.clear()
        self.group_id = group_id
        self.refresh()

    def refresh(self) -> None:
        if self.group_id is not None:
            group = roster.get_group(self.group_id)
            self._remember(group)
            self.group_form.set_values(group.name, group.pattern, group.first_date)
            self.group_form.set_country(group.country)
            self.group_form.set_mode(group.meeting_mode, group.event_number)
            self.cases_combo.setCurrentIndex(
                self.cases_combo.findData(group.presenters_per_meeting)
            )
            self.leaders_check.setChecked(group.leaders_may_present)
        self.group_form.setEnabled(self.group_id is not None)
        self.save_group_button.setEnabled(self.group_id is not None)
        self.shared_check.blockSignals(True)
        self.shared_check.setChecked(settings.get_flag(settings.SHARED_PC))
        self.idle_spin.blockSignals(True)
        self.idle_spin.setValue(settings.notes_idle_minutes())
        self._idle_words(self.idle_spin.value())
        self.idle_spin.blockSignals(False)
        self.shared_check.blockSignals(False)
        self._load_backups()

    def _remember(self, group: Group) -> None:
        """The group's settings as loaded or saved: saving compares each with what is
        stored then, so a change made meanwhile on another computer is not overwritten."""
        self._group_seen = (
            (group.name, group.pattern),
            (group.presenters_per_meeting, group.leaders_may_present),
            (group.meeting_mode, group.event_number),
        )

    def save_group(self) -> None:
        name, pattern = self.group_form.values()
        named, rota, mode = self._group_seen
        try:
            with database_proxy.atomic():  # all of the group's settings, or none
                meetings.update_group(self.group_id, name, pattern, expected=named)
                if self.group_form.first_date() != roster.get_group(self.group_id).first_date:
                    meetings.set_first_date(self.group_id, self.group_form.first_date())
                meetings.set_rota_options(
                    self.group_id,
                    self.cases_combo.currentData(),
                    self.leaders_check.isChecked(),
                    expected=rota,
                )
                self.group_form.save_country(self.group_id, expected=mode)
        except ChangedElsewhere as exc:
            self.refresh()  # the settings as stored now
            show_field_errors(self.group_form.fields, {})
            self.group_status.setText(error_text(exc))
            return
        except roster.ValidationError as exc:
            show_field_errors(self.group_form.fields, sentences(exc))
            self.group_status.setText(self.tr("Not saved: please correct the fields marked above."))
            return
        show_field_errors(self.group_form.fields, {})
        self._remember(roster.get_group(self.group_id))
        said = fill(self.tr("Saved. {pattern}"), pattern=shown(pattern.describe()))
        self.group_status.setText(said)
        self.groups_changed.emit(self.group_id)

    def _open_new_group(self) -> None:
        dialog = NewGroupDialog(self)
        self.active_dialog = dialog

        def created() -> None:
            self.groups_changed.emit(dialog.created_group.id)

        dialog.accepted.connect(created)
        dialog.open()

    # --- backups ------------------------------------------------------------------------

    def _load_backups(self) -> None:
        self.backup_list.clear()
        for info in list_backups(backups_dir(self._data_dir)):
            item = QListWidgetItem(describe_backup(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.backup_list.addItem(item)
        if self.backup_list.count() == 0:
            self.backup_list.addItem(self.tr("No backups yet."))
            self.backup_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    def _selected_backup(self) -> Path | None:
        item = self.backup_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item and item.isSelected() else None
        return Path(value) if value else None

    def _update_buttons(self) -> None:
        on_server = getattr(self._db, "is_server", False)
        self.backup_now_button.setEnabled(not on_server)
        self.restore_button.setEnabled(self._selected_backup() is not None and not on_server)

    def back_up_now(self) -> None:
        try:
            made = backup_new(self._db, backups_dir(self._data_dir), "manual")
        except BackupError as exc:
            self.backup_status.setText(error_text(exc))
            return
        self._load_backups()
        self.backup_status.setText(fill(self.tr("Backed up to {file}."), file=made.name))

    def _confirm_restore(self) -> None:
        source = self._selected_backup()
        if source is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            fill(
                self.tr(
                    "BalintDesk will go back to the data in “{backup}”. Everything entered "
                    "since then is kept in a safety copy, listed here, so you can change "
                    "your mind."
                ),
                backup=self.backup_list.currentItem().text(),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(source)

    def restore(self, source: Path) -> bool:
        try:
            restore_backup(self._db, source, backups_dir(self._data_dir))
        except BackupError as exc:
            self.backup_status.setText(error_text(exc))
            return False
        said = self.tr(
            "Restored. A safety copy of the data from before the restore is listed above."
        )
        if not notes_restored(source):
            # A backup from before the private notes had their own file: say so plainly.
            said += " " + self.tr(
                "The private notes are not part of this backup, so they were kept as they are."
            )
        self.backup_status.setText(said)
        self._load_backups()
        self.data_restored.emit()
        return True

    def _idle_words(self, minutes: int) -> None:
        """ "5 minutes without use" around the number, in the plural the number needs."""
        words = self.tr("%n minute(s) without use", "", minutes)
        number = str(minutes)
        at = words.find(number)
        self.idle_spin.setPrefix(words[:at] if at >= 0 else "")
        self.idle_spin.setSuffix(words[at + len(number) :] if at >= 0 else " " + words)

    def _open_backups_folder(self) -> None:
        folder = backups_dir(self._data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
