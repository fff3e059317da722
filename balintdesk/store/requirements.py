"""What a member must have attended or led, checked against what the database holds.

The rules are data (`domain.rules`): the shipped files in `resources/rules/`, then the
data folder's `rules/`, whose file replaces a shipped one with the same id. Here the
member's history is read off the meeting records and their leader log (`history_of`), a
rule's settings are kept per computer (`AppSetting` "rule_setting:<rule id>:<key>"), and
`assess_member` puts the three together. No sentence is English here: a problem is a
`WordsError`, and the answer is the domain's `Assessment`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk.domain.records import seconds_to_minutes
from balintdesk.domain.rules import Assessment, Entry, History, Rule, RuleBook, Session, assess
from balintdesk.domain.rules import load_rules as load_rule_files
from balintdesk.domain.rules.history import CO_LED, IN_PERSON, LED, MEMBER, ONLINE
from balintdesk.domain.words import Words, WordsError, listed
from balintdesk.resources import resource_path
from balintdesk.store.leader_log import list_entries
from balintdesk.store.leaders import leaders_of_meetings
from balintdesk.store.models import (
    AppSetting,
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Member,
    database_proxy,
    utc_now,
)
from balintdesk.store.roster import get_group, get_member
from balintdesk.store.settings import get_setting, set_setting
from balintdesk.store.timer_runs import measured_seconds

RULES_FOLDER = "rules"  # in the data folder: a programme's own rule files
SETTING_PREFIX = "rule_setting:"

__all__ = [
    "RULES_FOLDER",
    "assess_member",
    "get_settings",
    "history_of",
    "rule_book",
    "rule_folders",
    "rule_named",
    "set_rule_setting",
    "set_working_toward",
]


# --- the rules ----------------------------------------------------------------------------


def _database_folder() -> Path | None:
    """The data folder: the open SQLite database's folder, or the local folder a server's
    database was opened with (store.server.open_server)."""
    database = database_proxy.obj
    local = getattr(database, "local_folder", None)
    if local is not None:
        return Path(local)
    if isinstance(database, SqliteDatabase) and database.database not in ("", ":memory:"):
        return Path(database.database).parent
    return None


def rule_folders(data_dir: Path | None = None) -> tuple[Path, ...]:
    """Where rules are read from, in order: the shipped ones, then the data folder's
    `rules/` (the open database's folder when `data_dir` is None)."""
    folders = [resource_path(RULES_FOLDER)]
    data_dir = data_dir if data_dir is not None else _database_folder()
    if data_dir is not None:
        folders.append(data_dir / RULES_FOLDER)
    return tuple(folder for folder in folders if folder.is_dir())


def rule_book(data_dir: Path | None = None) -> RuleBook:
    """Every rule there is, and the files that could not be read."""
    return load_rule_files(rule_folders(data_dir))


def rule_named(rule_id: str, book: RuleBook | None = None) -> Rule:
    """The rule with this id; WordsError naming the rules there are."""
    book = book if book is not None else rule_book()
    rule = book.rules.get(rule_id.strip())
    if rule is not None:
        return rule
    if book.rules:
        words = Words(
            "Requirements",
            "There is no rule “{rule}”; the rules are {rules}.",
            {"rule": rule_id, "rules": listed(sorted(book.rules))},
        )
    else:
        words = Words(
            "Requirements", "There is no rule “{rule}”; there are no rules yet.", {"rule": rule_id}
        )
    raise WordsError(words)


# --- settings -----------------------------------------------------------------------------


def _setting_key(rule_id: str, key: str) -> str:
    return f"{SETTING_PREFIX}{rule_id}:{key}"


def get_settings(rule_id: str, book: RuleBook | None = None) -> dict[str, int]:
    """Every setting of the rule: the value kept on this computer, else its default. A
    kept value the rule's file no longer allows (the file was changed) gives way to the
    default."""
    rule = rule_named(rule_id, book)
    values = {}
    for setting in rule.settings:
        kept = get_setting(_setting_key(rule.id, setting.key))
        try:
            value = int(kept)
        except ValueError:
            value = setting.default
        if not setting.minimum <= value <= setting.maximum:
            value = setting.default
        values[setting.key] = value
    return values


def set_rule_setting(rule_id: str, key: str, value: int | str, book: RuleBook | None = None) -> int:
    """Keep a rule's setting; WordsError (with a sentence) for an unknown key or a value
    outside the range the rule's file allows. Returns the value kept."""
    rule = rule_named(rule_id, book)
    setting = next((s for s in rule.settings if s.key == key), None)
    if setting is None:
        if rule.settings:
            words = Words(
                "Requirements",
                "The rule “{rule}” has no setting “{key}”; its settings are {keys}.",
                {"rule": rule.id, "key": key, "keys": listed([s.key for s in rule.settings])},
            )
        else:
            words = Words(
                "Requirements",
                "The rule “{rule}” has no settings to change.",
                {"rule": rule.id},
            )
        raise WordsError(words)
    try:
        number = int(str(value).strip())
    except ValueError:
        number = None
    if number is None or not setting.minimum <= number <= setting.maximum:
        raise WordsError(
            Words(
                "Requirements",
                "“{key}” must be a whole number from {low} to {high}, not “{value}”.",
                {"key": key, "low": setting.minimum, "high": setting.maximum, "value": value},
            )
        )
    with database_proxy.atomic():
        set_setting(_setting_key(rule.id, key), str(number))
    return number


def forget_rule_settings(rule_id: str) -> None:
    """Back to the rule's defaults."""
    with database_proxy.atomic():
        AppSetting.delete().where(AppSetting.key.startswith(_setting_key(rule_id, ""))).execute()


# --- the member's history -----------------------------------------------------------------


def _where(meeting_mode: str, attended_mode: str | None) -> str | None:
    """Where the member was: the meeting's mode, or in a hybrid one what check-in said."""
    if meeting_mode == MeetingMode.HYBRID:
        return attended_mode if attended_mode in (IN_PERSON, ONLINE) else None
    return ONLINE if meeting_mode == MeetingMode.ONLINE else IN_PERSON


def history_of(member_id: int, until: dt.date | None = None) -> History:
    """The member's held meetings (present, or recorded as leader or co-leader, as the
    leader log counts them) and leader log entries, up to `until` when given.

    A session's length is what the phase timer measured, else the planned length
    (`timer_runs.measured_seconds`, the CPD record's and leader log's one rule); who led
    is `store.leaders`' answer."""
    member = get_member(member_id)
    group = get_group(member.group_id)
    held = (Meeting.group == member.group_id) & (Meeting.status == MeetingStatus.HELD)
    if until is not None:
        held &= Meeting.local_date <= until
    meetings = list(
        Meeting.select().where(held).order_by(Meeting.local_date, Meeting.starts_at, Meeting.id)
    )
    marks = {
        meeting_id: (status, presented, mode)
        for meeting_id, status, presented, mode in Attendance.select(
            Attendance.meeting, Attendance.status, Attendance.presented, Attendance.mode
        )
        .join(Meeting)
        .where(held, Attendance.member == member_id)
        .tuples()
    }
    leaders = leaders_of_meetings(meeting.id for meeting in meetings)
    measured = measured_seconds(Meeting.select(Meeting.id).where(held))
    people = {
        person_id: (name, recognition)
        for person_id, name, recognition in Member.select(
            Member.id, Member.name, Member.recognition
        )
        .where(Member.group == member.group_id)
        .tuples()
    }
    sessions = []
    for meeting in meetings:
        status, presented, attended_mode = marks.get(meeting.id, (None, False, None))
        leader_id, co_leader_id = leaders[meeting.id]
        if member_id == leader_id:
            role, other = LED, co_leader_id
        elif member_id == co_leader_id:
            role, other = CO_LED, leader_id
        elif status == AttendanceStatus.PRESENT:
            role, other = MEMBER, None
        else:
            continue
        seconds = measured.get(meeting.id)
        leader_name, recognition = people.get(leader_id, ("", ""))
        sessions.append(
            Session(
                day=meeting.local_date,
                minutes=seconds_to_minutes(seconds) if seconds else meeting.length_minutes,
                mode=_where(meeting.mode, attended_mode),
                role=role,
                group=group.name,
                leader=leader_name,
                leader_recognition=recognition,
                with_leader=people.get(other, ("", ""))[0] if other is not None else "",
                presented=bool(presented),
            )
        )
    entries = tuple(
        Entry(day=entry.day, kind=entry.kind, minutes=entry.minutes)
        for entry in list_entries(member_id, None, until)
    )
    return History(person=member.name, sessions=tuple(sessions), entries=entries)


# --- assessing ----------------------------------------------------------------------------


def assess_member(
    member_id: int,
    rule_id: str | None = None,
    until: dt.date | None = None,
    book: RuleBook | None = None,
) -> Assessment:
    """What the member meets of the rule (None: the one they work toward), counting
    what happened up to `until`, with the settings kept on this computer."""
    member = get_member(member_id)
    if not rule_id:
        rule_id = member.working_toward
        if not rule_id:
            raise WordsError(
                Words(
                    "Requirements",
                    "{name} works toward no rule yet; choose one.",
                    {"name": member.name},
                )
            )
    book = book if book is not None else rule_book()
    rule = rule_named(rule_id, book)
    settings = get_settings(rule.id, book)
    return assess(rule, history_of(member_id, until), until=until, settings=settings)


def set_working_toward(member_id: int, rule_id: str, book: RuleBook | None = None) -> None:
    """Note the rule the member works toward ("" for none); WordsError for a rule there
    is not."""
    member = get_member(member_id)
    rule_id = rule_id.strip()
    if rule_id:
        rule_id = rule_named(rule_id, book).id
    member.working_toward = rule_id
    member.updated_at = utc_now()
    with database_proxy.atomic():
        member.save(only=[Member.working_toward, Member.updated_at])
