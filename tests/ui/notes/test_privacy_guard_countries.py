"""The privacy guard beside the note editor follows the group's country and explains what
it found in the user's language: a German note with a valid KVNR is flagged with a German
explanation, one with a wrong check digit is not."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from balintdesk import i18n
from balintdesk.domain.group import MeetingPattern
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import group_country, roster, settings
from balintdesk.ui.notes.privacy_guard import PrivacyHighlighter, PrivacyPanel


@pytest.fixture
def language(qapp):
    def use(code: str) -> None:
        i18n_qt.install(code)

    yield use
    i18n_qt.install(i18n.ENGLISH)


def panel_on(qtbot, text: str, country: str | None) -> PrivacyPanel:
    panel = PrivacyPanel(country=country)
    qtbot.addWidget(panel)
    document = QTextDocument(text)
    panel.watch(document)
    panel._test_document = document  # kept alive with the panel
    return panel


def test_a_german_note_with_a_valid_kvnr_is_explained_in_german(qtbot, language) -> None:
    language("de")
    panel = panel_on(qtbot, "Frau K., Versichertennummer A123456780, kam spät.", "DE")
    assert panel.count == 1
    text = panel.findings_label.text()
    assert "Bitte prüfen" in text or "bitte prüfen" in text
    assert "Krankenversichertennummer (KVNR)" in text
    assert "ein Buchstabe und neun Ziffern mit gültiger Prüfziffer" in text
    assert "Reflexionsnotiz" in panel.guidance_label.text()
    assert "GMC" not in panel.guidance_label.text()  # the UK's guidance is for GB groups


def test_a_kvnr_with_a_wrong_check_digit_is_not_flagged(qtbot, language) -> None:
    language("de")
    panel = panel_on(qtbot, "Versichertennummer A123456781, kam spät.", "DE")
    assert panel.count == 0
    assert panel.findings_label.text() == "Nichts, was auf einen Patienten hinweist."


@pytest.mark.parametrize(
    ("country", "code", "note", "words"),
    [
        ("FR", "fr", "NIR 1 84 12 76 451 089 46, vu hier.", "numéro de sécurité sociale"),
        ("NL", "nl", "BSN 111222333, gisteren gezien.", "elfproef"),
        ("IT", "it", "CF RSSMRA85T10A562S, visto ieri.", "carattere di controllo"),
        ("GB", "en", "NHS 943 476 5919, seen yesterday.", "pass the NHS check"),
    ],
)
def test_each_country_in_its_language(qtbot, language, country, code, note, words) -> None:
    language(code)
    panel = panel_on(qtbot, note, country)
    assert panel.count == 1
    assert words in panel.findings_label.text()


def test_a_group_in_another_country_gets_every_countrys_rules(qtbot) -> None:
    note = "KVNR A123456780, BSN 111222333, NHS 943 476 5919"
    assert panel_on(qtbot, note, "BE").count == 3
    assert panel_on(qtbot, note, "DE").count == 1
    assert panel_on(qtbot, note, "GB").count == 1


def test_set_country_rescans_and_changes_the_guidance(qtbot) -> None:
    panel = panel_on(qtbot, "KVNR A123456780", "GB")
    assert panel.count == 0 and "GMC" in panel.guidance_label.text()
    panel.set_country("DE")
    assert panel.count == 1 and "GMC" not in panel.guidance_label.text()


def test_the_guard_follows_the_current_groups_country(qtbot, db) -> None:
    group = roster.create_group("Gruppe Nord", MeetingPattern(timezone="Europe/Berlin"))
    group_country.set_country(group.id, "DE")
    settings.set_setting(settings.CURRENT_GROUP, str(group.id))
    document = QTextDocument("KVNR A123456780")
    highlighter = PrivacyHighlighter(document)
    panel = PrivacyPanel()
    qtbot.addWidget(panel)
    panel.watch(document)
    assert highlighter.country == "DE" and panel.country == "DE"
    assert panel.count == 1


def test_the_highlighter_underlines_by_country(qtbot) -> None:
    document = QTextDocument("KVNR A123456780")
    highlighter = PrivacyHighlighter(document, country="GB")

    def underlined() -> bool:
        layout = document.firstBlock().layout()
        return any(
            r.format.fontUnderline() or r.format.underlineStyle().value for r in layout.formats()
        )

    assert not underlined()
    highlighter.set_country("DE")
    assert underlined()
