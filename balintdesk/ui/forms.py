"""Small pieces every form uses: a field with its error sentence beside it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def hint_label(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    if object_name:
        label.setObjectName(object_name)
    return label


def status_label(object_name: str) -> QLabel:
    """The quiet line under a page or dialog that says what just happened."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("role", "status")
    label.setWordWrap(True)
    return label


def primary_button(text: str, object_name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setProperty("primary", True)
    return button


def dialog_buttons(
    dialog: QDialog, primary: QPushButton, on_primary, cancellable: bool = True
) -> QDialogButtonBox:
    """The row of buttons under a form: the primary action (Enter) and Cancel (Esc)."""
    standard = (
        QDialogButtonBox.StandardButton.Cancel
        if cancellable
        else QDialogButtonBox.StandardButton.NoButton
    )
    box = QDialogButtonBox(standard)
    box.addButton(primary, QDialogButtonBox.ButtonRole.AcceptRole)
    # Enter in any field means the primary action. setDefault() only registers with a
    # dialog the button already sits in, so FormDialog makes it default when shown.
    dialog.setProperty("primaryButton", primary.objectName())
    box.accepted.connect(on_primary)
    box.rejected.connect(dialog.reject)
    return box


class _ErrorText(QLabel):
    """A wrapped label whose height is set by ErrorField, not negotiated by the layout.

    Qt's form layout squeezes the field above a height-for-width label; a plain minimum
    height, computed when the text changes, keeps both readable.
    """

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class ErrorField(QWidget):
    """A field with a sentence under it that appears only when something is wrong."""

    def __init__(self, field: QWidget, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.error = _ErrorText()
        self.error.setObjectName(f"{name}Error")
        self.error.setProperty("role", "fieldError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def _fit_error_height(self) -> None:
        # A wrapped label reports no minimum height to its layout; give it one for the
        # width it has, so a long sentence pushes the form down instead of overlapping it.
        if self.error.text():
            width = max(self.width(), 200)
            self.error.setMinimumHeight(QLabel.heightForWidth(self.error, width))
        else:
            self.error.setMinimumHeight(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_error_height()

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self._fit_error_height()
        self.field.setProperty("invalid", bool(message))
        # Re-polish so the stylesheet's [invalid="true"] rule applies at once.
        self.field.style().unpolish(self.field)
        self.field.style().polish(self.field)
        if message:
            self.field.setAccessibleDescription(message)
        else:
            self.field.setAccessibleDescription("")


def show_field_errors(fields: dict[str, ErrorField], errors: dict[str, str]) -> None:
    """Show each error beside its field, clear the others, and focus the first bad one."""
    first_bad = None
    for name, field in fields.items():
        field.set_error(errors.get(name))
        if name in errors and first_bad is None:
            first_bad = field.field
    if first_bad is not None:
        first_bad.setFocus()
    # The sentences take room: let the dialog grow to fit rather than squeeze its fields.
    window = next(iter(fields.values())).window() if fields else None
    if window is not None:
        fit_to_contents(window)


def fit_to_contents(window: QWidget) -> None:
    """Grow a dialog to its preferred size. Qt otherwise opens it at its *minimum* size,
    where a form layout squeezes single-line fields to slivers."""
    # Nested form layouts settle in more than one pass once error sentences appear.
    for _attempt in range(3):
        if window.layout() is not None:
            window.layout().activate()
        hint = window.sizeHint()
        if window.width() >= hint.width() and window.height() >= hint.height():
            break
        window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))


class FormDialog(QDialog):
    """A dialog that opens at the size its form wants, not the smallest it tolerates."""

    def showEvent(self, event: QShowEvent) -> None:
        primary = self.findChild(QPushButton, self.property("primaryButton") or "")
        if primary is not None:
            primary.setDefault(True)
        fit_to_contents(self)
        super().showEvent(event)


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(object_name: str, value: dt.date, display: str = "ddd d MMMM yyyy") -> QDateEdit:
    """A date field with a calendar to pick from, showing the weekday."""
    edit = QDateEdit(qdate(value))
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display)
    return edit
