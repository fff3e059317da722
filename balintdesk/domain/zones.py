"""The time zones a group can meet in, and a zone said in words ("UTC+0, UTC+1 in summer
time"), for the group form: a meeting-room PC set to UTC would otherwise put every summer
meeting an hour out in the calendar file, and nobody would see why.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

# The IANA database's geographic areas (the tz database's "zone1970.tab" names all begin
# with one of these). Left out: the legacy links ("US/Eastern", "GB"), "Etc/GMT+3"-style
# fixed offsets (whose sign is the reverse of what people expect) and "posixrules".
_AREAS = (
    "Africa",
    "America",
    "Antarctica",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)
# Names under which a computer says "no zone, just UTC".
_UTC_NAMES = frozenset(
    {
        "UTC",
        "UCT",
        "GMT",
        "GMT0",
        "Greenwich",
        "Universal",
        "Zulu",
        "Etc/UTC",
        "Etc/UCT",
        "Etc/GMT",
        "Etc/GMT0",
        "Etc/GMT+0",
        "Etc/GMT-0",
        "Etc/Greenwich",
        "Etc/Universal",
        "Etc/Zulu",
    }
)


def meeting_zones(also: str = "") -> list[str]:
    """Every place-named zone this computer knows, sorted, plus UTC and `also` (a group's
    stored zone, which is kept even if it is a legacy name)."""
    names = {name for name in zoneinfo.available_timezones() if name.split("/")[0] in _AREAS}
    names.add("UTC")
    if also:
        names.add(also)
    return sorted(names)


def is_utc(name: str) -> bool:
    """Whether `name` is plain UTC: no summer time, wherever the group meets."""
    return name in _UTC_NAMES


def _offset(delta: dt.timedelta | None) -> str:
    minutes = round((delta or dt.timedelta()).total_seconds() / 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_offsets(name: str, year: int) -> tuple[str, str | None]:
    """The zone's usual offset and, if it has one, its summer-time offset in `year`, e.g.
    ("UTC+0", "UTC+1") for Europe/London, ("UTC+5:30", None) for Asia/Kolkata."""
    zone = zoneinfo.ZoneInfo(name)
    standard: str | None = None
    summer: str | None = None
    for month in range(1, 13):
        moment = dt.datetime(year, month, 15, 12, tzinfo=zone)
        if moment.dst():
            summer = summer or _offset(moment.utcoffset())
        else:
            standard = standard or _offset(moment.utcoffset())
    return standard or summer or "UTC+0", summer if standard else None


def find_zone(text: str, known: list[str]) -> str:
    """The zone in `known` that `text` names: itself, the same name in other letters'
    case, or the only zone whose city it is ("london" → Europe/London,
    "new york" → America/New_York). Otherwise `text` as typed, for validation to refuse."""
    typed = text.strip()
    if typed in known:
        return typed
    folded = typed.casefold().replace(" ", "_")
    same = [name for name in known if name.casefold() == folded]
    cities = [name for name in known if name.rsplit("/", 1)[-1].casefold() == folded]
    for found in (same, cities):
        if len(found) == 1:
            return found[0]
    return typed
