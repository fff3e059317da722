"""The Roster page in German: headings, buttons, role names and dates; names filed as
people expect them in every language (Ä beside A, É beside E)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from balintdesk import i18n
from balintdesk.domain.roster import MemberDraft, Role
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import roster
from balintdesk.ui.roster.member_dialog import MemberDialog
from balintdesk.ui.roster.model import RosterModel
from balintdesk.ui.roster.page import RosterPage

from ...conftest import pattern_without_a_meeting_today

ORDER = ["Anna", "Ärzte", "Émile", "Eva", "Zoe"]


@pytest.fixture
def german(qapp):
    i18n_qt.install("de")
    yield
    i18n_qt.install(i18n.ENGLISH)


def group_of(names: list[str], **draft) -> int:
    group = roster.create_group("Riverside", pattern_without_a_meeting_today())
    for name in names:
        roster.add_member(group.id, MemberDraft(name, joined=dt.date(2025, 3, 14), **draft))
    return group.id


def shown_names(page: RosterPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, RosterModel.NAME).data() for row in range(proxy.rowCount())]


def test_the_roster_page_speaks_german(qtbot, db, data_dir, german) -> None:
    group_id = group_of(["Dr Anna Müller"], role=Role.GP, is_leader=True)
    roster.add_member(group_id, MemberDraft("Dr Ben Kraus", Role.NURSE, joined=dt.date(2024, 9, 3)))
    page = RosterPage()
    qtbot.addWidget(page)
    page.set_group(group_id)
    model = page.table.model()
    headings = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert headings == [
        "Name", "Rolle", "Leitung", "E-Mail", "Beitritt", "Vorstellen ab", "Status",
    ]  # fmt: skip
    assert page.title.text() == "Teilnehmerliste"
    assert page.subtitle.text() == "Riverside · 2 aktive Mitglieder, 1 in der Leitung"
    assert page.add_button.text() == "Mitglied hinzufügen"
    rows = {
        model.index(r, RosterModel.NAME).data(): [
            model.index(r, c).data() for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    }
    assert rows["Dr Anna Müller"][1:5] == ["Allgemeinmedizin", "Leitung", "", "14. März 2025"]
    assert rows["Dr Ben Kraus"][1] == "Pflegefachkraft"
    assert rows["Dr Ben Kraus"][4] == "3. September 2024"
    assert rows["Dr Ben Kraus"][6] == "Aktiv"


def test_names_are_filed_as_people_expect(qtbot, db, data_dir) -> None:
    group_id = group_of(["Zoe", "Émile", "Ärzte", "Anna", "Eva"])
    page = RosterPage()
    qtbot.addWidget(page)
    page.set_group(group_id)
    assert shown_names(page) == ORDER
    page.sort_combo.setCurrentIndex(1)  # Name, Z to A
    assert shown_names(page) == ORDER[::-1]
    listed = roster.list_members(group_id, order=i18n.formats.sort_key)
    assert [m.name for m in listed] == ORDER


def test_the_member_dialog_in_german_with_a_german_sentence(qtbot, db, data_dir, german) -> None:
    group_id = group_of(["Dr Anna Müller"])
    dialog = MemberDialog(group_id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Mitglied hinzufügen"
    roles = [dialog.role_combo.itemText(i) for i in range(dialog.role_combo.count())]
    assert roles[:3] == ["Allgemeinmedizin", "Arzt in Weiterbildung", "Pflegefachkraft"]
    dialog.name_edit.setText("dr anna müller")
    dialog._save()
    assert dialog.saved_member is None
    error = dialog.fields["name"].error.text()
    assert error.startswith("In dieser Gruppe heißt bereits jemand „Dr Anna Müller“."), error
