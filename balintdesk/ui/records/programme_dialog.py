"""The programme view, for a programme administrator: every group with its leaders and
next meeting, and every member of every group with the sessions and hours they attended in
a period, checked against the programme's attendance rule (store.programme), and a CSV of
the members (exports.programme_csv).

Opened from the Roster page's Records menu, which offers it only to an administrator
(store.access); anyone else who opens it reads why not, and sees nothing of the groups.
The rule starts as the one most members work toward, else one of the groups' country; its
settings are those kept on this computer (the Requirements dialog changes them). Choosing
another rule here changes nothing: it is a view. Changing a date rebuilds the view a
moment after the last keystroke, not on each one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.rules import RuleBook
from balintdesk.domain.words import WordsError
from balintdesk.exports.programme_csv import programme_csv
from balintdesk.fileio import write_text_atomic
from balintdesk.i18n import fill, say, shown
from balintdesk.store import programme as store
from balintdesk.store import requirements as rules_store
from balintdesk.store.access import is_administrator
from balintdesk.ui.common.date_fields import PeriodFields
from balintdesk.ui.common.forms import (
    FormDialog,
    OpenFileButton,
    dialog_buttons,
    hint_label,
    labelled,
    primary_button,
    show_status,
    status_label,
)
from balintdesk.ui.records.programme_cells import (
    MET_COLOUR,
    NOT_YET_COLOUR,
    cell,
    country_name,
    role_text,
    table,
)
from balintdesk.ui.records.requirements_dialog import add_rules, is_leader_rule
from balintdesk.ui.records.requirements_panels import in_language

REBUILD_DELAY_MS = 300


class ProgrammeDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        book: RuleBook | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("programmeDialog")
        self.today = today
        self.book = book if book is not None else rules_store.rule_book()
        self.programme: store.Programme | None = None
        self.saved_path: Path | None = None
        # The step that asks where to save; replace it to answer without a file dialog.
        self.choose_path: Callable[[str], Path | None] = self._ask_for_path
        self.setWindowTitle(self.tr("Programme"))
        self.setMinimumSize(
            1200, 620
        )  # two tables side by side with their words: the room there is

        heading = QLabel(self.tr("Programme"))
        heading.setObjectName("pageTitle")
        intro = hint_label(
            self.tr(
                "Every group, and every member with the sessions and hours they attended in "
                "the period, checked against the programme’s attendance rule."
            ),
            "programmeIntro",
        )
        self.period_fields = PeriodFields("programme", today(), self)
        self.rule_combo = QComboBox()
        self.rule_combo.setObjectName("programmeRuleCombo")
        self.rule_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.rule_combo.setMinimumContentsLength(30)
        self.choice_row = QWidget()
        choice = QHBoxLayout(self.choice_row)
        choice.setContentsMargins(0, 0, 0, 0)
        choice.addWidget(self.period_fields.from_label)
        choice.addWidget(self.period_fields.from_edit)
        choice.addWidget(self.period_fields.to_label)
        choice.addWidget(self.period_fields.to_edit)
        choice.addSpacing(24)
        choice.addWidget(labelled(self.tr("&Rule"), self.rule_combo))
        choice.addWidget(self.rule_combo, 1)

        self.summary = QLabel()
        self.summary.setObjectName("programmeSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.groups_table = table(
            "programmeGroupsTable",
            [
                self.tr("Group"),
                self.tr("Country"),
                self.tr("Leaders"),
                self.tr("Members"),
                self.tr("Next meeting"),
            ],
            self.tr("Groups, their leaders and next meetings"),
        )
        self.groups_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.members_table = table(
            "programmeMembersTable",
            [
                self.tr("Member"),
                self.tr("Group"),
                self.tr("Role"),
                self.tr("Sessions"),
                self.tr("Hours"),
                self.tr("Rule"),
                self.tr("Still missing"),
            ],
            self.tr("Members, their sessions and hours, and the rule"),
        )
        header = self.members_table.horizontalHeader()
        # Names as wide as a usual name, longer ones elided (whole in their tooltip), so
        # what is still missing has the room left.
        for column, width in ((0, 210), (1, 160), (2, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        # The store's order, by group then name: sorting by group keeps the names in order.
        self.members_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.groups_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tables = QSplitter(Qt.Orientation.Vertical)
        self.tables.setObjectName("programmeTables")
        self.tables.setChildrenCollapsible(False)
        self.tables.addWidget(self.groups_table)
        self.tables.addWidget(self.members_table)
        self.tables.setStretchFactor(0, 1)
        self.tables.setStretchFactor(1, 2)
        self.status = status_label("programmeStatus")
        self.status.hide()

        self.save_button = primary_button(self.tr("Export CSV…"), "programmeSaveButton")
        self.buttons = dialog_buttons(self, self.save_button, self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.open_button = OpenFileButton("openProgrammeButton")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.forget()  # the button box shows what it is given

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.choice_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.tables, 1)
        # Takes the tables' room when they are not shown (a refusal), so the words stay
        # together at the top rather than spread down the window.
        self.filler = QWidget()
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.filler.hide()
        layout.addWidget(self.filler, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._rebuild = QTimer(self)
        self._rebuild.setSingleShot(True)
        self._rebuild.setInterval(REBUILD_DELAY_MS)
        self._rebuild.timeout.connect(self.refresh)
        self._fill_rules()
        self.period_fields.changed.connect(self._rebuild.start)
        self.rule_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.refresh()
        self.period_fields.from_edit.setFocus()

    # --- the rule ----------------------------------------------------------------------

    def _fill_rules(self) -> None:
        chosen = store.default_rule(self.book) if is_administrator() else None
        rules = sorted(
            self.book.rules.values(),
            key=lambda rule: (is_leader_rule(rule), in_language(rule.title)),
        )
        self.rule_combo.blockSignals(True)
        if chosen is None:
            self.rule_combo.addItem(self.tr("Choose a rule…"), "")
        add_rules(self.rule_combo, rules)
        index = self.rule_combo.findData(chosen.id) if chosen is not None else 0
        self.rule_combo.setCurrentIndex(max(index, 0))
        self.rule_combo.blockSignals(False)

    # --- the view ----------------------------------------------------------------------

    def refresh(self) -> None:
        self._rebuild.stop()
        show_status(self.status, "", False)
        start, end = self.period_fields.period()
        try:
            self.programme = store.build_programme(
                start, end, self.rule_combo.currentData() or None, self.book, self.today()
            )
        except store.NotAdministratorError as exc:
            self._refuse(shown(exc))
            return
        except WordsError as exc:
            self.programme = None
            self.save_button.setEnabled(False)
            self.summary.setText("")
            show_status(self.status, shown(exc), True)
            return
        self.save_button.setEnabled(True)
        self._show_groups(self.programme.groups)
        self._show_members(self.programme.members)
        self.summary.setText(self._summary(self.programme))

    def _refuse(self, sentence: str) -> None:
        """Not an administrator: the sentence, and nothing of the groups."""
        self.programme = None
        self.summary.setText(sentence)
        self.tables.hide()
        self.choice_row.hide()
        self.filler.show()
        self.save_button.setEnabled(False)

    def _summary(self, programme: store.Programme) -> str:
        groups = self.tr("%n group(s)", "", len(programme.groups))
        members = self.tr("%n member(s)", "", len(programme.members))
        if programme.rule is None:
            return fill(self.tr("{groups} · {members}"), groups=groups, members=members)
        met = sum(1 for line in programme.members if line.met)
        return fill(
            self.tr("{groups} · {members} · {met} meet the rule"),
            groups=groups,
            members=members,
            met=met,
        )

    def _show_groups(self, lines: tuple[store.GroupLine, ...]) -> None:
        table = self.groups_table
        table.setSortingEnabled(False)
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            when = line.next_meeting
            cells = (
                cell(line.name),
                cell(country_name(line.country)),
                cell(", ".join(line.leaders) or self.tr("none")),
                cell(fill("{n}", n=line.members), line.members, right=True),
                cell(
                    fill(self.tr("{day:short}, {time}"), day=when.date(), time=when.time())
                    if when is not None
                    else self.tr("none planned"),
                    when.isoformat() if when is not None else "9999",
                ),
            )
            for column, item in enumerate(cells):
                table.setItem(row, column, item)
        table.setSortingEnabled(True)

    def _show_members(self, lines: tuple[store.MemberLine, ...]) -> None:
        table = self.members_table
        table.setSortingEnabled(False)
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            name = line.name
            if line.archived:
                name = fill(self.tr("{name} (archived)"), name=line.name)
            verdict, missing, colour, rank = self._verdict(line)
            rule_item = cell(verdict, rank)
            if colour:
                rule_item.setForeground(QBrush(QColor(colour)))
            cells = (
                cell(name),
                cell(line.group),
                cell(role_text(line.role)),
                cell(fill("{n}", n=line.sessions), line.sessions, right=True),
                cell(fill("{hours:1}", hours=line.hours), line.hours, right=True),
                rule_item,
                cell(missing),
            )
            for column, item in enumerate(cells):
                table.setItem(row, column, item)
        table.setSortingEnabled(True)

    def _verdict(self, line: store.MemberLine) -> tuple[str, str, str, int]:
        """(the rule's answer in words, what is missing, its colour, its sort rank)."""
        if line.assessment is None:
            return self.tr("no rule"), "", "", 2
        if line.assessment.met:
            return self.tr("met"), "", MET_COLOUR, 1
        missing = "; ".join(
            say(result.missing)
            for result in line.assessment.results
            if not result.met and result.missing is not None
        )
        return self.tr("not yet"), missing, NOT_YET_COLOUR, 0

    # --- saving ------------------------------------------------------------------------

    def suggested_name(self) -> str:
        start, end = self.period_fields.period()
        name = self.tr("Programme {start} to {end}.csv")
        return fill(name, start=start.isoformat(), end=end.isoformat())

    def _ask_for_path(self, suggested: str) -> Path | None:
        folder = self.saved_path.parent if self.saved_path else Path.home()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(folder / suggested), self.tr("CSV files (*.csv)")
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(".csv")

    def save(self) -> bool:
        """Ask where (choose_path), then write the members as CSV. True when saved."""
        if self.programme is None:
            return False
        path = self.choose_path(self.suggested_name())
        if path is None:
            return False
        programme = self.programme

        def write() -> str:
            write_text_atomic(path, programme_csv(programme), encoding="utf-8-sig")
            return fill(
                self.tr("Saved “{file}” ({what}) in {folder}."),
                file=path.name,
                what=self.tr("%n member(s)", "", len(programme.members)),
                folder=str(path.parent),
            )

        done = self.open_button.save(path, write, lambda text: show_status(self.status, text))
        if done is None:
            return False
        self.saved_path = path
        show_status(self.status, done, False)
        return True
