"""How the time went: one timed meeting's phases, planned and actual, the difference (with
its sign and a word, never colour alone) and the time the timer stood still, a totals line
and a one-sentence summary; "Save as CSV…" writes the same as `balintdesk export timing`.

Opened from the Timer page once the meeting's timer has ended, and from the Roster's
Records menu for any timed meeting of the group (a choice of meeting at the top); so it
lives in records, the one area other areas may open. What
"stopped for" means, and when it cannot be told, is domain.timing_report's to say.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain import phases as phase_rules
from balintdesk.domain.timing_report import PhaseTiming, TimingReport
from balintdesk.domain.timing_report import timing_summary as summary_words
from balintdesk.exports.timing_csv import timing_csv
from balintdesk.fileio import write_text_atomic
from balintdesk.i18n import fill, say, translate
from balintdesk.store import roster
from balintdesk.store.timing import meeting_timing, timed_meetings
from balintdesk.ui.common.elided import names_combo
from balintdesk.ui.common.forms import (
    FormDialog,
    OpenFileButton,
    dialog_buttons,
    hint_label,
    labelled,
    primary_button,
    show_status,
    with_suffix,
)

COLUMNS = 5


def phase_text(name: str) -> str:
    """A phase's name as the user reads it: a built-in one translated, a group's own as
    typed (as ui.timer.words does; records, which the Timer page opens, cannot use it)."""
    return translate(phase_rules.PHASES, name) if name in phase_rules.PHASE_TEXTS else name


def csv_file_name(report: TimingReport) -> str:
    """ "Riverside timing 2026-03-03.csv": a file name, the same in every language."""
    safe = "".join(c for c in report.group if c not in '<>:"/\\|?*').strip()
    return f"{safe} timing {report.day.isoformat()}.csv"


class TimingDialog(FormDialog):
    def __init__(self, group_id: int, meeting_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timingDialog")
        self.group = roster.get_group(group_id)
        self.report: TimingReport | None = None
        self.saved_path: Path | None = None
        # The step that asks where to save; replace it to answer without a file dialog.
        self.choose_path: Callable[[str], Path | None] = self._ask_for_path
        self.setWindowTitle(self.tr("How the time went"))
        self.setMinimumWidth(800)

        heading = QLabel(self.tr("How the time went"))
        heading.setObjectName("pageTitle")
        self.meeting_combo = names_combo("timingMeetingCombo", 40)
        self.summary = QLabel()
        self.summary.setObjectName("timingSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("timingTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Phase"),
                self.tr("Planned"),
                self.tr("Actual"),
                self.tr("Difference"),
                self.tr("Stopped for"),
            ]
        )
        self.table.setAccessibleName(self.tr("Each phase, planned and actual"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.totals = QLabel()
        self.totals.setObjectName("timingTotals")
        self.totals.setWordWrap(True)
        self.note = hint_label("", "timingNote")
        self.status = QLabel()
        self.status.setObjectName("timingStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        self.save_button = primary_button(self.tr("Save as CSV…"), "timingSaveButton")
        self.buttons = dialog_buttons(self, self.save_button, self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.open_button = OpenFileButton("openTimingButton")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)

        choice = QHBoxLayout()
        choice.addWidget(labelled(self.tr("Meeting:"), self.meeting_combo))
        choice.addWidget(self.meeting_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addLayout(choice)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        for meeting in reversed(timed_meetings(self.group.id)):  # the latest first
            self.meeting_combo.addItem(fill("{day:long}", day=meeting.local_date), meeting.id)
        self.meeting_combo.currentIndexChanged.connect(self._meeting_chosen)
        index = self.meeting_combo.findData(meeting_id) if meeting_id is not None else 0
        self.meeting_combo.setCurrentIndex(max(0, index))
        self._meeting_chosen()

    # --- showing a meeting ------------------------------------------------------------

    def _meeting_chosen(self) -> None:
        meeting_id = self.meeting_combo.currentData()
        self.report = meeting_timing(meeting_id) if meeting_id is not None else None
        self.open_button.forget()
        show_status(self.status, "", False)
        self._show()

    def _show(self) -> None:
        report = self.report
        has = report is not None
        self.table.setVisible(has)
        self.totals.setVisible(has)
        self.save_button.setEnabled(has)
        self.meeting_combo.setEnabled(has)
        if report is None:
            self.summary.setText(self.tr("No meeting of this group has been timed yet."))
            self.note.setText(
                self.tr(
                    "Run a meeting with the Timer page: how long each phase took is kept "
                    "with the meeting, and shown here."
                )
            )
            return
        self.summary.setText(say(summary_words(report, phase_text)))
        self.table.setRowCount(len(report.phases))
        for row, phase in enumerate(report.phases):
            cells = (
                phase_text(phase.name),
                self._minutes(phase.planned_seconds),
                self._minutes(phase.actual_seconds),
                self._difference(phase),
                self._stopped(phase),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(text)  # a long name is elided in its cell
                elif column == COLUMNS - 1 and phase.returned_to:
                    item.setToolTip(self._pauses_note())
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.totals.setText(self._totals(report))
        self.note.setText(self._note(report))

    def _minutes(self, seconds: int) -> str:
        return fill(self.tr("{minutes:1} min"), minutes=seconds / 60)

    def _difference(self, phase: PhaseTiming) -> str:
        if phase.skipped:
            return self.tr("skipped")
        return self._over_words(phase.over_seconds)

    def _over_words(self, seconds: int) -> str:
        if abs(seconds) < 3:  # the log's seconds are rounded
            return self.tr("on time")
        if seconds > 0:
            return fill(self.tr("+{minutes:1} min over"), minutes=seconds / 60)
        return fill(self.tr("−{minutes:1} min under"), minutes=-seconds / 60)

    def _stopped(self, phase: PhaseTiming) -> str:
        if phase.returned_to:
            return self.tr("cannot tell")
        if phase.stopped_seconds is None:
            return "—"
        return self._minutes(phase.stopped_seconds)

    def _totals(self, report: TimingReport) -> str:
        text = fill(
            self.tr("In all: planned {planned}, took {actual} ({difference})."),
            planned=self._minutes(report.planned_seconds),
            actual=self._minutes(report.actual_seconds),
            difference=self._over_words(report.over_seconds),
        )
        if report.starts is not None and report.ends is not None:
            if report.stopped_seconds:
                ran = self.tr("The timer ran from {start} to {end} and stood still for {stopped}.")
            else:
                ran = self.tr("The timer ran from {start} to {end} without stopping.")
            text += " " + fill(
                ran,
                start=report.starts.time(),
                end=report.ends.time(),
                stopped=self._minutes(report.stopped_seconds or 0),
            )
        skipped = len(report.skipped)
        if skipped:
            text += " " + self.tr("%n phase(s) skipped.", "", skipped)
        return text

    def _note(self, report: TimingReport) -> str:
        note = self._pauses_note()
        if not report.finished:
            note += " " + self.tr(
                "This meeting’s timer did not run to its end; the figures are what was saved."
            )
        return note

    def _pauses_note(self) -> str:
        return self.tr(
            "“Stopped for” is the time between a phase’s start and its end that the timer "
            "did not count: a pause, or a phase restarted. A phase the group went back to "
            "includes the phases between, so its pauses cannot be told apart."
        )

    # --- saving -----------------------------------------------------------------------

    def _ask_for_path(self, suggested: str) -> Path | None:
        folder = self.saved_path.parent if self.saved_path else Path.home()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(folder / suggested), self.tr("CSV files (*.csv)")
        )
        return with_suffix(path, ".csv") if path else None

    def save(self) -> bool:
        """Ask where (choose_path), then write this meeting's rows. True when saved."""
        report = self.report
        if report is None:
            return False
        path = self.choose_path(csv_file_name(report))
        if path is None:
            return False

        def write() -> str:
            # With a byte-order mark, as the command line writes it, for Excel's sake.
            write_text_atomic(path, timing_csv([report]), encoding="utf-8-sig")
            return fill(
                self.tr("Saved “{file}” in {folder}."), file=path.name, folder=str(path.parent)
            )

        done = self.open_button.save(path, write, lambda text: show_status(self.status, text))
        if done is None:
            return False
        self.saved_path = path
        show_status(self.status, done, False)
        return True
