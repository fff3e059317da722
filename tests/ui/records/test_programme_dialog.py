"""The programme view: two tables, the groups and every member of every group, with the
rule's answer in words and colour; the period and the rule rebuild it; Export CSV… writes
the members; a leader reads why not and sees nothing; the Roster page's Records menu
offers it to an administrator only. The rule is a programme's own file in the data folder,
so the tests do not move when a shipped rule's figures do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.exports.programme_csv import HEADER
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import access, meetings, roster
from balintdesk.store.models import AttendanceStatus, Meeting, Member
from balintdesk.ui.records.programme_dialog import MET_COLOUR, NOT_YET_COLOUR, ProgrammeDialog
from balintdesk.ui.roster.page import RosterPage

TODAY = dt.date(2026, 3, 3)
FIRST = dt.date(2025, 9, 2)  # a Tuesday
RULE = """\
country = "GB"
audience = "members"
sources = ["A programme's own rule, for the tests"]

[title]
en = "Test programme: ten sessions"
de = "Testprogramm: zehn Sitzungen"

[settings.sessions]
default = 10
min = 1
max = 40
label = { en = "Sessions needed", de = "Benötigte Sitzungen" }

[[conditions]]
kind = "sessions"
measure = "sessions"
at_least = { setting = "sessions" }
"""

MEMBER, GROUP, ROLE, SESSIONS, HOURS, VERDICT, MISSING = range(7)


@pytest.fixture
def programme(db, data_dir: Path):
    """Riverside meets weekly from 2 September 2025: Ann came to all 26 meetings before
    today, Ben to the first 9, who both work toward the test rule. Hillside has only its
    leader and no meetings."""
    (data_dir / "rules").mkdir()
    (data_dir / "rules" / "test-ten.toml").write_text(RULE, encoding="utf-8")
    pattern = MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 60, "Library")
    riverside = roster.create_group("Riverside", pattern, FIRST)
    ann = roster.add_member(riverside.id, MemberDraft("Dr Ann Ames", Role.GP, joined=FIRST))
    ben = roster.add_member(riverside.id, MemberDraft("Dr Ben Bell", Role.NURSE, joined=FIRST))
    hillside = roster.create_group("Hillside", pattern, FIRST)
    roster.add_member(hillside.id, MemberDraft("Dr Lee Leader", Role.GP, True, joined=FIRST))
    meetings.ensure_schedule(riverside.id, FIRST, until=TODAY + dt.timedelta(days=30))
    held = list(
        Meeting.select()
        .where(Meeting.group == riverside.id, Meeting.local_date < TODAY)
        .order_by(Meeting.local_date)
    )
    for n, row in enumerate(held):
        for person in (ann, ben) if n < 9 else (ann,):
            meetings.set_attendance(row.id, person.id, AttendanceStatus.PRESENT, today=TODAY)
        meetings.record_meeting(row.id, [], today=TODAY)
    Member.update(working_toward="test-ten").where(Member.group == riverside.id).execute()
    return {"ann": ann, "ben": ben, "held": len(held)}


def column(table, index: int) -> list[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


def row_named(table, name: str) -> int:
    return column(table, MEMBER).index(name)


def make(qtbot, today=TODAY) -> ProgrammeDialog:
    dialog = ProgrammeDialog(None, lambda: today)
    qtbot.addWidget(dialog)
    return dialog


def test_the_groups_and_every_member_against_the_rule(qtbot, programme) -> None:
    dialog = make(qtbot)
    assert dialog.rule_combo.currentData() == "test-ten", "the rule most work toward"
    groups = dialog.groups_table
    assert column(groups, 0) == ["Hillside", "Riverside"]
    riverside = column(groups, 0).index("Riverside")
    assert groups.item(riverside, 4).text() == "Tue 3 Mar 2026, 12:30"
    assert groups.item(column(groups, 0).index("Hillside"), 2).text() == "Dr Lee Leader"
    assert groups.item(column(groups, 0).index("Hillside"), 4).text() == "none planned"

    members = dialog.members_table
    assert column(members, MEMBER) == ["Dr Lee Leader", "Dr Ann Ames", "Dr Ben Bell"]
    ann, ben = row_named(members, "Dr Ann Ames"), row_named(members, "Dr Ben Bell")
    assert members.item(ann, SESSIONS).text() == str(programme["held"]) == "26"
    assert members.item(ann, HOURS).text() == "26.0"
    assert members.item(ben, ROLE).text() == "Nurse"
    # The answer in words, and colour besides.
    assert (members.item(ann, VERDICT).text(), members.item(ann, MISSING).text()) == ("met", "")
    assert members.item(ben, VERDICT).text() == "not yet"
    assert members.item(ben, MISSING).text() == "1 more session to attend"
    assert members.item(ann, VERDICT).foreground().color().name() == MET_COLOUR
    assert members.item(ben, VERDICT).foreground().color().name() == NOT_YET_COLOUR
    assert dialog.summary.text() == "2 groups · 3 members · 1 meet the rule"
    assert members.accessibleName() == "Members, their sessions and hours, and the rule"


def test_members_sort_by_number_not_by_text(qtbot, programme) -> None:
    dialog = make(qtbot)
    members = dialog.members_table
    members.sortByColumn(SESSIONS, Qt.SortOrder.AscendingOrder)
    # As text "26" < "9"; as numbers 0 < 9 < 26.
    assert column(members, SESSIONS) == ["0", "9", "26"]
    members.sortByColumn(VERDICT, Qt.SortOrder.AscendingOrder)
    assert column(members, VERDICT) == ["not yet", "not yet", "met"]


def test_the_period_and_the_rule_rebuild_the_view(qtbot, programme) -> None:
    dialog = make(qtbot)
    dialog.period_fields.set_period(dt.date(2025, 9, 1), dt.date(2025, 9, 30))
    qtbot.waitUntil(lambda: column(dialog.members_table, SESSIONS)[1] == "5")  # Sept: 5
    assert dialog.summary.text() == "2 groups · 3 members · 0 meet the rule"
    index = dialog.rule_combo.findData("uk-core-psychiatry")
    dialog.rule_combo.setCurrentIndex(index)
    assert dialog.programme.rule.id == "uk-core-psychiatry"
    ann = row_named(dialog.members_table, "Dr Ann Ames")
    assert dialog.members_table.item(ann, MISSING).text() == "20 more sessions to attend"


def test_export_csv_writes_the_members(qtbot, programme, tmp_path: Path) -> None:
    dialog = make(qtbot)
    target = tmp_path / "programme.csv"
    suggested = []
    dialog.choose_path = lambda name: suggested.append(name) or target
    assert dialog.save() is True
    assert suggested == ["Programme 2025-03-04 to 2026-03-03.csv"]
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == ",".join(HEADER)
    assert lines[2].startswith("Riverside,Dr Ann Ames,GP,no,no,26,26.0,test-ten,yes,")
    assert dialog.status.text() == f"Saved “programme.csv” (3 members) in {tmp_path}."
    assert not dialog.open_button.isHidden()


def test_a_leader_reads_why_not_and_sees_nothing(qtbot, programme, monkeypatch) -> None:
    from balintdesk.store import programme as store

    monkeypatch.setattr(store, "current_role", lambda: access.Role.LEADER)
    monkeypatch.setattr("balintdesk.ui.records.programme_dialog.is_administrator", lambda: False)
    dialog = make(qtbot)
    assert dialog.summary.text().startswith(
        "Only a programme administrator can see the programme view"
    )
    assert dialog.tables.isHidden() and dialog.choice_row.isHidden()
    assert not dialog.save_button.isEnabled()
    assert dialog.members_table.rowCount() == 0 and dialog.save() is False


def test_in_german(qtbot, programme) -> None:
    i18n_qt.install("de")
    dialog = make(qtbot)
    members = dialog.members_table
    headings = [members.horizontalHeaderItem(i).text() for i in range(members.columnCount())]
    assert headings == [
        "Teilnehmer", "Gruppe", "Beruf", "Sitzungen", "Stunden", "Regel", "Es fehlt noch",
    ]  # fmt: skip
    ben = row_named(members, "Dr Ben Bell")
    assert members.item(ben, VERDICT).text() == "noch nicht"
    assert members.item(row_named(members, "Dr Ann Ames"), HOURS).text() == "26,0"
    assert dialog.summary.text() == "2 Gruppen · 3 Teilnehmer · 1 erfüllen die Regel"
    assert dialog.save_button.text() == "Als CSV exportieren…"


def test_the_records_menu_offers_it_to_an_administrator_only(qtbot, programme, monkeypatch) -> None:
    page = RosterPage(today=lambda: TODAY)
    qtbot.addWidget(page)
    page.set_group(programme["ann"].group_id)
    action = page.records_button.programme_action
    assert action.isVisible() and action.text() == "&Programme…"
    action.trigger()
    assert isinstance(page.active_dialog, ProgrammeDialog)
    page.active_dialog.close()

    monkeypatch.setattr("balintdesk.ui.roster.page.is_administrator", lambda: False)
    page.set_group(programme["ann"].group_id)
    assert not action.isVisible()
