"""peewee models for the shared database.

The schema itself is made by the numbered steps in `migrations.py`; these classes only
describe it for queries. Keep the two in step: `tests/store/test_migrations.py` compares
them.

No table here holds anything about a patient or a case, nor anything of a private note:
the vault lives in its own local file (`notes_models.py`), never in this database.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.roster import Role

database_proxy = DatabaseProxy()


def utc_now() -> dt.datetime:
    """Naive UTC, as stored; shown in local time by the UI."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class AppSetting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()


class Group(BaseModel):
    name = CharField()
    frequency = CharField(default=Frequency.FORTNIGHTLY.value)
    weekday = IntegerField(default=1)
    week_of_month = IntegerField(default=1)
    start_time = CharField(default="12:30")  # local wall-clock time in `timezone`, HH:MM
    length_minutes = IntegerField(default=60)
    room = CharField(default="")
    timezone = CharField(default="Europe/London")
    created_at = DateTimeField(default=utc_now)
    # The first meeting of the series; fortnightly groups count their weeks from it.
    first_date = DateField(null=True)
    presenters_per_meeting = IntegerField(default=1)  # 1 or 2 cases a meeting
    leaders_may_present = BooleanField(default=False)
    # The phase timer's settings (store.timer_store validates and explains them).
    timer_template = CharField(default="classic")  # a built-in key or "custom:<id>"
    timer_auto_advance = BooleanField(default=False)
    timer_warning_seconds = IntegerField(default=120)
    timer_display = CharField(default="digits")  # digits | arc | both
    timer_chime_volume = IntegerField(default=0)  # 0 = silent, else 1..100
    frame_text = TextField(default="")  # "" = the default group frame text
    # Where the group meets (ISO 3166 alpha-2, "ZZ" for another country): which national
    # identifiers the privacy guard looks for. Groups from before it was asked: "GB".
    country = CharField(default="GB")
    # How the group usually meets: MeetingMode; a new meeting takes it, and each meeting
    # may be changed on its own.
    meeting_mode = CharField(default="in-person")
    # The CME event number (German VNR) the group's sessions are registered under, if any.
    event_number = CharField(default="")

    class Meta:
        table_name = "balint_group"  # "group" is an SQL keyword

    @property
    def pattern(self) -> MeetingPattern:
        hour, minute = (int(part) for part in self.start_time.split(":"))
        return MeetingPattern(
            frequency=Frequency(self.frequency),
            weekday=self.weekday,
            week_of_month=self.week_of_month,
            start=dt.time(hour, minute),
            length_minutes=self.length_minutes,
            room=self.room,
            timezone=self.timezone,
        )

    def set_pattern(self, pattern: MeetingPattern) -> None:
        self.frequency = pattern.frequency.value
        self.weekday = pattern.weekday
        self.week_of_month = pattern.week_of_month
        self.start_time = pattern.start.strftime("%H:%M")
        self.length_minutes = pattern.length_minutes
        self.room = pattern.room.strip()
        self.timezone = pattern.timezone


class Member(BaseModel):
    group = ForeignKeyField(Group, backref="members", on_delete="RESTRICT")
    name = CharField()
    name_key = CharField()  # domain.roster.name_key(name); unique within a group
    role = CharField(default=Role.OTHER.value)
    is_leader = BooleanField(default=False)
    email = CharField(default="")
    joined = DateField()
    may_present_from = DateField(null=True)
    archived_at = DateTimeField(null=True)  # UTC; archived members keep their history
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)
    # A leader's recognition as one, as it should read on a certificate
    # ("Ärztekammer Nordrhein"); "" when not recorded.
    recognition = CharField(default="")
    # The id of the attendance rule (domain.rules) this member works toward; "" for none.
    working_toward = CharField(default="")

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    @property
    def role_enum(self) -> Role:
        return Role(self.role)


class MeetingMode:
    """How a meeting was held. In a hybrid meeting each present member was either in the
    room or online (Attendance.mode)."""

    IN_PERSON = "in-person"
    ONLINE = "online"
    HYBRID = "hybrid"
    ALL = (IN_PERSON, ONLINE, HYBRID)
    WHERE = (IN_PERSON, ONLINE)  # where one member was


class MeetingStatus:
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class AttendanceStatus:
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"
    ALL = (PRESENT, APOLOGIES, ABSENT)


class MeetingBreak(BaseModel):
    """A stretch with no meetings, e.g. all of August; meetings in it are cancelled."""

    group = ForeignKeyField(Group, backref="breaks", on_delete="RESTRICT")
    first_date = DateField()
    last_date = DateField()
    label = CharField(default="")

    class Meta:
        table_name = "meeting_break"


