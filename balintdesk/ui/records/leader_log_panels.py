"""The parts of the leader log dialog: the hours by kind, the sessions and the entries
panels, and the dialog that adds or edits one entry by hand (a supervision session, a
training weekend, a society event). Entries save through store.leader_log, which checks
the note with the privacy guard: the log lives in the group's shared database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.leader_log import (
    CATEGORIES,
    ENTRY_KINDS,
    NOTE_MAX_LENGTH,
    LeaderLog,
    LoggedEntry,
    LoggedSession,
    minutes_from_hours,
)
from balintdesk.exports.record_words import (
    category_label,
    entry_kind_label,
    hours_figure,
    session_role_label,
    short_date,
)
from balintdesk.i18n import fill, sentences
from balintdesk.store import leader_log as log_store
from balintdesk.store import roster
from balintdesk.store.models import LeaderLogEntry
from balintdesk.ui.common.forms import (
    ErrorField,
    FormDialog,
    add_row,
    date_edit,
    dialog_buttons,
    fit_to_contents,
    hint_label,
    primary_button,
    pydate,
    show_field_errors,
)

ENTRY_ID = Qt.ItemDataRole.UserRole


def _table(name: str, headings: list[str], right: int, stretch: int) -> QTableWidget:
    """A read-only table, one row selected at a time; column `right` (hours) aligned
    right, heading too, and column `stretch` takes the room left over."""
    table = QTableWidget(0, len(headings))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headings)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeaderItem(right).setTextAlignment(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    table.setProperty("hoursColumn", right)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    """Rows of text, each cell's whole text also its tooltip (a long note is elided)."""
    right = table.property("hoursColumn")
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column == right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


