"""The rules' lines in the user's language: German and French through i18n.say, with the
locale's decimal comma, dates and plural forms; a file's problem said in German too."""

from __future__ import annotations

from pathlib import Path

from balintdesk import i18n
from balintdesk.domain.rules import load_rules
from tests.domain.rules._histories import lines, missing, online, run, sessions

BASIC = "de-psychosomatic-basic-care"


def test_german_lines_of_the_basic_care_rule():
    i18n.use_language("de")
    attended = online(sessions(13, minutes=60), -1) + sessions(
        2, start=sessions(14)[-1].day, recognition=""
    )
    done = run(BASIC, attended[:13])
    assert lines(done) == {
        "recognised_leader": "13 Sitzungen unter anerkannter Leitung",
        "sessions": "8,6 von 15 Doppelstunden",
        "in_person": "16 in Präsenz von 15 nötigen Unterrichtsstunden",
        "first_last_in_person": "die letzte Sitzung am 24. Juni 2026 war online",
        "span": "5 von 6 Monaten von der ersten bis zur letzten Sitzung",
    }
    assert missing(done) == {
        "sessions": "noch 7 Doppelstunden",
        "first_last_in_person": "die letzte Sitzung muss in Präsenz stattfinden",
        "span": "eine Sitzung am 7. Juli 2026 oder später",
    }
    left_out = run(BASIC, attended)
    assert lines(left_out)["recognised_leader"] == (
        "13 Sitzungen unter anerkannter Leitung; "
        "2 nicht gezählt: keine Anerkennung der Leitung erfasst"
    )


def test_german_singular_and_leader_lines():
    i18n.use_language("de")
    done = run("uk-core-psychiatry", sessions(29, every=7), settings={"attendances": 30})
    assert lines(done) == {"sessions": "29 von 30 Sitzungen besucht"}
    assert missing(done) == {"sessions": "noch 1 Sitzung zu besuchen"}


def test_french_lines():
    i18n.use_language("fr")
    done = run(
        BASIC, online(sessions(14, minutes=100), 0), settings={"in_person_teaching_hours": 30}
    )
    assert lines(done)["sessions"] == (
        "15,4 sur 15 séances doubles ; 1 séance en ligne comptée pour 90 minutes"
    )
    assert (
        lines(done)["first_last_in_person"]
        == "la première séance, le 7 janvier 2026, était en ligne"
    )
    assert (
        missing(done)["first_last_in_person"] == "la première séance doit avoir lieu en présentiel"
    )
    assert (
        lines(done)["in_person"] == "28,8 en présentiel sur les 30 heures d'enseignement requises"
    )
    assert missing(done)["in_person"] == "encore 2 heures d'enseignement en présentiel"


def test_a_files_problem_in_german(tmp_path: Path):
    (tmp_path / "ours.toml").write_text('[title]\nen = "Ours"\n[[conditions]]\nkind = "moon"\n')
    i18n.use_language("de")
    [problem] = load_rules([tmp_path]).problems
    assert i18n.say(problem.words) == "Bedingung 1 hat eine unbekannte Art „moon“."
