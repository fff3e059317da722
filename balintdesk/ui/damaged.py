"""The box shown at start when the data file is damaged: what happened, in plain words,
and the two ways on: go back to the newest sound backup, or quit.

The store decides (store.soundness finds the damage, store.recovery the backup and the
restore); this only says it and reports the choice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from balintdesk.i18n import fill
from balintdesk.store.db import BackupInfo


def backup_moment(info: BackupInfo) -> str:
    """When a backup was made, on this computer's clock: "Tue 3 Sep 2024, 10:00"."""
    from balintdesk.ui.common.when import moment

    return moment(info.created)


class DamagedDataBox(QMessageBox):
    """Restore or Quit; only Quit when there is no sound backup."""

    def __init__(self, data_file: Path, sound: BackupInfo | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("damagedDataBox")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("BalintDesk's data is damaged"))
        said = self.tr(
            "BalintDesk cannot use its data file: part of it has been damaged, as happens "
            "when a disk starts to fail or a copy is cut short. Nothing has been changed in it."
        )
        self.restore_button = None
        if sound is not None:
            moment = backup_moment(sound)
            self.setText(
                said
                + "\n\n"
                + fill(
                    self.tr(
                        "You can go back to the newest backup that is whole, from {moment}. "
                        "Anything entered after that will be missing. The damaged file is "
                        "kept, renamed, in {folder}."
                    ),
                    moment=moment,
                    folder=data_file.parent,
                )
            )
            self.restore_button = self.addButton(
                fill(self.tr("Restore the newest sound backup (from {moment})"), moment=moment),
                QMessageBox.ButtonRole.AcceptRole,
            )
            self.restore_button.setObjectName("restoreSoundBackupButton")
            self.setDefaultButton(self.restore_button)
        else:
            self.setText(
                said
                + "\n\n"
                + fill(
                    self.tr(
                        "There is no backup that is whole to go back to. BalintDesk leaves the "
                        "file {file} as it is, for someone who can try to rescue it."
                    ),
                    file=data_file,
                )
            )
        # Alone, Quit is the box's answer (Enter takes it, as the project's dialogs' Enter
        # never "cancels"); beside Restore it is the way out. The session looks at which
        # button was pressed, not at its role.
        alone = self.restore_button is None
        role = QMessageBox.ButtonRole.AcceptRole if alone else QMessageBox.ButtonRole.RejectRole
        self.quit_button = self.addButton(self.tr("Quit"), role)
        self.quit_button.setObjectName("quitButton")
        if alone:
            self.setDefaultButton(self.quit_button)
        self.setEscapeButton(self.quit_button)
