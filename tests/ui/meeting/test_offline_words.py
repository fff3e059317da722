"""The sentences of a meeting kept offline, in the user's language (no server needed)."""

from __future__ import annotations

import pytest

from balintdesk import i18n
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store.outbox import Kind
from balintdesk.store.outbox_send import Conflict, Why
from balintdesk.store.roster import ValidationError
from balintdesk.ui.common.offline_banner import OfflineBanner
from balintdesk.ui.common.offline_words import conflict_text

CHANGED = Conflict(Kind.MARK, Why.CHANGED, 1, "Dr Ann", "absent", "present")
TAKEN_BACK = Conflict(Kind.MARK, Why.CHANGED, 1, "Dr Ben", "", "present")


@pytest.fixture
def language(qapp):
    yield lambda code: i18n_qt.install(code)
    i18n_qt.install(i18n.ENGLISH)


def test_conflicts_in_english(language):
    language(i18n.ENGLISH)
    assert conflict_text(CHANGED) == (
        "Dr Ann's mark was changed on another computer to “Absent” meanwhile; that one is kept."
    )
    assert conflict_text(TAKEN_BACK).startswith("Dr Ben's mark was taken back")
    assert conflict_text(Conflict(Kind.RECORD, Why.RECORDED, 1)).startswith(
        "The meeting was recorded on another computer"
    )


def test_conflicts_in_german_and_french(language):
    language("de")
    assert conflict_text(CHANGED) == (
        "Die Angabe zu Dr Ann wurde inzwischen an einem anderen Computer auf „Abwesend“ "
        "geändert; diese bleibt bestehen."
    )
    assert "abgesagt" in conflict_text(Conflict(Kind.MARK, Why.CANCELLED, 1))
    refused = Conflict(Kind.RECORD, Why.REFUSED, 1, error=ValidationError({"x": "Nope."}))
    assert conflict_text(refused).startswith("Das hier Gespeicherte konnte nicht übernommen")
    language("fr")
    assert conflict_text(CHANGED) == (
        "Entre-temps, la présence de Dr Ann a été changée en « Absent » sur un autre "
        "ordinateur ; c’est celle-ci qui est conservée."
    )


def test_the_banner_in_german_counts_what_waits(qtbot, language):
    language("de")

    class Waiting:  # a keeper with two changes waiting and the server reachable
        offline = False
        changed = said = None

        def waiting(self) -> int:
            return 2

    banner = OfflineBanner([])
    qtbot.addWidget(banner)
    banner._watched = Waiting()
    banner.update_state()
    assert not banner.isHidden()
    assert (
        banner.text.text() == "2 auf diesem Computer gespeicherte Änderungen warten auf das Senden."
    )
    assert banner.try_button.text() == "Erneut versuchen"
    assert banner.try_button.accessibleName() == "Gemeinsame Datenbank erneut versuchen"
