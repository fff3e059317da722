"""A leader's log for accreditation, as plain values: the sessions they attended, led and
co-led, the entries they added by hand (supervision, training weekends, society events),
and the hours in each.

National Balint societies ask leaders to keep such a record (the UK Balint Society: "a
record … of Balint groups you attend, those you lead, and Balint Society events"). The
store fills a `LeaderLog` from the meeting records; the exports print it.

Also the rules a hand-made entry must keep. Its note lives in the shared database, which
never holds a patient's details, so the privacy guard reads it first.

No Qt, no peewee.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from balintdesk.domain.privacy import find_identifiers
from balintdesk.domain.privacy_words import KIND_LABELS, TITLE_NAME

# Kinds of hand-made entry: the values of store.models.LeaderLogEntryKind (a test keeps
# the two in step; the domain may not import the store).
SUPERVISION = "supervision"
TRAINING = "training"
SOCIETY_EVENT = "society_event"
OTHER = "other"
ENTRY_KINDS = (SUPERVISION, TRAINING, SOCIETY_EVENT, OTHER)
ENTRY_KIND_LABELS: dict[str, str] = {
    SUPERVISION: "Supervision",
    TRAINING: "Training",
    SOCIETY_EVENT: "Society event",
    OTHER: "Other",
}

# The leader's part in a group session.
MEMBER = "member"
LED = "led"
CO_LED = "co_led"
SESSION_ROLES = (MEMBER, LED, CO_LED)
SESSION_ROLE_LABELS: dict[str, str] = {
    MEMBER: "Attended as a member",
    LED: "Led",
    CO_LED: "Co-led",
}

# Under a "Role" heading the short words say it; the summary spells them out.
SESSION_ROLE_SHORT: dict[str, str] = {MEMBER: "Member", LED: "Led", CO_LED: "Co-led"}

# Every line of the summary, in the order it is printed.
CATEGORIES = (*SESSION_ROLES, *ENTRY_KINDS)
CATEGORY_LABELS: dict[str, str] = {
    MEMBER: "Attended as a member",
    LED: "Led",
    CO_LED: "Co-led",
    SUPERVISION: "Supervision",
    TRAINING: "Training",
    SOCIETY_EVENT: "Society events",
    OTHER: "Other",
}

NOTE_MAX_LENGTH = 200
MAX_MINUTES = 24 * 60
EARLIEST_DAY = dt.date(1950, 1, 1)  # Balint groups began in the 1950s


@dataclass(frozen=True)
class LoggedSession:
    """One held meeting of a group the leader was at, and their part in it.

    `with_leader` is the other leader of the session (the co-leader of a session they
    led, the leader of one they co-led); "" when there was none or they attended as a
    member. `minutes`: the length the phase timer measured, else the planned length.
    """

    meeting_id: int
    day: dt.date
    group: str
    role: str  # MEMBER | LED | CO_LED
    with_leader: str
    minutes: int
    measured: bool  # True when `minutes` came from the phase timer

    @property
    def role_label(self) -> str:
        return SESSION_ROLE_LABELS[self.role]

    @property
    def role_short(self) -> str:
        return SESSION_ROLE_SHORT[self.role]


@dataclass(frozen=True)
class LoggedEntry:
    """One entry the leader added by hand."""

    entry_id: int
    day: dt.date
    kind: str  # one of ENTRY_KINDS
    minutes: int
    note: str

    @property
    def kind_label(self) -> str:
        return ENTRY_KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class LeaderLog:
    """The log of one member (a member row belongs to one group) over a period."""

    member_id: int
    leader: str
    group: str
    start: dt.date
    end: dt.date
    sessions: tuple[LoggedSession, ...] = ()
    entries: tuple[LoggedEntry, ...] = ()

    def minutes_by_category(self) -> dict[str, int]:
        """{category: minutes} for every one of CATEGORIES, in their order, zeros too."""
        totals = dict.fromkeys(CATEGORIES, 0)
        for session in self.sessions:
            totals[session.role] += session.minutes
        for entry in self.entries:
            totals[entry.kind if entry.kind in totals else OTHER] += entry.minutes
        return totals

    def count_by_category(self) -> dict[str, int]:
        counts = dict.fromkeys(CATEGORIES, 0)
        for session in self.sessions:
            counts[session.role] += 1
        for entry in self.entries:
            counts[entry.kind if entry.kind in counts else OTHER] += 1
        return counts

    @property
    def total_minutes(self) -> int:
        return sum(self.minutes_by_category().values())


def hours(minutes: int) -> str:
    """Minutes as decimal hours, as accreditation forms ask: "1.25", "1.5", "2", "0.83"
    (to two places, no trailing zeros)."""
    text = f"{minutes / 60:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def minutes_from_hours(value: float) -> int:
    """Hours as typed (1.5) as whole minutes (90)."""
    return round(value * 60)


def clean_note(note: str) -> str:
    """One line, single spaces: a note is a label, not a paragraph."""
    return " ".join(note.split())


def validate_entry(
    day: dt.date | None, kind: str, minutes: int, note: str, today: dt.date
) -> dict[str, str]:
    """Sentences per field ("day", "kind", "minutes", "note") for what is wrong; empty
    when the entry may be saved. `note` is judged as clean_note() leaves it."""
    errors: dict[str, str] = {}
    if not isinstance(day, dt.date):
        errors["day"] = "Give the date it took place."
    elif day > today:
        errors["day"] = "That date is still to come; add the entry once it has taken place."
    elif day < EARLIEST_DAY:
        errors["day"] = f"Give a date from {EARLIEST_DAY.year} on."
    if kind not in ENTRY_KINDS:
        choices = ", ".join(label.lower() for label in ENTRY_KIND_LABELS.values())
        errors["kind"] = f"Choose what it was: {choices}."
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 1:
        errors["minutes"] = "Give how long it took: at least a minute."
    elif minutes > MAX_MINUTES:
        errors["minutes"] = "One entry can be at most 24 hours; add each day on its own."
    text = clean_note(note)
    if len(text) > NOTE_MAX_LENGTH:
        errors["note"] = f"Keep the note to {NOTE_MAX_LENGTH} characters; it has {len(text)}."
    else:
        problem = note_identifier_problem(text, today)
        if problem:
            errors["note"] = problem
    return errors


def _in_sentence(label: str) -> str:
    """ "Postcode" → "postcode", but "NHS number" stays."""
    return label if label[:2].isupper() else label[:1].lower() + label[1:]


def note_identifier_problem(note: str, today: dt.date) -> str:
    """A sentence when the privacy guard finds a likely patient identifier in `note`;
    "" when it finds none. Never repeats what it found."""
    kinds = list(dict.fromkeys(f.kind for f in find_identifiers(note, today=today)))
    if not kinds:
        return ""
    what = ", ".join(_in_sentence(KIND_LABELS[kind]) for kind in kinds)
    sentence = (
        f"This looks like a patient's details ({what}), which the shared database must "
        "never hold; say only what the session was."
    )
    if TITLE_NAME in kinds:
        sentence += " A supervisor or speaker can be named without a title (Dr, Mrs…)."
    return sentence
