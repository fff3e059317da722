"""The Rota page in German: German headings, buttons and reasons with German dates."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from balintdesk import i18n
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import meetings, roster
from balintdesk.store.models import AttendanceStatus, Meeting

from ._rota_window import TODAY, rota_window

NAMES = ("Dr Ann", "Dr Ben", "Dr Cara")


@pytest.fixture
def german(qapp):
    i18n_qt.install("de")
    yield
    i18n_qt.install(i18n.ENGLISH)


def test_the_rota_page_speaks_german(qtbot, db, data_dir, german, tmp_path: Path) -> None:
    main = rota_window(qtbot, db, data_dir, NAMES)
    page = main.rota_page
    table = page.plan_table
    headings = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headings == ["Datum", "Stellt vor", "Reserve", "Warum"]
    fairness = page.fairness_table
    assert fairness.horizontalHeaderItem(0).text() == "Mitglied"
    # On a narrow window the long headings go on two lines.
    assert fairness.horizontalHeaderItem(3).text().replace("\n", " ") == "Zuletzt vorgestellt"
    assert page.pin_button.text() == "Festlegen"
    assert "ein Fall pro Sitzung" in page.subtitle.text()
    assert table.item(0, 3).text() == "hat noch nicht vorgestellt, dabei seit Januar 2025"
    # Ann presents at the first meeting; a week later her reason has a German date.
    first = Meeting.get(Meeting.local_date == TODAY)
    for member in roster.list_members(first.group_id):
        meetings.set_attendance(first.id, member.id, AttendanceStatus.PRESENT, today=TODAY)
    ann = roster.list_members(first.group_id)[0]
    meetings.record_meeting(first.id, [ann.id], today=TODAY)
    page.today = lambda: TODAY + dt.timedelta(days=7)
    page.refresh()
    reasons = [table.item(row, 3).text() for row in range(table.rowCount())]
    assert "zuletzt vorgestellt am 3. März 2026, seitdem 2 Sitzungen" in reasons, reasons
    if os.environ.get("BALINTDESK_RENDER"):
        main.resize(1280, 720)
        main.grab().save(os.environ["BALINTDESK_RENDER"] + "/rota-de.png")


def test_choose_presenter_lists_names_as_people_file_them(qtbot, db, data_dir) -> None:
    main = rota_window(qtbot, db, data_dir, ["Zoe", "Émile", "Ärzte", "Anna", "Eva"])
    page = main.rota_page
    page.plan_table.selectRow(0)
    page._open_choose()
    combo = page.active_dialog.member_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Anna",
        "Ärzte",
        "Émile",
        "Eva",
        "Zoe",
    ]
    page.active_dialog.reject()


def test_a_pin_refusal_in_german(qtbot, db, data_dir, german) -> None:
    main = rota_window(qtbot, db, data_dir, NAMES)
    page = main.rota_page
    group_id = page.group_id
    leader = roster.add_member(
        group_id, MemberDraft("Dr Lee", Role.GP, True, joined=dt.date(2025, 1, 7))
    )
    from balintdesk.store import rota as rota_service

    first = Meeting.get(Meeting.local_date == TODAY)
    with pytest.raises(roster.ValidationError) as refused:
        rota_service.pin(first.id, leader.id, today=TODAY)
    page._say_errors(refused.value)
    assert page.status_label.text() == (
        "Dr Lee gehört zur Leitung, und die Leitung dieser Gruppe stellt nicht vor."
    )
