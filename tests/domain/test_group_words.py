"""A group's meeting pattern and its problems as Words, said in each language."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk import i18n
from balintdesk.domain.group import Frequency, MeetingPattern, group_problems


@pytest.fixture
def speak():
    def use(language: str) -> None:
        i18n.use_language(language)

    yield use
    i18n.use_language(i18n.ENGLISH)


def pattern(
    frequency: Frequency, weekday: int = 1, week: int = 1, room: str = ""
) -> MeetingPattern:
    return MeetingPattern(frequency, weekday, week, dt.time(12, 30), 75, room)


@pytest.mark.parametrize(
    ("language", "frequency", "week", "said"),
    [
        ("en", Frequency.FORTNIGHTLY, 1, "Every other Tuesday, 12:30–13:45, Seminar room"),
        ("de", Frequency.FORTNIGHTLY, 1, "Jeden zweiten Dienstag, 12:30–13:45 Uhr, Seminar room"),
        (
            "de",
            Frequency.MONTHLY,
            -1,
            "Monatlich am letzten Dienstag, 12:30–13:45 Uhr, Seminar room",
        ),
        ("fr", Frequency.WEEKLY, 1, "Chaque mardi, 12:30–13:45, Seminar room"),
        ("fr", Frequency.MONTHLY, 2, "Le deuxième mardi du mois, 12:30–13:45, Seminar room"),
        ("nl", Frequency.FORTNIGHTLY, 1, "Om de week op dinsdag, 12:30–13:45, Seminar room"),
        ("it", Frequency.WEEKLY, 1, "Ogni martedì, 12:30–13:45, Seminar room"),
    ],
)
def test_the_pattern_said_in_each_language(speak, language, frequency, week, said) -> None:
    speak(language)
    assert i18n.say(pattern(frequency, week=week, room="Seminar room").describe_words()) == said


def test_english_words_say_what_describe_says(speak) -> None:
    for frequency in Frequency:
        for room in ("", "Library"):
            shown = pattern(frequency, weekday=3, week=-1, room=room)
            assert i18n.say(shown.describe_words()) == shown.describe()


def test_problems_as_words_and_as_english_text(speak) -> None:
    bad = MeetingPattern(Frequency.WEEKLY, 1, 1, dt.time(12, 30), 5, "", "Mars/Olympus")
    english = {k: str(v) for k, v in group_problems("Riverside", bad, {"riverside"}).items()}
    assert english == {
        "name": "There is already a group called “Riverside”; choose another name.",
        "length_minutes": "A meeting should last between 15 minutes and 4 hours.",
        "timezone": "“Mars/Olympus” is not a time zone this computer knows.",
    }
    speak("de")
    said = {k: i18n.say(v) for k, v in group_problems("Riverside", bad, {"riverside"}).items()}
    assert (
        said["name"]
        == "Es gibt schon eine Gruppe namens „Riverside“; wählen Sie einen anderen Namen."
    )
    assert said["length_minutes"] == "Eine Sitzung dauert zwischen 15 Minuten und 4 Stunden."
