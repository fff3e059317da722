"""The zones a group can meet in, said in words, and found from what a person types."""

from __future__ import annotations

from balintdesk.domain.zones import find_zone, is_utc, meeting_zones, zone_offsets


def test_the_list_has_places_and_utc_but_no_legacy_names() -> None:
    zones = meeting_zones()
    assert {"Europe/London", "Europe/Berlin", "America/New_York", "UTC"} <= set(zones)
    assert not {"GB", "US/Eastern", "Etc/GMT+3", "posixrules"} & set(zones)
    assert zones == sorted(zones)
    assert "GB" in meeting_zones(also="GB"), "a group's stored legacy zone stays choosable"


def test_offsets_in_winter_and_in_summer_time() -> None:
    assert zone_offsets("Europe/London", 2026) == ("UTC+0", "UTC+1")
    assert zone_offsets("Europe/Berlin", 2026) == ("UTC+1", "UTC+2")
    assert zone_offsets("America/New_York", 2026) == ("UTC−5", "UTC−4")
    # The southern hemisphere's summer is in January; still "usual" and "summer" time.
    assert zone_offsets("Australia/Sydney", 2026) == ("UTC+10", "UTC+11")
    assert zone_offsets("Asia/Kolkata", 2026) == ("UTC+5:30", None)
    assert zone_offsets("UTC", 2026) == ("UTC+0", None)


def test_plain_utc_is_recognised_under_its_names() -> None:
    assert all(is_utc(name) for name in ("UTC", "Etc/UTC", "Etc/GMT", "Zulu"))
    assert not is_utc("Europe/London"), "London is on UTC in winter only"


def test_what_a_person_types_finds_the_zone() -> None:
    zones = meeting_zones()
    assert find_zone("Europe/London", zones) == "Europe/London"
    assert find_zone("europe/london", zones) == "Europe/London"
    assert find_zone("  london ", zones) == "Europe/London"
    assert find_zone("new york", zones) == "America/New_York"
    assert find_zone("Atlantis", zones) == "Atlantis", "left as typed, for the form to refuse"
