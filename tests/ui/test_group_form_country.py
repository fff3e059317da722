"""The group form's country: guessed for a new group from the time zone and language,
shown as stored, named in the user's language, and what the privacy guard follows."""

from __future__ import annotations

import pytest

from balintdesk import i18n
from balintdesk.domain.privacy_country import COUNTRIES, OTHER
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import group_country, roster
from balintdesk.ui.common import group_form
from balintdesk.ui.common.group_form import GroupForm


@pytest.fixture
def german(qapp):
    i18n_qt.install("de")
    yield
    i18n_qt.install(i18n.ENGLISH)


def make(qtbot, monkeypatch, zone: str = "Europe/London") -> GroupForm:
    monkeypatch.setattr(group_form, "system_timezone", lambda: zone)
    form = GroupForm()
    qtbot.addWidget(form)
    return form


def test_every_country_is_offered_other_last(qtbot, monkeypatch) -> None:
    form = make(qtbot, monkeypatch)
    codes = [form.country_combo.itemData(i) for i in range(form.country_combo.count())]
    assert sorted(codes) == sorted(COUNTRIES)
    assert codes[-1] == OTHER
    assert form.country_combo.itemText(codes.index("DE")) == "Germany"


@pytest.mark.parametrize(
    ("zone", "country"),
    [("Europe/London", "GB"), ("Europe/Berlin", "DE"), ("Europe/Amsterdam", "NL")],
)
def test_a_new_group_guesses_from_the_time_zone(qtbot, monkeypatch, zone, country) -> None:
    assert make(qtbot, monkeypatch, zone).country() == country


def test_on_utc_the_language_decides(qtbot, monkeypatch, german) -> None:
    assert make(qtbot, monkeypatch, "Etc/UTC").country() == "DE"


def test_set_and_read_back(qtbot, monkeypatch) -> None:
    form = make(qtbot, monkeypatch)
    form.set_country("IT")
    assert form.country() == "IT" and form.country_combo.currentText() == "Italy"
    form.set_country(OTHER)
    assert form.country() == OTHER and form.country_combo.currentText() == "Another country"
    form.set_country("JP")  # stored by someone, not in the list: shown as it is
    assert form.country() == "JP" and form.country_combo.currentText() == "JP"


def test_choosing_in_the_combo(qtbot, monkeypatch) -> None:
    form = make(qtbot, monkeypatch)
    form.country_combo.setCurrentIndex(form.country_combo.findText("France"))
    assert form.country() == "FR"


def test_in_german_the_form_speaks_german(qtbot, monkeypatch, german) -> None:
    form = make(qtbot, monkeypatch, "Europe/Berlin")
    names = [form.country_combo.itemText(i) for i in range(form.country_combo.count())]
    assert "Deutschland" in names and "Niederlande" in names
    assert names[-1] == "Anderes Land"
    assert names[:-1] == sorted(names[:-1], key=i18n.formats.sort_key)
    assert form.weekday_combo.itemText(0) == "Montag"
    assert form.week_combo.itemText(0) != "The first one in the month"
    assert "Sommerzeit" in form.zone_hint.text()
    assert "Datenschutzprüfung" in form.country_combo.toolTip()


def test_save_country_keeps_it_for_the_group(qtbot, monkeypatch, db) -> None:

    form = make(qtbot, monkeypatch, "Europe/Rome")
    _name, pattern = form.values()
    group = roster.create_group("Gruppo Roma", pattern)
    form.save_country(group.id)
    assert group_country.country_of(group.id) == "IT"
    reloaded = make(qtbot, monkeypatch)
    reloaded.set_country(roster.get_group(group.id).country)
    assert reloaded.country() == "IT"


def test_the_welcome_and_settings_keep_the_groups_country(qtbot, db, data_dir) -> None:
    from balintdesk.ui.settings.page import SettingsPage
    from balintdesk.ui.welcome import WelcomeDialog

    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    welcome.group_form.name_edit.setText("Balintgruppe Mitte")
    welcome.group_form.set_country("DE")
    welcome.start_button.click()
    group = welcome.created_group
    assert group is not None and group_country.country_of(group.id) == "DE"

    page = SettingsPage(db, data_dir)
    qtbot.addWidget(page)
    page.set_group(group.id)
    assert page.group_form.country() == "DE"
    page.group_form.set_country("NL")
    page.save_group()
    assert group_country.country_of(group.id) == "NL"
