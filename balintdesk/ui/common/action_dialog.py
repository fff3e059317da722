"""A small dialog that does one thing: a title, a sentence, a form, and a primary button
whose action either succeeds (the dialog closes) or names what to fix beside the field.
The Meeting and Rota pages build their small dialogs on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from balintdesk.i18n import sentences
from balintdesk.store import roster
from balintdesk.ui.common.accessible import name_control
from balintdesk.ui.common.forms import (
    ErrorField,
    FormDialog,
    add_row,
    dialog_buttons,
    hint_label,
    primary_button,
    show_field_errors,
)


class ActionDialog(FormDialog):
    """Title, explanation, a form, and a primary button that calls `action`.

    `action` raises roster.ValidationError to keep the dialog open with its sentences.
    """

    def __init__(self, title: str, text: str, button: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.fields: dict[str, ErrorField] = {}
        self.form = QFormLayout()
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        self.primary = primary_button(button, "confirmButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        if text:
            layout.addWidget(hint_label(text))
        layout.addLayout(self.form)
        layout.addWidget(dialog_buttons(self, self.primary, self._confirm))
        self.action: Callable[[], None] = lambda: None

    def add_field(self, label: str, name: str, widget: QWidget, spoken_name: str = "") -> None:
        """A field after its label, which names it to a screen reader; a field shown
        without a label (the dialog's one big box) is named `spoken_name`."""
        self.fields[name] = ErrorField(widget, name)
        if label:
            add_row(self.form, label, self.fields[name])
        else:
            self.form.addRow(self.fields[name])
            name_control(widget, spoken_name)

    def _confirm(self) -> None:
        try:
            self.action()
        except roster.ValidationError as exc:
            errors = sentences(exc)  # each said in the user's language
            known = {k: v for k, v in errors.items() if k in self.fields}
            unknown = [v for k, v in errors.items() if k not in self.fields]
            if unknown and self.fields:
                first = next(iter(self.fields))
                known[first] = " ".join([known.get(first, ""), *unknown]).strip()
            show_field_errors(self.fields, known)
            return
        self.accept()
