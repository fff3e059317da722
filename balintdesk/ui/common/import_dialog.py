"""Preview a CSV (a roster, or past attendance), then import all of it or nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.csv_read import ENCODINGS, CsvText, Encoding
from balintdesk.domain.history_csv import parse_history_csv
from balintdesk.domain.roster_csv import parse_roster_csv
from balintdesk.i18n import fill, sentences, shown, translate
from balintdesk.store import roster
from balintdesk.store.history_import import apply_history_import, plan_history_import
from balintdesk.store.models import MeetingMode
from balintdesk.store.roster_import import apply_roster_import, plan_roster_import
from balintdesk.ui.common.forms import FormDialog, dialog_buttons, hint_label, primary_button
from balintdesk.ui.common.when import short_date

ACTIONS = ("add", "update", "unchanged")


def action_words(action: str) -> str:
    return {  # each a literal, for the catalogue
        "add": translate("CsvImportDialog", "Add"),
        "update": translate("CsvImportDialog", "Update"),
        "unchanged": translate("CsvImportDialog", "No change"),
    }[action]


def separator_words(separator: str) -> str:
    return {
        ",": translate("CsvImportDialog", "commas"),
        ";": translate("CsvImportDialog", "semicolons"),
        "\t": translate("CsvImportDialog", "tabs"),
    }.get(separator, repr(separator))


def encoding_words(encoding: Encoding) -> str:
    """An encoding's name for the user; one the user named themselves stays as named."""
    return shown(encoding.words)


def status_words(status: str) -> str:
    return {
        "present": translate("CsvImportDialog", "Present"),
        "apologies": translate("CsvImportDialog", "Apologies"),
        "absent": translate("CsvImportDialog", "Absent"),
    }.get(status, status)


@dataclass(frozen=True)
class ImportKind:
    """What differs between the imports: how to plan, show and apply one. The texts are
    functions, so that they are in the language in use when the dialog is made."""

    object_name: str
    window_title: Callable[[], str]
    columns: Callable[[], tuple[str, ...]]
    hint: Callable[[], str]
    button: Callable[[int], str]  # the import button, counting what changes: "Import 3 members"
    # (group, the file's bytes, today, the encoding or None to find it) -> a plan with .ok,
    # .errors, .rows and .source, the file as read (its .source says how: a CsvText)
    plan: Callable[[int, bytes, dt.date, Encoding | None], Any]
    cells: Callable[[Any], tuple[str, ...]]  # one planned row -> its cells
    apply: Callable[[int, Any], str]  # -> the sentence for the status line


def _roster_apply(group_id: int, plan: Any) -> str:
    result = apply_roster_import(group_id, plan)
    return fill(
        translate("CsvImportDialog", "Imported the roster: {added} added, {updated} updated."),
        added=result.added,
        updated=result.updated,
    )


def _history_apply(group_id: int, plan: Any) -> str:
    result = apply_history_import(group_id, plan)
    return fill(
        translate("CsvImportDialog", "Imported past attendance: {meetings}, {entries}."),
        meetings=translate(
            "CsvImportDialog", "%n meeting(s) recorded", None, result.meetings_recorded
        ),
        entries=translate("CsvImportDialog", "%n entry(-ies) added", None, result.added),
    )


ROSTER_IMPORT = ImportKind(
    object_name="rosterImportDialog",
    window_title=lambda: translate("CsvImportDialog", "Import a roster"),
    columns=lambda: (
        translate("CsvImportDialog", "Line"),
        translate("CsvImportDialog", "What happens"),
        translate("CsvImportDialog", "Name"),
        translate("CsvImportDialog", "Changes"),
    ),
    hint=lambda: translate(
        "CsvImportDialog",
        "Members already on the roster (a name that looks the same, whatever its capitals) "
        "are updated, never duplicated. Columns: name (required), role, leader, email, "
        "joined; dates day first (03.09.2024) or as 2024-09-03.",
    ),
    button=lambda n: translate("CsvImportDialog", "Import %n member(s)", None, n),
    plan=lambda group_id, data, _today, encoding: plan_roster_import(
        group_id, parse_roster_csv(data, encoding)
    ),
    cells=lambda row: (
        str(row.line),
        action_words(row.action),
        row.name,
        "; ".join(shown(words) for words in [*row.change_words, *row.note_words]),
    ),
    apply=_roster_apply,
)


def _where_words(where: str | None) -> str:
    if where == MeetingMode.IN_PERSON:
        return translate("CsvImportDialog", "In the room")
    if where == MeetingMode.ONLINE:
        return translate("CsvImportDialog", "Online")
    return ""


HISTORY_IMPORT = ImportKind(
    object_name="historyImportDialog",
    window_title=lambda: translate("CsvImportDialog", "Import past meetings"),
    columns=lambda: (
        translate("CsvImportDialog", "Line"),
        translate("CsvImportDialog", "What happens"),
        translate("CsvImportDialog", "Date"),
        translate("CsvImportDialog", "Name"),
        translate("CsvImportDialog", "Came"),
        translate("CsvImportDialog", "Presented"),
        translate("CsvImportDialog", "Where"),
    ),
    hint=lambda: translate(
        "CsvImportDialog",
        "Columns: date (day first, 03.09.2024, or 2024-09-03), name, status (present, "
        "apologies or absent), presented (yes/no). Names must already be on the roster. "
        "Future dates may carry apologies only.",
    ),
    button=lambda n: translate("CsvImportDialog", "Import %n entry(-ies)", None, n),
    plan=lambda group_id, data, today, encoding: plan_history_import(
        group_id, parse_history_csv(data, encoding), today
    ),
    cells=lambda row: (
        str(row.line),
        action_words(row.action),
        short_date(row.date),
        row.name,
        status_words(row.status),
        translate("CsvImportDialog", "yes") if row.presented else "",
        _where_words(row.where),
    ),
    apply=_history_apply,
)


