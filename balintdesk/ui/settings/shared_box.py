"""Settings' "Shared database" box: where the group database is (this computer's own file
or the practice's server), and the button to change it (server_dialog.py)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from balintdesk.domain.words import WordsError
from balintdesk.i18n import fill
from balintdesk.store.server_config import ServerConfig, configured
from balintdesk.ui.common.forms import hint_label


class SharedDatabaseBox(QGroupBox):
    restart_requested = Signal()  # a change of database was saved: start again on it

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sharedDatabaseBox")
        self.setTitle(self.tr("Shared database"))
        self._data_dir = data_dir
        self.dialog = None
        self.place_label = QLabel()
        self.place_label.setObjectName("databasePlaceLabel")
        self.place_label.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Shared database…"))
        self.change_button.setObjectName("sharedDatabaseButton")
        row = QHBoxLayout()
        row.addWidget(self.place_label, 1)
        row.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(
            hint_label(self.tr("Private notes always stay on this computer, whichever it is."))
        )
        self.change_button.clicked.connect(self.open_dialog)
        self.show_place()

    def show_place(self) -> None:
        config = self._server_config()
        if config is None:
            said = self.tr("The group database is this computer's own file.")
        else:
            said = fill(
                self.tr("The group database is on the practice's server {server}, as {login}."),
                server=f"<b>{escape(config.host)}/{escape(config.database)}</b>",
                login=f"<b>{escape(config.login)}</b>",
            )
        self.place_label.setText(said)

    def _server_config(self) -> ServerConfig | None:
        try:
            return configured(self._data_dir)
        except WordsError:  # the dialog says so when opened
            return None

    def open_dialog(self) -> None:
        from balintdesk.ui.settings.server_dialog import SharedDatabaseDialog

        dialog = SharedDatabaseDialog(self._data_dir, self)
        self.dialog = dialog

        def saved() -> None:
            self.show_place()
            if dialog.switched:
                self.restart_requested.emit()

        dialog.accepted.connect(saved)
        dialog.open()