class Meeting(BaseModel):
    """One meeting of a group. Who came and who presented; never the case itself."""

    group = ForeignKeyField(Group, backref="meetings", on_delete="RESTRICT")
    regular_date = DateField(null=True)  # the pattern date it stands for; None if added
    local_date = DateField()  # the date in the meeting's own time zone
    starts_at = DateTimeField()  # UTC
    length_minutes = IntegerField()
    room = CharField(default="")
    timezone = CharField()
    status = CharField(default=MeetingStatus.PLANNED)
    cancel_reason = CharField(default="")
    # Set when a break cancelled it, so removing the break restores exactly these and
    # leaves alone a meeting the leader cancelled on its own.
    cancelled_by_break = ForeignKeyField(
        MeetingBreak, null=True, backref="cancelled_meetings", on_delete="SET NULL"
    )
    theme = CharField(default="")  # a neutral phrase from the group's list, or empty
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)
    # Who led and who co-led it; None when not recorded (meetings before schema 6).
    leader = ForeignKeyField(Member, null=True, backref="meetings_led", on_delete="RESTRICT")
    co_leader = ForeignKeyField(Member, null=True, backref="meetings_co_led", on_delete="RESTRICT")
    mode = CharField(default=MeetingMode.IN_PERSON)  # MeetingMode

    def save(self, force_insert: bool = False, only: object = None) -> int:
        if self.id is None:
            # meeting.id is a plain INTEGER PRIMARY KEY, not AUTOINCREMENT: SQLite would
            # give a new row max(id) + 1, which is the id of a just-withdrawn meeting
            # when the withdrawn ones were the newest rows, as after a change of pattern.
            # The new meeting would then share the withdrawn one's calendar UID, so its
            # event would take over the old one with a lower SEQUENCE (ignored) while the
            # cancellation could not be sent. Number new rows past every withdrawn id too.
            # (Rebuilding the table as AUTOINCREMENT is no way out: a migration runs in a
            # transaction, where foreign keys cannot be switched off, and dropping
            # `meeting` would then cascade to its attendance, pins and phase log.)
            # Numbered and written in one transaction (on a server the number comes from
            # its sequence: two computers never get one number).
            with database_proxy.atomic():
                self.id = _next_meeting_id()
                return super().save(force_insert=True, only=only)
        return super().save(force_insert=force_insert, only=only)


def _next_meeting_id() -> int:
    if getattr(database_proxy.obj, "is_server", False):
        # On a server a leader sees only their groups' rows (row-level security), so
        # max+1 would collide with another group's meeting, and two PCs could race: the
        # server's sequence (server_schema.py) numbers them; a move sets it past every id.
        (number,) = database_proxy.execute_sql("SELECT nextval('meeting_id_seq')").fetchone()
        return number
    # SQLite: one aggregate over both tables; SQLite's write lock serialises writers.
    (last,) = database_proxy.execute_sql(
        "SELECT coalesce(max(id), 0) FROM (SELECT id FROM meeting "
        "UNION ALL SELECT meeting_id FROM withdrawn_meeting) AS taken"
    ).fetchone()
    return last + 1


class WithdrawnMeeting(BaseModel):
    """A future meeting a change of pattern deleted, kept so the calendar file can cancel
    its event (same UID, higher SEQUENCE) instead of dropping it, which would leave it in
    every calendar that imported it. Never shown on the rota: it was never "cancelled"."""

    group = ForeignKeyField(Group, backref="withdrawn_meetings", on_delete="RESTRICT")
    meeting_id = IntegerField(unique=True)  # the deleted row's id: not a foreign key
    local_date = DateField()
    starts_at = DateTimeField()  # UTC
    length_minutes = IntegerField()
    room = CharField(default="")
    timezone = CharField()
    reason = CharField(default="")  # the event's cancel reason
    calendar_sequence = IntegerField()  # above any SEQUENCE the live row was exported with
    withdrawn_at = DateTimeField(default=utc_now)

    class Meta:
        table_name = "withdrawn_meeting"
        indexes = ((("group", "local_date"), False),)


