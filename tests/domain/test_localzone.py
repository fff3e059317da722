"""Finding this computer's IANA time zone name, from faked system files."""

from __future__ import annotations

from pathlib import Path

import pytest

from balintdesk.domain.localzone import FALLBACK_ZONE, local_timezone_name


def fake_zoneinfo(tmp_path: Path, zone: str) -> Path:
    """A symlink like /etc/localtime pointing into a zoneinfo tree."""
    target = tmp_path / "usr" / "share" / "zoneinfo" / zone
    target.parent.mkdir(parents=True)
    target.write_bytes(b"TZif")
    link = tmp_path / "localtime"
    try:
        link.symlink_to(target)
    except OSError:  # Windows without developer mode; there is no /etc/localtime there
        pytest.skip("this system cannot make symlinks")
    return link


def test_tz_variable_wins(tmp_path: Path) -> None:
    link = fake_zoneinfo(tmp_path, "Asia/Tokyo")
    assert local_timezone_name({"TZ": "America/New_York"}, link) == "America/New_York"
    assert local_timezone_name({"TZ": ":Europe/Dublin"}, link) == "Europe/Dublin"
    assert local_timezone_name({"TZ": "/usr/share/zoneinfo/Europe/Paris"}, link) == "Europe/Paris"


def test_posix_rule_in_tz_is_skipped(tmp_path: Path) -> None:
    link = fake_zoneinfo(tmp_path, "Asia/Tokyo")
    assert local_timezone_name({"TZ": "GMT0BST,M3.5.0/1,M10.5.0"}, link) == "Asia/Tokyo"


def test_localtime_symlink(tmp_path: Path) -> None:
    link = fake_zoneinfo(tmp_path, "Australia/Sydney")
    assert local_timezone_name({}, link, tmp_path / "none") == "Australia/Sydney"


def test_etc_timezone_file(tmp_path: Path) -> None:
    record = tmp_path / "timezone"
    record.write_text("Europe/Berlin\n", encoding="utf-8")
    assert local_timezone_name({}, tmp_path / "no-link", record) == "Europe/Berlin"


def test_fallback_is_london(tmp_path: Path) -> None:
    record = tmp_path / "timezone"
    record.write_text("Not/AZone\n", encoding="utf-8")
    assert local_timezone_name({"TZ": "Nowhere/Land"}, tmp_path / "no-link", record) == (
        FALLBACK_ZONE
    )
    assert FALLBACK_ZONE == "Europe/London"
