"""The sentences about reaching the practice's server (i18n/server_words.py), shared by
the command line and the window: each trouble in German and French, names kept."""

from __future__ import annotations

import pytest

from balintdesk.i18n import server_words, speaking
from balintdesk.store.access import Role
from balintdesk.store.server import ServerTrouble

HOST = "balint-db.example"


@pytest.mark.parametrize("trouble", list(ServerTrouble))
def test_every_trouble_has_its_own_sentence_in_every_language(trouble: ServerTrouble) -> None:
    english = server_words.trouble_sentence(trouble, HOST, "dr.lee")
    others = {t: server_words.trouble_sentence(t, HOST, "dr.lee") for t in ServerTrouble}
    assert list(others.values()).count(english) == 1
    assert HOST in english
    for code in ("de", "fr", "nl", "it"):
        with speaking(code):
            said = server_words.trouble_sentence(trouble, HOST, "dr.lee")
        assert said != english and HOST in said


def test_german_and_french_sentences() -> None:
    with speaking("de"):
        assert server_words.trouble_sentence(ServerTrouble.UNREACHABLE, HOST, "x") == (
            "Der Server balint-db.example ist nicht erreichbar: Prüfen Sie das Netzwerk, "
            "oder fragen Sie die IT, ob der Server läuft."
        )
        assert server_words.connected_sentence(Role.LEADER, 2) == "Verbunden: Sie leiten 2 Gruppen."
        assert "„dr.lee“" in server_words.no_access_sentence("dr.lee")
    with speaking("fr"):
        assert server_words.connected_sentence(Role.LEADER, 1) == (
            "Connecté : vous animez 1 groupe."
        )
        assert "« dr.lee »" in server_words.trouble_sentence(
            ServerTrouble.WRONG_PASSWORD, HOST, "dr.lee"
        )


def test_english_plurals() -> None:
    assert server_words.connected_sentence(Role.LEADER, 1) == "Connected: you lead 1 group."
    assert server_words.connected_sentence(None, 3) == "Connected: 3 groups on this server."
    assert server_words.connected_sentence(Role.ADMINISTRATOR, 0) == (
        "Connected: you are a programme administrator."
    )
