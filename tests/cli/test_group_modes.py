"""`group set --mode` and `--event-number`: the group's usual mode (planned meetings
follow) and its CME event number (VNR), and the summary that says both."""

from __future__ import annotations

from pathlib import Path

import pytest

from balintdesk import app, i18n
from balintdesk.i18n.choice import LANGUAGE_ENV
from balintdesk.store.models import Group, Meeting, MeetingStatus

from ._cli_helpers import balintdesk, opened
from .test_meetings import TODAY, set_group

VNR = "2760909012345670001"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def planned_modes() -> set[str]:
    query = Meeting.select().where(
        (Meeting.status == MeetingStatus.PLANNED) & (Meeting.local_date >= TODAY)
    )
    return {meeting.mode for meeting in query}


def test_mode_and_event_number_set_shown_and_cleared(data_dir: Path, capsys) -> None:
    assert set_group(data_dir) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2] == "Meets in person."
    assert not any("VNR" in line for line in out)
    with opened(data_dir):
        assert planned_modes() == {"in-person"}
    group = ("group", "set", "--group", "Thursday Balint")
    assert (
        balintdesk(
            data_dir, *group, "--mode", "Hybrid", "--event-number", "2760 9090 1234 5670 001"
        )
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[2:4] == [
        "Meets hybrid: some in the room, some online.",
        f"Event number (VNR): {VNR}.",
    ]
    with opened(data_dir):
        assert (Group.get().meeting_mode, Group.get().event_number) == ("hybrid", VNR)
        assert planned_modes() == {"hybrid"}  # the planned meetings followed
    assert balintdesk(data_dir, *group, "--mode", "online", "--event-number", "") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2] == "Meets online." and not any("VNR" in line for line in out)
    with opened(data_dir):
        assert (Group.get().meeting_mode, Group.get().event_number) == ("online", "")
        assert planned_modes() == {"online"}


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--mode", "video", "“video” is not a way of meeting; write in-person, online or hybrid."),
        ("--event-number", "12345", "The event number (VNR) has 19 digits; this one has 5."),
    ],
)
def test_a_bad_value_is_one_sentence_and_changes_nothing(
    data_dir: Path, capsys, option: str, value: str, said: str
) -> None:
    assert set_group(data_dir, "--event-number", VNR) == 0
    capsys.readouterr()
    code = balintdesk(
        data_dir, "group", "set", "--group", "Thursday Balint", "--room", "Attic", option, value
    )
    assert code == 1  # EXIT_PROBLEMS, as for any refused value
    assert capsys.readouterr().err.strip().endswith(said)
    with opened(data_dir):
        group = Group.get()
        assert (group.meeting_mode, group.event_number, group.room) == ("in-person", VNR, "")


def test_a_new_group_can_start_online_in_german(data_dir: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    try:
        code = app.main(["--data-dir", str(data_dir), "--language", "de", "group", "set",
                         "--group", "Donnerstag", "--every", "weekly", "--weekday", "thu",
                         "--time", "19:00", "--length", "90", "--mode", "online",
                         "--event-number", VNR])  # fmt: skip
    finally:
        i18n.use_language(i18n.ENGLISH)
    assert code == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2:4] == ["Trifft sich online.", f"Veranstaltungsnummer (VNR): {VNR}."]
    with opened(data_dir):
        assert planned_modes() == {"online"}
