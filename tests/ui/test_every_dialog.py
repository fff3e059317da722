"""What must hold for every dialog: Enter in a field never throws away what was typed.

Enter confirms when the form is valid, or the dialog stays open and says why; it never
cancels. Each dialog is made on a sample group (_every_dialog.py), and Enter is pressed in
each of its text fields in turn, with something typed there first.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

import balintdesk.ui

from ._every_dialog import catalogue

# Bases that are never shown themselves.
ABSTRACT = {"FormDialog", "ActionDialog", "PeriodDialog", "NotesExportPanels", "_SaveDialog"}


def dialog_classes() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(balintdesk.ui.__path__, "balintdesk.ui."):
        module = importlib.import_module(info.name)
        for name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                found.add(name)
    return found - ABSTRACT


def test_the_catalogue_names_every_dialog(sample) -> None:
    named = {key.partition("(")[0] for key in catalogue(sample)}
    assert dialog_classes() == named


DIALOGS = [
    "CsvImportDialog",
    "CsvImportDialog(history)",
    "CancelMeetingDialog",
    "MoveMeetingDialog",
    "ThemesDialog",
    "NotesExportDialog",
    "CreateVaultDialog",
    "ManageVaultDialog",
    "AttendanceCsvDialog",
    "CpdDialog",
    "CpdDialog(de)",
    "CpdDialog(nl)",
    "LeaderLogDialog",
    "LeaderLogEntryDialog",
    "RequirementsDialog",
    "RequirementsDialog(rule)",
    "ProgrammeDialog",
    "MemberDialog",
    "MemberDialog(edit)",
    "BreakDialog",
    "ChoosePresenterDialog",
    "RotaPrintDialog",
    "CalendarFileDialog",
    "NewGroupDialog",
    "TemplatesDialog",
    "TimerSettingsDialog",
    "TimingDialog",
    "TimingDialog(timed)",
    "WelcomeDialog",
    "DamagedDataBox",
    "DamagedDataBox(no backup)",
    "SharedDatabaseDialog",
    "SharedDatabaseDialog(server)",
    "ServerStartBox",
    "ServerStartBox(password)",
]


def test_every_dialog_is_tried(sample) -> None:
    assert sorted(DIALOGS) == sorted(catalogue(sample))


def targets(dialog: QDialog) -> list[QWidget]:
    """The line edits a person can type in (spin boxes, dates and editable combos have one
    inside); in a dialog with none, whatever has the focus when it opens."""
    fields: list[QWidget] = [
        edit
        for edit in dialog.findChildren(QLineEdit)
        if edit.isVisible() and edit.isEnabled() and not edit.isReadOnly()
    ]
    return fields or [dialog.focusWidget() or dialog]


@pytest.mark.parametrize("name", DIALOGS)
def test_enter_never_throws_away_what_was_typed(qtbot, sample, name: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    tried = 0
    for index in range(64):
        dialog = catalogue(sample)[name](parent)
        rejected: list[bool] = []
        dialog.rejected.connect(lambda seen=rejected: seen.append(True))
        dialog.show()
        qtbot.waitExposed(dialog)
        fields = targets(dialog)
        if index >= len(fields):
            dialog.hide()
            dialog.deleteLater()
            break
        field = fields[index]
        field.setFocus()
        if isinstance(field, QLineEdit):
            qtbot.keyClicks(field, "7")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert not rejected, (
            f"Enter in {field.objectName() or type(field.parent()).__name__} of {name} "
            "cancelled the dialog and threw away what was typed"
        )
        tried += 1
        dialog.hide()
        dialog.deleteLater()
    assert tried == index, "every field was tried"
