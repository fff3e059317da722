"""What a member has met of an attendance rule, and what is still missing.

Opened from the Roster page for the selected member and from a leader's log:
`RequirementsDialog(member_id, parent, today, leader=True)` lists the leader rules first.
Choosing a rule saves it as the one the member works toward (nothing is asked); a rule's
settings (figures its file leaves to the region or programme) are kept when changed; each
change assesses again. The words of a condition come from the domain (`Words`); the rule's
title, its settings' labels and its sources come from its file, in the user's language
where the file gives one.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.rules import Assessment, Rule, RuleBook
from balintdesk.domain.words import WordsError
from balintdesk.i18n import fill, say, shown
from balintdesk.store import requirements as rules_store
from balintdesk.store import roster
from balintdesk.ui.common.forms import (
    FormDialog,
    add_row,
    date_edit,
    hint_label,
    pydate,
    show_status,
    status_label,
)
from balintdesk.ui.records.requirements_panels import (
    ConditionsPanel,
    SettingsPanel,
    in_language,
    summary_font,
)

log = logging.getLogger(__name__)

# Words a leader rule counts by: the roles of a session a person led or co-led, and the
# kinds of their leader log's entries.
_LEADER_WORDS = ("led", "co_led", "log_entries", "supervision", "training", "society_event")


def add_rules(combo: QComboBox, rules: list[Rule]) -> None:
    """Each rule by its title in the user's language, its id as the item's data; the
    whole title as a tooltip, should the box be too narrow for it."""
    for rule in rules:
        title = in_language(rule.title)
        combo.addItem(title, rule.id)
        combo.setItemData(combo.count() - 1, title, Qt.ItemDataRole.ToolTipRole)


def is_leader_rule(rule: Rule) -> bool:
    """Whether the rule is about leading: as its file says (`audience`), else when it
    counts sessions led or co-led, or leader log entries. A leader's log lists these
    first."""
    if rule.audience:
        return rule.audience == "leaders"
    for condition in rule.conditions:
        for value in condition.values():
            values = value if isinstance(value, list | tuple) else (value,)
            if any(item in _LEADER_WORDS for item in values if isinstance(item, str)):
                return True
    return False


class RequirementsDialog(FormDialog):
    def __init__(
        self,
        member_id: int,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        leader: bool = False,
        book: RuleBook | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("requirementsDialog")
        self.member = roster.get_member(member_id)
        self.book = book if book is not None else rules_store.rule_book()
        self.assessment: Assessment | None = None
        title = fill(self.tr("Requirements — {name}"), name=self.member.name)
        self.setWindowTitle(title)
        self.setMinimumSize(1000, 560)

        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        intro = hint_label(
            fill(
                self.tr(
                    "What {name} has attended or led, as the group’s meeting records and "
                    "the leader log show it, checked against the rule they work toward."
                ),
                name=self.member.name,
            ),
            "requirementsIntro",
        )

        self.rule_combo = QComboBox()
        self.rule_combo.setObjectName("ruleCombo")
        # As wide as the room beside the settings allows, not as the longest title: a
        # German title and four settings side by side would not fit a 1280-pixel screen.
        self.rule_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.rule_combo.setMinimumContentsLength(34)
        self.rule_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fill_rules(leader)
        self.until_edit = date_edit("untilEdit", today())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setSpacing(10)  # not the 32 between it and the settings beside it
        add_row(form, self.tr("&Rule"), self.rule_combo)
        self.until_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        add_row(form, self.tr("&Until"), self.until_edit)
        self.settings_panel = SettingsPanel()
        top = QHBoxLayout()
        top.setSpacing(32)
        top.addLayout(form, 3)
        top.addWidget(self.settings_panel, 2, Qt.AlignmentFlag.AlignTop)

        self.summary = QLabel()
        self.summary.setObjectName("requirementsSummary")
        self.summary.setFont(summary_font(self.summary))
        self.summary.setWordWrap(True)
        self.conditions = ConditionsPanel()
        self.status = status_label("requirementsStatus")
        self.status.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.conditions, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        self.rule_combo.currentIndexChanged.connect(self._rule_chosen)
        self.until_edit.dateChanged.connect(lambda _date: self.refresh())
        self.settings_panel.changed.connect(self._setting_changed)
        self.close_button.clicked.connect(self.accept)
        self._show_rule()
        self.rule_combo.setFocus()

    # --- the rule ----------------------------------------------------------------------

    def _fill_rules(self, leader: bool) -> None:
        # The rules a person is likely to want first: a leader's log the leader rules, a
        # member the members' ones; within each, the group's own country's, then by title.
        country = roster.get_group(self.member.group_id).country
        rules = sorted(
            self.book.rules.values(),
            key=lambda rule: (
                is_leader_rule(rule) != leader,
                rule.country != country,
                in_language(rule.title),
            ),
        )
        chosen = self.member.working_toward
        if chosen not in self.book.rules:
            self.rule_combo.addItem(self.tr("Choose a rule…"), "")
        add_rules(self.rule_combo, rules)
        index = self.rule_combo.findData(chosen) if chosen in self.book.rules else 0
        self.rule_combo.setCurrentIndex(max(index, 0))

    def rule(self) -> Rule | None:
        return self.book.rules.get(self.rule_combo.currentData() or "")

    def _rule_chosen(self, _index: int) -> None:
        rule = self.rule()
        if rule is None:
            return
        try:
            rules_store.set_working_toward(self.member.id, rule.id, self.book)
        except WordsError as exc:
            self._say(shown(exc))
            return
        self.member = roster.get_member(self.member.id)
        placeholder = self.rule_combo.findData("")
        if placeholder >= 0:  # chosen now: "Choose a rule…" has done its work
            self.rule_combo.blockSignals(True)
            self.rule_combo.removeItem(placeholder)
            self.rule_combo.blockSignals(False)
        self._show_rule()

    def _show_rule(self) -> None:
        rule = self.rule()
        if rule is None:
            self.settings_panel.show_settings((), {})
        else:
            values = rules_store.get_settings(rule.id, self.book)
            self.settings_panel.show_settings(rule.settings, values)
        self.refresh()

    def sources(self) -> str:
        rule = self.rule()
        if rule is None or not rule.sources:
            return ""
        return fill(self.tr("Sources: {sources}"), sources="\n".join(rule.sources))

    def _setting_changed(self, key: str, value: int) -> None:
        rule = self.rule()
        if rule is None:
            return
        try:
            rules_store.set_rule_setting(rule.id, key, value, self.book)
        except WordsError as exc:
            self._say(shown(exc))
            return
        self.refresh()

    # --- the assessment ----------------------------------------------------------------

    def until(self) -> dt.date:
        return pydate(self.until_edit.date())

    def refresh(self) -> None:
        rule = self.rule()
        self._say("")
        if rule is None:
            self.assessment = None
            self.conditions.show_results(())
            if self.book.rules:
                text = self.tr("Choose the rule {name} works toward.")
            else:
                text = self.tr("There are no rules yet.")
            self.summary.setText(fill(text, name=self.member.name))
            self._say_problems()
            return
        try:
            self.assessment = rules_store.assess_member(
                self.member.id, rule.id, self.until(), self.book
            )
        except WordsError as exc:
            self.assessment = None
            self.conditions.show_results(())
            self.summary.setText("")
            self._say(shown(exc))
            return
        results = self.assessment.results
        met = sum(1 for result in results if result.met)
        if met == len(results):
            summary = self.tr("All %n condition(s) met", "", len(results))
        else:
            summary = fill(self.tr("{met} of %n condition(s) met", "", len(results)), met=met)
        self.summary.setText(summary)
        self.conditions.show_results(results, self.sources())

    def _say_problems(self) -> None:
        if self.book.problems:
            problem = self.book.problems[0]
            said = self.tr("The rule file {path} cannot be read: {reason}")
            self._say(fill(said, path=problem.path, reason=say(problem.words)))

    def _say(self, message: str) -> None:
        show_status(self.status, message, True)
