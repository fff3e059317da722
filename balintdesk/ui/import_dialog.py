"""Preview a roster CSV, then import all of it or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.roster_csv import parse_roster_csv
from balintdesk.store import roster
from balintdesk.store.roster_import import (
    ImportPlan,
    apply_roster_import,
    plan_roster_import,
)
from balintdesk.ui.forms import FormDialog, dialog_buttons, hint_label, primary_button

ACTION_WORDS = {"add": "Add", "update": "Update", "unchanged": "No change"}


class RosterImportDialog(FormDialog):
    def __init__(self, group_id: int, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rosterImportDialog")
        self.setWindowTitle(self.tr("Import a roster"))
        self.resize(760, 520)
        self._group_id = group_id
        self.summary = ""

        title = QLabel(self.tr("Import {0}").format(path.name))
        title.setObjectName("pageTitle")
        self.explanation = QLabel()
        self.explanation.setObjectName("importExplanation")
        self.explanation.setWordWrap(True)

        self.preview = QTableWidget(0, 4)
        self.preview.setObjectName("importPreview")
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("What happens"), self.tr("Name"), self.tr("Changes")]
        )
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().hide()
        self.preview.setAlternatingRowColors(True)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.error_list = QListWidget()
        self.error_list.setObjectName("importErrors")
        self.error_list.setWordWrap(True)

        self.import_button = primary_button(self.tr("Import"), "confirmImportButton")
        buttons = dialog_buttons(self, self.import_button, self._import)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.error_list, 1)
        layout.addWidget(self.preview, 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Members already on the roster (same name) are updated, never duplicated. "
                    "Columns: name (required), role, leader, email, joined."
                )
            )
        )
        layout.addWidget(buttons)

        self.plan: ImportPlan | None = None
        self._load(path)

    def _load(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._show_errors(
                [self.tr("The file could not be read: {0}").format(exc.strerror or exc)]
            )
            return
        self.plan = plan_roster_import(self._group_id, parse_roster_csv(data))
        if not self.plan.ok:
            self._show_errors([str(error) for error in self.plan.errors])
            return
        self._show_plan(self.plan)

    def _show_errors(self, messages: list[str]) -> None:
        self.explanation.setText(
            self.tr(
                "Nothing has been imported. Please correct these lines in the spreadsheet, save "
                "it as CSV again and import it once more:"
            )
        )
        self.error_list.addItems(messages)
        self.error_list.show()
        self.preview.hide()
        self.import_button.setEnabled(False)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.error_list.hide()
        counts = {action: 0 for action in ACTION_WORDS}
        self.preview.setRowCount(len(plan.rows))
        for row, planned in enumerate(plan.rows):
            counts[planned.action] += 1
            cells = (
                str(planned.line),
                self.tr(ACTION_WORDS[planned.action]),
                planned.name,
                "; ".join(planned.changes),
            )
            for column, text in enumerate(cells):
                self.preview.setItem(row, column, QTableWidgetItem(text))
        self.explanation.setText(
            self.tr(
                "{0} new, {1} to update, {2} already up to date. Nothing changes until you "
                "click Import."
            ).format(counts["add"], counts["update"], counts["unchanged"])
        )
        changing = counts["add"] + counts["update"]
        self.import_button.setText(self.tr("Import {0} members").format(changing))
        self.import_button.setEnabled(changing > 0)

    def _import(self) -> None:
        if self.plan is None or not self.plan.ok:
            return
        try:
            result = apply_roster_import(self._group_id, self.plan)
        except roster.ValidationError as exc:
            self.error_list.clear()
            self._show_errors(list(exc.errors.values()))
            return
        self.summary = self.tr("Imported the roster: {0} added, {1} updated.").format(
            result.added, result.updated
        )
        self.accept()
