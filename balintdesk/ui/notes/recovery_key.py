"""The recovery key, shown once when private notes are started: to write down, copy or
print, as the checkbox under it promises.

Copying puts a secret on the clipboard, where anyone at this account could paste it, so
BalintDesk takes it back after a minute, and when the key leaves the screen, if the
clipboard still holds it. Printing goes to the printer the person chooses in the
system's print dialog; BalintDesk itself writes no file of the key.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMarginsF, QRectF, Qt, QTimer
from PySide6.QtGui import QClipboard, QFont, QGuiApplication, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from balintdesk.i18n import fill, translate
from balintdesk.ui.common.forms import hint_label, show_status, status_label

CLIPBOARD_SECONDS = 60
MONOSPACE = "DejaVu Sans Mono"


def key_lines(key: str) -> str:
    """Four groups a line, so the whole key shows and is easy to copy out by hand."""
    groups = key.split("-")
    return "\n".join("-".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


def print_recovery_key(printer: QPrinter, owner: str, key: str, today: dt.date) -> bool:
    """One A4 (or Letter) page: what the key is, whose, the key large, how to keep it."""
    printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    title = translate("RecoveryKeyPrint", "BalintDesk recovery key")
    printer.setDocName(title)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        point = printer.resolution() / 72  # pixels per point
        y = 0.0

        def block(text: str, size: float, bold: bool = False, family: str = "") -> None:
            nonlocal y
            font = QFont(family) if family else QFont()
            font.setPointSizeF(size)
            font.setBold(bold)
            painter.setFont(font)
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
            box = painter.boundingRect(QRectF(0, y, page.width(), page.height()), flags, text)
            painter.drawText(box, flags, text)
            y = box.bottom() + 14 * point

        block(title, 20, bold=True)
        whose = translate("RecoveryKeyPrint", "For the private notes of {owner}, made on {day}.")
        block(fill(whose, owner=owner, day=today), 11)
        block(key_lines(key), 18, family=MONOSPACE)
        block(
            translate(
                "RecoveryKeyPrint",
                "This key opens your private notes if you forget your passphrase. Keep this "
                "page somewhere safe and private, away from the computer: anyone who has it "
                "and your notes file can read your notes. BalintDesk cannot show the key "
                "again.",
            ),
            11,
        )
    finally:
        painter.end()
    return True


class RecoveryKeyPanel(QWidget):
    """The key, its Copy and Print… buttons, and the "I have kept it" checkbox."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._key = ""
        self.owner = ""
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKeyLabel")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.key_label.font()
        font.setFamily(MONOSPACE)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.key_label.setFont(font)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copyKeyButton")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printKeyButton")
        for button in (self.copy_button, self.print_button):
            button.setAutoDefault(False)  # Enter stays with "Open my notes"
        self.status = status_label("recoveryKeyStatus")
        self.status.hide()
        self.kept_check = QCheckBox(self.tr("I have written down or printed my recovery key"))
        self.kept_check.setObjectName("keptCheck")
        self._forget_timer = QTimer(self)
        self._forget_timer.setSingleShot(True)
        self._forget_timer.setInterval(CLIPBOARD_SECONDS * 1000)
        self._forget_timer.timeout.connect(self.take_back_clipboard)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            hint_label(
                self.tr(
                    "This recovery key opens your notes if you forget the passphrase. It is "
                    "shown only now. Keep it somewhere safe and private, away from this "
                    "computer."
                )
            )
        )
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.kept_check)
        layout.addStretch(1)
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.print_key)

    def set_key(self, owner: str, key: str) -> None:
        self.owner = owner
        self._key = key
        self.key_label.setText(key_lines(key))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._key, QClipboard.Mode.Clipboard)
        self._forget_timer.start()
        show_status(
            self.status,
            self.tr(
                "Copied. Paste it where you keep it safe; BalintDesk clears the clipboard "
                "in a minute."
            ),
            error=False,
        )

    def take_back_clipboard(self) -> None:
        """Empty the clipboard if it still holds the key (not if something else was
        copied since)."""
        self._forget_timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._key and clipboard.text(QClipboard.Mode.Clipboard) == self._key:
            clipboard.clear(QClipboard.Mode.Clipboard)

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        if print_recovery_key(printer, self.owner, self._key, dt.date.today()):
            message = self.tr("Sent to the printer. Keep the page somewhere safe and private.")
            show_status(self.status, message, error=False)
        else:
            message = self.tr("The printer could not be used; write the key down instead.")
            show_status(self.status, message)
