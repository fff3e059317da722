"""The requirements view: one row per condition with a mark in words, the summary on top,
the rule's settings as spin boxes that re-assess when changed, the rule chosen kept as
the one the member works toward; opened from the Roster's Records menu and from a
leader's log, where the leader rules come first. The rules are a programme's own files in
the data folder, so the tests do not move when a shipped rule's figures do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import meetings, roster
from balintdesk.store.leaders import set_leaders
from balintdesk.store.models import AttendanceStatus, Meeting, MeetingMode, Member
from balintdesk.store.settings import get_setting
from balintdesk.ui.records.requirements_dialog import RequirementsDialog, is_leader_rule

TODAY = dt.date(2026, 3, 3)
FIRST = dt.date(2026, 1, 6)
PATTERN = MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 90, "Seminar room")

MEMBER_RULE = """\
country = "GB"
sources = ["A programme's own rule, for the tests (read 2026-12-03)"]

[title]
en = "Test programme: sessions"
de = "Testprogramm: Sitzungen"

[settings.sessions]
default = 3
min = 2
max = 8
label = { en = "Sessions needed", de = "Benötigte Sitzungen" }
why = { en = "Programmes differ.", de = "Programme unterscheiden sich." }

[[conditions]]
kind = "sessions"
measure = "sessions"
at_least = { setting = "sessions" }

[[conditions]]
kind = "first_last_in_person"
"""

LEADER_RULE = """\
country = ""
sources = ["A society's own rule, for the tests"]

[title]
en = "Test society: leading"
de = "Testgesellschaft: Leitung"

