"""One way to show what the domain and the store hand back (`i18n.shown`,
`i18n.sentences`), and the store's refusals that used to be English text: a break, the
first meeting's date, the rota's options, a group's problems, an encoding's name and a
quoted text cut short, said in German and French and still English for logs."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk import i18n
from balintdesk.domain.csv_read import WINDOWS_1252, CsvText, Encoding
from balintdesk.domain.group import MeetingPattern
from balintdesk.domain.names import shown as quoted
from balintdesk.domain.records import Sentence
from balintdesk.domain.words import Words, WordsError
from balintdesk.store import breaks, meetings, roster, schedule
from balintdesk.store.roster import ValidationError

TODAY = dt.date(2026, 3, 3)


@pytest.fixture
def language():
    yield i18n.use_language
    i18n.use_language(i18n.ENGLISH)


@pytest.fixture
def group(db) -> int:
    return roster.create_group("Riverside", MeetingPattern(weekday=1), TODAY).id


def refusal(action) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        action()
    return caught.value


def test_shown_takes_words_what_carries_them_and_plain_text(language) -> None:
    language("de")
    cancel = Words("forms", "Cancel")
    assert i18n.shown(cancel) == "Abbrechen"
    assert i18n.shown(WordsError(cancel)) == "Abbrechen"
    assert i18n.shown(Sentence(cancel)) == "Abbrechen", "a record's sentence by its words"
    assert i18n.shown("Dr Anna Berg") == "Dr Anna Berg"
    assert i18n.shown(None) == ""
    refused = ValidationError({"name": cancel, "note": "typed"})
    assert i18n.sentences(refused) == {"name": "Abbrechen", "note": "typed"}
    assert refused.errors == {"name": "Cancel", "note": "typed"}, "English for the logs"
    assert i18n.sentences(ValueError("plain")) == {"": "plain"}


def test_a_break_refused_in_german_and_english(group, language) -> None:
    backwards = refusal(lambda: breaks.add_break(group, TODAY, TODAY - dt.timedelta(days=1)))
    assert "ends before it starts" in backwards.errors["last_date"]
    language("de")
    said = i18n.sentences(backwards)
    assert said["last_date"].startswith("Die Pause endet, bevor sie beginnt")
    breaks.add_break(group, dt.date(2026, 4, 1), dt.date(2026, 4, 14), "Ostern")
    overlap = refusal(lambda: breaks.add_break(group, dt.date(2026, 4, 10), dt.date(2026, 4, 20)))
    assert i18n.sentences(overlap)["first_date"] == (
        "Das überschneidet sich mit „Ostern“ (01.04.2026 bis 14.04.2026); "
        "ändern Sie stattdessen diese Pause."
    )
    assert "(01/04/2026 to 14/04/2026)" in overlap.errors["first_date"], "English as before"


def test_the_first_date_and_the_rota_options_refused_in_french(group, language) -> None:
    language("fr")
    early = refusal(lambda: schedule.set_first_date(group, dt.date(1900, 1, 1), TODAY))
    assert i18n.sentences(early)["first_date"].startswith("La première séance doit")
    options = refusal(lambda: meetings.set_rota_options(group, 3, False))
    assert i18n.sentences(options) == {
        "presenters_per_meeting": "Une séance peut avoir un ou deux rapporteurs."
    }
    assert "one or two" in options.errors["presenters_per_meeting"]


def test_a_groups_problems_on_update_are_words(group, language) -> None:
    roster.create_group("Hillside", MeetingPattern(weekday=2), TODAY)
    taken = refusal(lambda: schedule.update_group(group, "hillside", MeetingPattern(weekday=1)))
    assert "already a group called" in taken.errors["name"]
    language("de")
    assert i18n.sentences(taken)["name"].startswith("Es gibt schon eine Gruppe namens „hillside“")


def test_encoding_names_and_a_long_quote_in_german(language) -> None:
    language("de")
    described = CsvText("", WINDOWS_1252, ";").described()
    assert i18n.shown(described).startswith("Windows-1252 (älteres Excel-„CSV“)")
    assert i18n.shown(Encoding("koi8_r", "KOI8-R").words) == "KOI8-R", "as the user named it"
    long = quoted("x" * 10_002)
    assert i18n.shown(long).endswith("… (10.002 Zeichen)")
    assert str(long).endswith("… (10,002 characters)"), "English for logs and tests"
    assert quoted("short") == "short"


@pytest.mark.parametrize("code", ["de", "fr", "nl", "it"])
def test_a_role_refused_lists_the_roles_in_the_language_and_each_is_read_back(code) -> None:
    from balintdesk.domain.roster import ROLE_WORDS, parse_role

    with pytest.raises(WordsError) as caught:
        parse_role("Psychiatrist")
    assert "use one of: GP, GP trainee, Nurse" in str(caught.value), "English for logs"
    i18n.use_language(code)
    try:
        said = i18n.shown(caught.value)
        for role, words in ROLE_WORDS.items():
            name = i18n.say(words)
            assert name in said
            assert parse_role(name) is role, "the name the sentence offers is accepted"
    finally:
        i18n.use_language(i18n.ENGLISH)