class CsvImportDialog(FormDialog):
    def __init__(
        self,
        kind: ImportKind,
        group_id: int,
        path: Path,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self._today = today or dt.date.today()
        self.kind = kind
        self.setObjectName(kind.object_name)
        self.setWindowTitle(kind.window_title())
        self.resize(780, 520)
        self._group_id = group_id
        self.summary = ""
        self.plan: Any = None

        title = QLabel(fill(self.tr("Import {file}"), file=path.name))
        title.setObjectName("pageTitle")
        self.explanation = QLabel()
        self.explanation.setObjectName("importExplanation")
        self.explanation.setWordWrap(True)

        columns = kind.columns()
        self.preview = QTableWidget(0, len(columns))
        self.preview.setObjectName("importPreview")
        self.preview.setAccessibleName(self.tr("What the import will do, line by line"))
        self.preview.setHorizontalHeaderLabels(list(columns))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().hide()
        self.preview.setAlternatingRowColors(True)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        # How the file was read, and the choice of another encoding when names look wrong:
        # a file that is not UTF-8 can only be guessed at, so the user confirms here.
        self.file_format = QLabel()
        self.file_format.setObjectName("importFileFormat")
        self.file_format.setWordWrap(True)
        self.encoding_choice = QComboBox()
        self.encoding_choice.setObjectName("importEncoding")
        self.encoding_choice.addItem(self.tr("Found from the file"), None)
        for encoding in ENCODINGS:
            self.encoding_choice.addItem(encoding_words(encoding), encoding)
        encoding_label = QLabel(self.tr("Encoding:"))
        encoding_label.setBuddy(self.encoding_choice)
        self.encoding_choice.currentIndexChanged.connect(self._encoding_chosen)
        format_row = QHBoxLayout()
        format_row.addWidget(self.file_format, 1)
        format_row.addWidget(encoding_label)
        format_row.addWidget(self.encoding_choice)
        self._data = b""

        self.error_list = QListWidget()
        self.error_list.setObjectName("importErrors")
        self.error_list.setAccessibleName(self.tr("Lines to correct"))
        self.error_list.setWordWrap(True)

        self.import_button = primary_button(self.tr("Import"), "confirmImportButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addLayout(format_row)
        layout.addWidget(self.error_list, 1)
        layout.addWidget(self.preview, 1)
        layout.addWidget(hint_label(kind.hint()))
        layout.addWidget(dialog_buttons(self, self.import_button, self._import))
        self._load(path)

    def _load(self, path: Path) -> None:
        try:
            self._data = path.read_bytes()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.file_format.hide()
            self.encoding_choice.setEnabled(False)
            said = fill(self.tr("The file could not be read: {reason}"), reason=reason)
            self._show_errors([said])
            return
        self._read(None)

    def _encoding_chosen(self, index: int) -> None:
        self._read(self.encoding_choice.itemData(index))

    def _read(self, encoding: Encoding | None) -> None:
        self.plan = self.kind.plan(self._group_id, self._data, self._today, encoding)
        source: CsvText | None = self.plan.source.source
        if source is None:
            self.file_format.setText(self.tr("The file could not be read as text."))
        else:
            self.file_format.setText(
                fill(
                    self.tr("Read as {encoding}, columns separated by {separator}."),
                    encoding=encoding_words(source.encoding),
                    separator=separator_words(source.separator),
                )
            )
        if not self.plan.ok:
            self._show_errors([shown(error) for error in self.plan.errors])
            return
        self._show_plan()

    def _show_errors(self, messages: list[str]) -> None:
        self.explanation.setText(
            self.tr(
                "Nothing has been imported. Please correct these lines in the spreadsheet, save "
                "it as CSV again and import it once more:"
            )
        )
        self.error_list.clear()
        self.error_list.addItems(messages)
        self.error_list.show()
        self.preview.hide()
        self.import_button.setEnabled(False)

    def _show_plan(self) -> None:
        self.error_list.hide()
        self.preview.show()
        counts = dict.fromkeys(ACTIONS, 0)
        self.preview.setRowCount(len(self.plan.rows))
        for row, planned in enumerate(self.plan.rows):
            counts[planned.action] += 1
            for column, text in enumerate(self.kind.cells(planned)):
                self.preview.setItem(row, column, QTableWidgetItem(text))
        self.explanation.setText(
            fill(
                self.tr(
                    "{new} new, {changed} to update, {same} already up to date. Nothing "
                    "changes until you click Import."
                ),
                new=counts["add"],
                changed=counts["update"],
                same=counts["unchanged"],
            )
        )
        changing = counts["add"] + counts["update"]
        self.import_button.setText(self.kind.button(changing))
        self.import_button.setEnabled(changing > 0)

    def _import(self) -> None:
        if self.plan is None or not self.plan.ok:
            return
        try:
            self.summary = self.kind.apply(self._group_id, self.plan)
        except roster.ValidationError as exc:
            self._show_errors(list(sentences(exc).values()))
            return
        self.accept()
