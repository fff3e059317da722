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
from balintdesk.domain.records import Sentence
from balintdesk.domain.words import Words

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
) -> dict[str, Sentence]:
    """A sentence per field ("day", "kind", "minutes", "note") for what is wrong; empty
    when the entry may be saved. `note` is judged as clean_note() leaves it. Each sentence
    is English text carrying its `Words` (records.Sentence), for the edge to translate."""
    errors: dict[str, Sentence] = {}
    if not isinstance(day, dt.date):
        errors["day"] = Sentence(Words("LeaderLog", "Give the date it took place."))
    elif day > today:
        errors["day"] = Sentence(
            Words(
                "LeaderLog",
                "That date is still to come; add the entry once it has taken place.",
            )
        )
    elif day < EARLIEST_DAY:
        errors["day"] = Sentence(
            Words("LeaderLog", "Give a date from {year} on.", {"year": str(EARLIEST_DAY.year)})
        )
    if kind not in ENTRY_KINDS:
        choices = ", ".join(label.lower() for label in ENTRY_KIND_LABELS.values())
        errors["kind"] = Sentence(
            Words(
                "LeaderLog",
                "Choose what it was: supervision, training, society event or other.",
            ),
            f"Choose what it was: {choices}.",
        )
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 1:
        errors["minutes"] = Sentence(
            Words("LeaderLog", "Give how long it took: at least a minute.")
        )
    elif minutes > MAX_MINUTES:
        errors["minutes"] = Sentence(
            Words("LeaderLog", "One entry can be at most 24 hours; add each day on its own.")
        )
    text = clean_note(note)
    if len(text) > NOTE_MAX_LENGTH:
        errors["note"] = Sentence(
            Words(
                "LeaderLog",
                "Keep the note to {most} characters; it has {length}.",
                {"most": NOTE_MAX_LENGTH, "length": len(text)},
            )
        )
    else:
        problem = note_identifier_problem(text, today)
        if problem:
            errors["note"] = problem
    return errors


def _in_sentence(label: str) -> str:
    """ "Postcode" → "postcode", but "NHS number" stays."""
    return label if label[:2].isupper() else label[:1].lower() + label[1:]


def _kind_words(kind: str) -> Words | str:
    """A kind of identifier as a sentence names it: "NHS number", "postcode"… A kind this
    list does not know yet is named as the privacy guard labels it, in English."""
    words = {
        "nhs_number": Words("LeaderLog", "NHS number"),
        "date_of_birth": Words("LeaderLog", "possible date of birth"),
        "postcode": Words("LeaderLog", "postcode"),
        "phone": Words("LeaderLog", "phone number"),
        "email": Words("LeaderLog", "email address"),
        "age": Words("LeaderLog", "age"),
        "title_name": Words("LeaderLog", "name with a title"),
    }
    return words.get(kind) or _in_sentence(KIND_LABELS.get(kind, kind))


def _listed(kinds: list[str]) -> Words | str:
    """ "name with a title, NHS number": each kind said in the user's language."""
    first = _kind_words(kinds[0])
    if len(kinds) == 1:
        return first
    return Words("LeaderLog", "{first}, {rest}", {"first": first, "rest": _listed(kinds[1:])})


def note_identifier_problem(note: str, today: dt.date) -> Sentence | None:
    """A sentence when the privacy guard finds a likely patient identifier in `note`;
    None when it finds none. Never repeats what it found."""
    kinds = list(dict.fromkeys(f.kind for f in find_identifiers(note, today=today)))
    if not kinds:
        return None
    values = {"what": _listed(kinds)}
    if TITLE_NAME in kinds:
        return Sentence(
            Words(
                "LeaderLog",
                "This looks like a patient's details ({what}), which the shared database "
                "must never hold; say only what the session was. A supervisor or speaker "
                "can be named without a title (Dr, Mrs…).",
                values,
            )
        )
    return Sentence(
        Words(
            "LeaderLog",
            "This looks like a patient's details ({what}), which the shared database must "
            "never hold; say only what the session was.",
            values,
        )
    )
