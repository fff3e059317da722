"""The banner the Meeting and Timer pages show while the practice's server cannot be
reached, or while changes kept on this computer wait to be sent (offline.py)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class OfflineBanner(QFrame):
    """ "The shared database cannot be reached…", with "Try again"; hidden otherwise.

    `waits` are the page's controls that change the group in ways not kept offline:
    they are off while the banner shows."""

    back = Signal()  # everything kept was sent: the page may read the server again
    said = Signal(str)  # the keeper's sentence to show once

    def __init__(self, waits: list[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setProperty("role", "notice")
        self.setStyleSheet(
            "#offlineBanner { background: #fff4d6; border: 1px solid #e0c070; border-radius: 6px; }"
        )
        self.waits = waits
        self.text = QLabel()
        self.text.setObjectName("offlineText")
        self.text.setWordWrap(True)
        self.try_button = QPushButton(self.tr("Try again"))
        self.try_button.setObjectName("offlineTryAgain")
        self.try_button.setAccessibleName(self.tr("Try the shared database again"))
        self.try_button.clicked.connect(self._try)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.try_button)
        self.hide()
        self._watched: Any = None  # offline.Keeper
        self._disabled: list[QWidget] = []

    def follow(self, found: Any) -> None:
        """Show the state of `found` (offline.Keeper) from now on."""
        if found is not self._watched:
            found.changed.connect(self.update_state)
            found.said.connect(self.said)
            self._watched = found
        self.update_state()

    def update_state(self) -> None:
        if not shiboken6.isValid(self):  # its page is gone; Qt may not have said so yet
            return
        found = self._watched
        away = found is not None and found.offline
        waiting = found.waiting() if found is not None else 0
        if away:
            self.text.setText(
                self.tr(
                    "The shared database cannot be reached. Check-ins are kept on this "
                    "computer and sent when it is back."
                )
            )
        elif waiting:
            self.text.setText(
                self.tr("%n change(s) kept on this computer wait to be sent.", "", waiting)
            )
        was_shown = not self.isHidden()
        self.setVisible(away or bool(waiting))
        if away or waiting:
            for widget in self.waits:
                if widget.isEnabled():
                    widget.setEnabled(False)
                    self._disabled.append(widget)
        else:  # back: what was on before; the page's refresh sets the rest
            for widget in self._disabled:
                widget.setEnabled(True)
            self._disabled = []
            if was_shown:
                self.back.emit()

    def _try(self) -> None:
        if self._watched is not None:
            self._watched.try_again()
