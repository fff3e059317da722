"""The calendar event's words as values, said in the user's language; the English ones
(`summary_of`, `event_description`) stay as the calendar file has always written them."""

from __future__ import annotations

import datetime as dt

from balintdesk.domain.rota_sheet import (
    FeedEvent,
    description_words,
    event_description,
    summary_of,
    summary_words,
)
from tests.i18n_helpers import english, said  # noqa: F401 (english: autouse)

START = dt.datetime(2026, 3, 3, 12, 30, tzinfo=dt.UTC)


def event(**changes) -> FeedEvent:
    fields = dict(
        uid="u", start=START, end=START + dt.timedelta(hours=1), room="Library",
        presenters=("Dr Ann", "Dr Ben"), reserve="Dr Cara", cancelled=False,
        cancel_reason="", sequence=0, last_modified=START,
    )  # fmt: skip
    fields.update(changes)
    return FeedEvent(**fields)


def test_the_description_in_english_is_unchanged() -> None:
    for item in (event(), event(presenters=("Dr Ann",)), event(presenters=(), reserve="")):
        assert "\n".join(said(w) for w in description_words(item)) == event_description(item)
    gone = event(cancelled=True, cancel_reason="Bank holiday")
    assert said(description_words(gone)[0]) == event_description(gone)
    assert said(summary_words("Riverside")) == summary_of("Riverside")


def test_the_description_in_german_and_french() -> None:
    lines = description_words(event())
    assert [said(w, "de") for w in lines] == [
        "Referent/innen: Dr Ann und Dr Ben",
        "Reserve: Dr Cara",
        "Aus dem Plan in BalintDesk; der Plan kann sich ändern.",
    ]
    assert said(lines[0], "fr") == "Rapporteurs : Dr Ann et Dr Ben"
    assert said(summary_words("Riverside"), "it") == "Riverside — gruppo Balint"
