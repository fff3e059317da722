"""The IANA name of this computer's time zone ("Europe/London"), for a new group's default.

`zoneinfo` can load a zone but not tell which one the system uses, and `time.tzname`
gives only abbreviations ("GMT", "BST") that cannot be stored. Looked up without Qt so
the command line can use it; the places it reads are parameters so tests can fake them.
"""

from __future__ import annotations

import contextlib
import os
import zoneinfo
from collections.abc import Mapping
from pathlib import Path

FALLBACK_ZONE = "Europe/London"  # BalintDesk's home: UK general practice


def is_known_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _zone_from_path(path: str) -> str | None:
    # Both /usr/share/zoneinfo/Europe/London and macOS's
    # /var/db/timezone/zoneinfo/Europe/London end in the zone's name after "zoneinfo/".
    marker = "zoneinfo/"
    index = path.replace(os.sep, "/").rfind(marker)
    return path.replace(os.sep, "/")[index + len(marker) :] if index >= 0 else None


def _candidates(environ: Mapping[str, str], localtime: Path, timezone_file: Path) -> list[str]:
    found = []
    tz = environ.get("TZ", "").strip().removeprefix(":")
    if tz:
        # TZ may name a zone, or a zone file by path; a POSIX rule ("GMT0BST,M3.5.0/1,…")
        # is neither and is skipped, as it has no IANA name.
        found.append(_zone_from_path(tz) if tz.startswith("/") else tz)
    with contextlib.suppress(OSError):
        if localtime.is_symlink():
            found.append(_zone_from_path(os.path.realpath(localtime)))
    with contextlib.suppress(OSError, UnicodeDecodeError):
        found.append(timezone_file.read_text(encoding="utf-8").strip())  # Debian's record
    return [name for name in found if name]


def local_timezone_name(
    environ: Mapping[str, str] | None = None,
    localtime: Path = Path("/etc/localtime"),
    timezone_file: Path = Path("/etc/timezone"),
) -> str:
    """$TZ, then where /etc/localtime points, then /etc/timezone, else Europe/London.

    On Windows none of these usually exist, so the answer is the fallback.
    """
    environ = os.environ if environ is None else environ
    for name in _candidates(environ, localtime, timezone_file):
        if is_known_zone(name):
            return name
    return FALLBACK_ZONE
