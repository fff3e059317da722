"""A field's sentence goes once the person changes the field to put it right."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from balintdesk.ui.common.forms import ErrorField, date_edit, qdate


def typed(qtbot, field) -> None:
    qtbot.keyClicks(field, "x")


@pytest.mark.parametrize(
    ("make", "change"),
    [
        (QLineEdit, typed),
        (QPlainTextEdit, typed),
        (lambda: _combo(), lambda _qtbot, field: field.setCurrentIndex(1)),
        (lambda: _combo(editable=True), typed),
        (QSpinBox, lambda qtbot, field: qtbot.keyClick(field, Qt.Key.Key_Up)),
        (
            lambda: date_edit("when", dt.date(2026, 3, 3)),
            lambda _qtbot, field: field.setDate(qdate(dt.date(2026, 3, 10))),
        ),
    ],
)
def test_the_sentence_goes_when_the_field_changes(qtbot, make, change) -> None:
    field = make()
    holder = ErrorField(field, "thing")
    qtbot.addWidget(holder)
    holder.show()
    holder.set_error("Please put this right.")
    assert holder.error.isVisible() and field.property("invalid")
    change(qtbot, field)
    assert not holder.error.isVisible()
    assert not field.property("invalid")
    assert field.accessibleDescription() == ""


def _combo(editable: bool = False) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(editable)
    combo.addItems(["one", "two"])
    return combo