class HoursPanel(QGroupBox):
    """The hours by kind and in total; `values[category]` (and "total") are the labels."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Hours"), parent)
        self.setObjectName("hoursPanel")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}
        for row, category in enumerate((*CATEGORIES, "total")):
            name = QLabel(category_label(category))
            value = QLabel()
            value.setObjectName(f"hours_{category}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if category == "total":
                grid.setRowMinimumHeight(row, 30)
                for label in (name, value):
                    label.setStyleSheet("font-weight: 600;")
                    label.setAlignment(label.alignment() | Qt.AlignmentFlag.AlignBottom)
            name.setBuddy(value)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.values[category] = value
        grid.setRowStretch(len(CATEGORIES) + 1, 1)

    def show_log(self, record: LeaderLog | None) -> None:
        minutes = record.minutes_by_category() if record else dict.fromkeys(CATEGORIES, 0)
        minutes["total"] = record.total_minutes if record else 0
        for category, label in self.values.items():
            label.setText(hours_figure(minutes[category]))


class SessionsPanel(QGroupBox):
    """The group sessions from the meeting records: date, role, co-leader, hours."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sessionsPanel")
        self.table = _table(
            "sessionsTable",
            [self.tr("Date"), self.tr("Role"), self.tr("Co-leader"), self.tr("Hours")],
            right=3,
            stretch=2,
        )
        self.table.setAccessibleName(self.tr("Group sessions"))
        self.hint = hint_label("", "sessionsHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def show_sessions(self, sessions: Sequence[LoggedSession]) -> None:
        rows = [
            [
                short_date(s.day),
                session_role_label(s.role),
                s.with_leader or "—",
                hours_figure(s.minutes),
            ]
            for s in sessions
        ]
        _fill(self.table, rows)
        self.setTitle(fill(self.tr("Group sessions ({count})"), count=len(sessions)))
        untimed = sum(1 for s in sessions if not s.measured)
        self.hint.setText(self.tr("%n not timed: counted at their planned length.", "", untimed))
        self.hint.setVisible(bool(untimed))


class EntriesPanel(QGroupBox):
    """The entries added by hand, with Add entry…, Edit… and Delete under them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("entriesPanel")
        self.table = _table(
            "entriesTable",
            [self.tr("Date"), self.tr("What"), self.tr("Hours"), self.tr("Note")],
            right=2,
            stretch=3,
        )
        self.table.setAccessibleName(self.tr("Supervision, training and events"))
        self.add_button = QPushButton(self.tr("&Add entry…"))
        self.add_button.setObjectName("addEntryButton")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editEntryButton")
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setObjectName("deleteEntryButton")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)

    def show_entries(self, entries: Sequence[LoggedEntry], keep: int | None = None) -> None:
        rows = [
            [short_date(e.day), entry_kind_label(e.kind), hours_figure(e.minutes), e.note]
            for e in entries
        ]
        _fill(self.table, rows)
        for row, entry in enumerate(entries):
            self.table.item(row, 0).setData(ENTRY_ID, entry.entry_id)
        self.setTitle(
            fill(self.tr("Supervision, training and events ({count})"), count=len(entries))
        )
        if keep is not None:
            self.select_entry(keep)
        self._selection_changed()

    def selected_entry_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(ENTRY_ID) if rows else None

    def select_entry(self, entry_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ENTRY_ID) == entry_id:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        chosen = self.selected_entry_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)


class LeaderLogEntryDialog(FormDialog):
    """Add or edit one hand-made entry; saves through the store, which checks the note
    with the privacy guard, and stays open with a sentence beside a bad field."""

    def __init__(
        self,
        member_id: int,
        entry: LeaderLogEntry | None = None,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent)
        self.setObjectName("leaderLogEntryDialog")
        self.member_id, self.entry, self.today = member_id, entry, today
        title = self.tr("Edit the entry") if entry else self.tr("Add to the leader log")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        self.date_edit = date_edit("entryDateEdit", entry.day if entry else today())
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("entryKindCombo")
        for kind in ENTRY_KINDS:
            self.kind_combo.addItem(entry_kind_label(kind), kind)
        self.hours_spin = QDoubleSpinBox()
        self.hours_spin.setObjectName("entryHoursSpin")
        self.hours_spin.setRange(0, 24)
        self.hours_spin.setDecimals(2)
        self.hours_spin.setSingleStep(0.25)
        self.hours_spin.setSuffix(self.tr(" hours"))
        # The style sheet sizes QSpinBox, not its decimal sibling: match the combo box.
        self.hours_spin.setMinimumHeight(self.kind_combo.sizeHint().height())
        self.hours_spin.setValue(entry.minutes / 60 if entry else 1.0)
        self.note_edit = QLineEdit(entry.note if entry else "")
        self.note_edit.setObjectName("entryNoteEdit")
        self.note_edit.setMaxLength(NOTE_MAX_LENGTH)
        self.note_edit.setPlaceholderText(self.tr("Optional, e.g. Leaders' weekend, Oxford"))
        if entry:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(entry.kind)))
        self.fields = {
            "day": ErrorField(self.date_edit, "entryDay"),
            "kind": ErrorField(self.kind_combo, "entryKind"),
            "minutes": ErrorField(self.hours_spin, "entryMinutes"),
            "note": ErrorField(self.note_edit, "entryNote"),
        }
        form = QFormLayout()
        add_row(form, self.tr("&Date"), self.fields["day"])
        add_row(form, self.tr("&What"), self.fields["kind"])
        add_row(form, self.tr("&Hours"), self.fields["minutes"])
        add_row(form, self.tr("&Note"), self.fields["note"])
        self.save_button = primary_button(self.tr("Save"), "saveEntryButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "A few words on what it was. Never a patient's name, age or details: "
                    "the log is kept in the group's shared database."
                )
            )
        )
        layout.addWidget(dialog_buttons(self, self.save_button, self.save))
        self.date_edit.setFocus()

    def save(self) -> bool:
        values = (
            pydate(self.date_edit.date()),
            self.kind_combo.currentData(),
            minutes_from_hours(self.hours_spin.value()),
            self.note_edit.text(),
        )
        try:
            if self.entry is None:
                log_store.add_entry(self.member_id, *values, today=self.today())
            else:
                log_store.update_entry(self.entry.id, *values, today=self.today())
        except roster.ValidationError as exc:
            errors = sentences(exc)
            if "member" in errors:  # not a field here: say it under the first one
                errors["day"] = " ".join(filter(None, [errors.pop("member"), errors.get("day")]))
            show_field_errors(self.fields, errors)
            # The sentences' labels settle only once their show events are handled; grow
            # to fit then too, or a long sentence is cut off.
            QTimer.singleShot(0, lambda: fit_to_contents(self))
            return False
        self.accept()
        return True