[[conditions]]
kind = "sessions"
measure = "sessions"
roles = ["led", "co_led"]
at_least = 2
"""


@pytest.fixture
def people(db, data_dir: Path, qapp):
    rules = data_dir / "rules"
    rules.mkdir()
    (rules / "a-member-rule.toml").write_text(MEMBER_RULE, encoding="utf-8")
    (rules / "z-leader-rule.toml").write_text(LEADER_RULE, encoding="utf-8")
    group = roster.create_group("Riverside", PATTERN, FIRST)
    ann = roster.add_member(group.id, MemberDraft("Dr Ann Ames", Role.GP))
    lee = roster.add_member(group.id, MemberDraft("Dr Lee Leader", Role.GP, True))
    meetings.ensure_schedule(group.id, today=FIRST, until=TODAY)
    held = list(Meeting.select().order_by(Meeting.local_date))[:3]
    for meeting in held:
        for person in (ann, lee):
            meetings.set_attendance(meeting.id, person.id, AttendanceStatus.PRESENT, today=TODAY)
        meetings.record_meeting(meeting.id, [], today=TODAY)
        set_leaders(meeting.id, lee.id, None, today=TODAY)
    # The last of the three online: Ann meets the count, not the last-in-person condition.
    Meeting.update(mode=MeetingMode.ONLINE).where(Meeting.id == held[2].id).execute()
    Member.update(working_toward="a-member-rule").where(Member.id == ann.id).execute()
    return {"Ann": roster.get_member(ann.id), "Lee": roster.get_member(lee.id)}


def opened(qtbot, member: Member, **options) -> RequirementsDialog:
    dialog = RequirementsDialog(member.id, None, lambda: TODAY, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    return dialog


def rows(dialog: RequirementsDialog) -> list[tuple[str, str, str]]:
    panel = dialog.conditions
    return [
        (mark.text(), line.text(), missing.text() if missing.isVisibleTo(dialog) else "")
        for mark, line, missing in zip(panel.marks, panel.lines, panel.missing, strict=True)
    ]


def test_a_member_who_does_not_meet_every_condition(qtbot, people) -> None:
    dialog = opened(qtbot, people["Ann"])

    assert dialog.rule_combo.currentText() == "Test programme: sessions", "what Ann works toward"
    assert dialog.summary.text() == "1 of 2 conditions met"
    marks = rows(dialog)
    assert marks[0][0] == "✓ Met" and marks[0][1].startswith("3 of 3 session")
    assert marks[0][2] == "", "nothing missing"
    assert marks[1] == (
        "○ Not yet",
        "The last session, 20 January 2026, was online",
        "The last session must be in person",
    )
    assert dialog.conditions.marks[1].property("met") is False
    assert "A programme's own rule, for the tests" in dialog.conditions.sources.text()


def test_until_counts_only_what_happened_by_then(qtbot, people) -> None:
    dialog = opened(qtbot, people["Ann"])
    dialog.until_edit.setDate(dt.date(2026, 1, 13))

    assert dialog.summary.text() == "1 of 2 conditions met"
    assert rows(dialog)[0][0] == "○ Not yet" and rows(dialog)[1][0] == "✓ Met"


def test_changing_a_setting_assesses_again_and_is_kept(qtbot, people) -> None:
    dialog = opened(qtbot, people["Ann"])
    box = dialog.settings_panel.boxes["sessions"]
    assert box.value() == 3 and (box.minimum(), box.maximum()) == (2, 8)
    assert box.toolTip() == "Programmes differ."
    assert box.accessibleName() == "Sessions needed"

    box.setValue(5)

    assert get_setting("rule_setting:a-member-rule:sessions") == "5"
    assert rows(dialog)[0][0] == "○ Not yet"
    assert rows(dialog)[0][1].startswith("3 of 5 session")
    assert dialog.summary.text() == "0 of 2 conditions met"


def test_choosing_a_rule_keeps_it_as_the_one_worked_toward(qtbot, people) -> None:
    lee = people["Lee"]
    dialog = opened(qtbot, lee)
    assert dialog.rule_combo.currentText() == "Choose a rule…"
    assert dialog.summary.text() == "Choose the rule Dr Lee Leader works toward."
    assert dialog.conditions.marks == []

    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData("z-leader-rule"))

    assert roster.get_member(lee.id).working_toward == "z-leader-rule"
    assert dialog.rule_combo.findData("") == -1, "the prompt has gone"
    assert dialog.summary.text() == "The condition is met"
    assert rows(dialog)[0][0] == "✓ Met"
    assert not dialog.settings_panel.isVisibleTo(dialog), "this rule has no settings"


def test_a_leader_sees_the_leader_rules_first(qtbot, people) -> None:
    dialog = opened(qtbot, people["Lee"], leader=True)
    ids = [dialog.rule_combo.itemData(i) for i in range(dialog.rule_combo.count())]
    leading = [is_leader_rule(dialog.book.rules[rule_id]) for rule_id in ids[1:]]
    assert ids[0] == "" and ids.index("z-leader-rule") < ids.index("a-member-rule")
    assert leading == sorted(leading, reverse=True), "every leader rule before the others"
    assert not is_leader_rule(dialog.book.rules["a-member-rule"])


def test_opened_from_the_roster_and_the_leader_log(qtbot, people) -> None:
    from balintdesk.ui.records.leader_log_dialog import LeaderLogDialog
    from balintdesk.ui.roster.page import RosterPage

    page = RosterPage(today=lambda: TODAY)
    qtbot.addWidget(page)
    page.set_group(people["Ann"].group_id)
    page.select_member(people["Ann"].id)
    action = page.records_button.requirements_action
    assert action.isEnabled() and action.text() == "Re&quirements for Dr Ann Ames…"
    action.trigger()
    assert isinstance(page.active_dialog, RequirementsDialog)
    assert page.active_dialog.member.id == people["Ann"].id
    page.active_dialog.close()

    log = LeaderLogDialog(people["Lee"].id, None, lambda: TODAY)
    qtbot.addWidget(log)
    log.requirements_button.click()
    assert isinstance(log.active_dialog, RequirementsDialog)
    combo = log.active_dialog.rule_combo
    assert is_leader_rule(log.active_dialog.book.rules[combo.itemData(1)]), "leader rules first"


def test_in_german(qtbot, people) -> None:
    i18n_qt.install("de")
    dialog = opened(qtbot, people["Ann"])
    assert dialog.windowTitle() == "Anforderungen — Dr Ann Ames"
    assert dialog.rule_combo.currentText() == "Testprogramm: Sitzungen"
    assert dialog.summary.text() == "1 von 2 Bedingungen erfüllt"
    assert rows(dialog)[1][0] == "○ Noch nicht"
    assert rows(dialog)[1][1] == rows(dialog)[1][1][:1].upper() + rows(dialog)[1][1][1:]
    assert "20. Januar 2026" in rows(dialog)[1][1]
    assert dialog.settings_panel.boxes["sessions"].accessibleName() == "Benötigte Sitzungen"


def test_a_member_sees_the_members_rules_of_the_groups_country_first(qtbot, people) -> None:
    Member.update(working_toward="").where(Member.id == people["Ann"].id).execute()
    dialog = opened(qtbot, people["Ann"])
    box = dialog.rule_combo
    ids = [box.itemData(i) for i in range(box.count())]

    assert ids[:3] == ["", "a-member-rule", "uk-core-psychiatry"], "GB's member rules first"
    leader_rules = [i for i in ids[1:] if is_leader_rule(dialog.book.rules[i])]
    assert ids[-len(leader_rules) :] == leader_rules, "every leader rule after the members'"

    group = roster.get_group(people["Ann"].group_id)
    group.country = "DE"
    group.save()
    german = opened(qtbot, people["Ann"]).rule_combo
    firsts = {german.itemData(1), german.itemData(2)}
    assert firsts == {"de-gp-specialist-training", "de-psychosomatic-basic-care"}


def test_a_rule_that_says_whom_it_is_for_is_taken_at_its_word(people) -> None:
    from dataclasses import replace

    from balintdesk.store.requirements import rule_book

    counts_led = rule_book().rules["z-leader-rule"]
    assert is_leader_rule(counts_led), "by what it counts"
    assert not is_leader_rule(replace(counts_led, audience="members")), "as its file says"
    member_rule = rule_book().rules["a-member-rule"]
    assert is_leader_rule(replace(member_rule, audience="leaders"))