class CalendarEventSent(BaseModel):
    """What the last calendar file said about one meeting's event (store.calendar_sent):
    a digest of its content, and the SEQUENCE and LAST-MODIFIED it went out with. The
    next export keeps both when the digest is the same and moves both on when not, so a
    new presenter reaches calendars and an unchanged re-export changes nothing. Holds no
    text at all, so nothing of a meeting beyond the file's own can be read from it."""

    meeting_id = IntegerField(unique=True)  # the UID's row id, live or withdrawn: not a key
    content_key = CharField()  # sha256 hex of domain.rota_sheet.event_content_key
    sequence = IntegerField()
    modified_at = DateTimeField()  # UTC, as LAST-MODIFIED said

    class Meta:
        table_name = "calendar_event_sent"


class Attendance(BaseModel):
    meeting = ForeignKeyField(Meeting, backref="attendance", on_delete="CASCADE")
    member = ForeignKeyField(Member, backref="attendance", on_delete="RESTRICT")
    status = CharField()  # AttendanceStatus
    presented = BooleanField(default=False)
    # In a hybrid meeting: where this member was (MeetingMode.WHERE); None otherwise, and
    # in a hybrid meeting when nobody said.
    mode = CharField(null=True)


class RotaPin(BaseModel):
    """The leader fixed this member to present at this meeting."""

    meeting = ForeignKeyField(Meeting, backref="pins", on_delete="CASCADE")
    member = ForeignKeyField(Member, backref="pins", on_delete="RESTRICT")


class Theme(BaseModel):
    """A neutral theme a meeting may be tagged with ("the angry patient")."""

    group = ForeignKeyField(Group, backref="themes", on_delete="RESTRICT")
    text = CharField()
    position = IntegerField(default=0)


class GroupPhaseTemplate(BaseModel):
    """A group's phase template: its edited copy of a built-in (`key` = the built-in's
    key) or one of its own (`key` = ""). Phases: domain.phases.phases_to_json's list."""

    group = ForeignKeyField(Group, backref="phase_templates", on_delete="RESTRICT")
    key = CharField(default="")
    name = CharField()
    phases_json = TextField()
    position = IntegerField(default=0)

    class Meta:
        table_name = "phase_template"


class MeetingPhase(BaseModel):
    """How one phase of a meeting went: its name, planned and actual length. Never what
    was said in it."""

    meeting = ForeignKeyField(Meeting, backref="phases", on_delete="CASCADE")
    position = IntegerField()  # 0-based, in the order the phases ran
    name = CharField()
    planned_seconds = IntegerField()
    actual_seconds = IntegerField(default=0)
    started_at = DateTimeField(null=True)  # UTC; when the phase first started
    ended_at = DateTimeField(null=True)  # UTC; when it last finished

    class Meta:
        table_name = "meeting_phase"


class TimerRun(BaseModel):
    """The running timer's last snapshot, kept so a killed BalintDesk can resume the
    meeting; deleted when the meeting's timer ends or the leader discards it."""

    meeting = ForeignKeyField(Meeting, backref="timer_runs", on_delete="CASCADE", unique=True)
    template_name = CharField()
    snapshot_json = TextField()  # opaque to the store: domain.timer's PhaseTimer.snapshot()
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        table_name = "timer_run"


class LeaderLogEntryKind:
    SUPERVISION = "supervision"
    TRAINING = "training"
    SOCIETY_EVENT = "society_event"
    OTHER = "other"
    ALL = (SUPERVISION, TRAINING, SOCIETY_EVENT, OTHER)


class LeaderLogEntry(BaseModel):
    """Something a leader adds by hand to the log for accreditation: a supervision
    session, a training weekend, a society event. `note` is short and neutral."""

    member = ForeignKeyField(Member, backref="leader_log", on_delete="RESTRICT")
    day = DateField()
    kind = CharField()  # LeaderLogEntryKind
    minutes = IntegerField()
    note = TextField(default="")
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        table_name = "leader_log_entry"


class MemberIdentifier(BaseModel):
    """A member's professional number (kind: "efn", "gmc", "big", "rpps"), checked by
    domain.identifiers where a check digit exists. Optional; printed only on that member's
    own certificate."""

    member = ForeignKeyField(Member, backref="identifiers", on_delete="RESTRICT")
    kind = CharField()
    value = CharField()

    class Meta:
        table_name = "member_identifier"
        indexes = ((("member", "kind"), True),)


ALL_MODELS: tuple[type[BaseModel], ...] = (
    AppSetting,
    Group,
    Member,
    MeetingBreak,
    Meeting,
    Attendance,
    RotaPin,
    Theme,
    GroupPhaseTemplate,
    MeetingPhase,
    TimerRun,
    LeaderLogEntry,
    WithdrawnMeeting,
    CalendarEventSent,
    MemberIdentifier,
)
