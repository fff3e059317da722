"""Settings → Language: which language BalintDesk speaks, kept in the data folder
(`i18n.choice.keep_language`) for the window and the command line alike.

The window's words are chosen once, at start (every page is built in one language), so a
new choice takes effect at the next start; the box says so in the words of the language
chosen, which is the one the person can read, and offers to restart now.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from balintdesk import i18n
from balintdesk.i18n import LANGUAGES, fill
from balintdesk.i18n.catalogue import Catalogue, load
from balintdesk.i18n.choice import keep_language
from balintdesk.ui.common.forms import hint_label, labelled, status_label


class LanguageBox(QGroupBox):
    restart_requested = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Language"))
        self._data_dir = data_dir
        self._catalogues: dict[str, Catalogue] = {}
        self.combo = QComboBox()
        self.combo.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():  # each in its own words: "Deutsch", "Français"
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(i18n.language())))
        self.note = status_label("languageNote")
        self.note.hide()
        self.restart_button = QPushButton()
        self.restart_button.setObjectName("restartButton")
        self.restart_button.hide()
        row = QHBoxLayout()
        row.addWidget(labelled(self.tr("BalintDesk speaks"), self.combo))
        row.addWidget(self.combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(
            hint_label(self.tr("For this data folder: the window, its files and the command line."))
        )
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.restart_button)
        layout.addLayout(note_row)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.restart_button.clicked.connect(self.restart_requested.emit)

    def chosen(self) -> str:
        return self.combo.currentData()

    def _chosen(self, _index: int) -> None:
        code = self.chosen()
        try:
            keep_language(self._data_dir, code)
        except OSError:
            self.note.setText(
                self.tr("BalintDesk could not keep this choice: its data folder cannot be written.")
            )
            self.note.setVisible(True)
            self.restart_button.setVisible(False)
            return
        changed = code != i18n.language()
        if changed:
            # In the language chosen: the person chose it because they read it.
            words = self._catalogue(code)
            self.note.setText(
                fill(
                    words.translate(
                        "LanguageBox", "BalintDesk will speak {language} from its next start."
                    ),
                    language=LANGUAGES[code],
                )
            )
            self.restart_button.setText(words.translate("LanguageBox", "Restart now"))
        self.note.setVisible(changed)
        self.restart_button.setVisible(changed)

    def _catalogue(self, code: str) -> Catalogue:
        if code not in self._catalogues:
            self._catalogues[code] = load(code)
        return self._catalogues[code]
