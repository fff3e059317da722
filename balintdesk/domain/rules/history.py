"""One person's history as the rules read it: the held meetings they attended (in which
part, where, how long, under which leader) and the entries of their leader log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

IN_PERSON = "in-person"
ONLINE = "online"

# The person's part in a session: domain.leader_log's MEMBER / LED / CO_LED.
MEMBER = "member"
LED = "led"
CO_LED = "co_led"


@dataclass(frozen=True)
class Session:
    """One held meeting the person was present at."""

    day: dt.date
    minutes: int  # measured by the phase timer, else the planned length
    mode: str | None  # IN_PERSON | ONLINE; None: a hybrid meeting where nobody said
    role: str  # MEMBER | LED | CO_LED
    group: str
    leader: str = ""  # who led the session; "" when not recorded
    leader_recognition: str = ""  # that leader's recognition ("Ärztekammer Nordrhein")
    with_leader: str = ""  # the other leader of a session the person led or co-led
    presented: bool = False


@dataclass(frozen=True)
class Entry:
    """One entry of the person's leader log: supervision, training, society event…"""

    day: dt.date
    kind: str  # domain.leader_log.ENTRY_KINDS
    minutes: int


@dataclass(frozen=True)
class History:
    person: str
    sessions: tuple[Session, ...] = ()
    entries: tuple[Entry, ...] = ()
