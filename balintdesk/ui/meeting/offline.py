"""A meeting run while the practice's server cannot be reached (issue 17).

When a write or a read of the Meeting or Timer page finds the server gone
(`store.server.is_connection_lost`), the `Keeper` goes offline: check-in marks, the
record and the timer's state are kept in the outbox on this computer (store/outbox.py;
on the disk before the window says so), the pages keep what they show, a calm banner
says so, and every 15 s (or on "Try again") the keeper reconnects and sends what waits
(store/outbox_send.py). Conflicts are told in a sentence each. Everything else that
would change the group (moving or cancelling a meeting, its mode, themes, templates)
waits: those controls are off until the server is back.

There is one keeper per server database, made when a page first uses it; with the
group database in a local SQLite file there is none, and nothing here does anything.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from balintdesk import paths
from balintdesk.domain.phases import PhaseTemplate
from balintdesk.i18n import error_text, fill, translate
from balintdesk.store import outbox_send, timer_store
from balintdesk.store.models import AttendanceStatus, database_proxy
from balintdesk.store.outbox import Kind, Outbox, target_of
from balintdesk.store.outbox_send import timer_payload
from balintdesk.store.server import is_connection_lost
from balintdesk.ui.meeting.offline_banner import OfflineBanner

log = logging.getLogger(__name__)

RETRY_MILLISECONDS = 15_000


class Keeper(QObject):
    """The outbox of one server database, whether the server is reachable, and the
    sending. `changed` after every change of either; `said` with a sentence to show
    once (all sent, conflicts)."""

    changed = Signal()
    said = Signal(str)

    def __init__(self, database: Any, folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.database = database
        self.target = target_of(database)
        self.outbox = Outbox(paths.outbox_path(folder))
        self.offline = False
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MILLISECONDS)
        self.retry.timeout.connect(self.try_again)
        if self.waiting():  # left by a crash: sent as soon as the server answers
            self.retry.start()
            QTimer.singleShot(0, self.try_again)

    def waiting(self) -> int:
        return self.outbox.count(self.target)

    def lost(self, exc: BaseException | None = None) -> None:
        """The server is gone: keep what comes, and try again from time to time."""
        if exc is not None:
            log.warning("The shared database cannot be reached: %s", exc)
        if not self.offline:
            self.offline = True
            self.retry.start()
            self.changed.emit()

    def keep(self, kind: Kind, meeting_id: int, payload: dict, member_id: int | None = None):
        self.outbox.append(self.target, kind, meeting_id, payload, member_id=member_id)
        if not self.retry.isActive():
            self.retry.start()
        self.changed.emit()

    def run(self, online: Callable[[], object], offline: Callable[[], object]) -> bool:
        """`online()` on the server, or when it is gone (or was) `offline()`; True when
        the change was kept on this computer. Other errors pass on: they are errors."""
        if not self.offline and not self.waiting():
            try:
                online()
                return False
            except Exception as exc:
                if not is_connection_lost(exc):
                    raise
                self.lost(exc)
        offline()  # after earlier waiting changes, never before them
        return True

    def try_again(self) -> None:
        """Reconnect and send what waits; calm if the server is still away."""
        try:
            if self.offline:
                if not self.database.is_closed():
                    try:
                        self.database.close()
                    except Exception:  # a dead connection may not close cleanly
                        log.debug("closing the lost connection", exc_info=True)
                self.database.connect()
            result = outbox_send.send(self.outbox, self.target)
        except Exception as exc:
            if not is_connection_lost(exc):
                log.exception("Sending the kept check-ins failed")
            self.lost()
            return
        was_offline = self.offline
        self.offline = False
        self.retry.stop()
        lines = [conflict_text(conflict) for conflict in result.conflicts]
        if result.sent or lines or was_offline:
            lines.insert(0, self.tr("All check-ins were sent to the shared database."))
        self.changed.emit()
        if lines:
            self.said.emit(" ".join(lines))


def status_word(status: str) -> str:
    """A mark as the check-in's buttons say it."""
    words = {
        AttendanceStatus.PRESENT: translate("CheckInRow", "Present"),
        AttendanceStatus.APOLOGIES: translate("CheckInRow", "Apologies"),
        AttendanceStatus.ABSENT: translate("CheckInRow", "Absent"),
    }
    return words.get(status, status)


def conflict_text(conflict: outbox_send.Conflict) -> str:
    """One sentence: which member or meeting, and what was kept."""
    why = outbox_send.Why
    if conflict.why == why.CHANGED:
        kept = status_word(conflict.kept) if conflict.kept else ""
        text = (
            translate(
                "Offline",
                "{name}'s mark was changed on another computer to “{kept}” meanwhile; that "
                "one is kept.",
            )
            if kept
            else translate(
                "Offline",
                "{name}'s mark was taken back on another computer meanwhile; that is kept.",
            )
        )
        return fill(text, name=conflict.member_name, kept=kept)
    if conflict.why == why.RECORDED:
        return translate(
            "Offline",
            "The meeting was recorded on another computer meanwhile; that record is kept.",
        )
    if conflict.why == why.CANCELLED:
        return translate(
            "Offline",
            "The meeting was cancelled on another computer meanwhile; what was kept for it "
            "is dropped.",
        )
    return fill(
        translate("Offline", "What was kept could not be saved: {reason}"),
        reason=error_text(conflict.error) if conflict.error else "",
    )


_keepers: dict[int, Keeper] = {}
_banners: weakref.WeakSet[OfflineBanner] = weakref.WeakSet()


def keeper() -> Keeper | None:
    """The keeper of the group database in use, if it is on a server."""
    database = database_proxy.obj
    if database is None or not getattr(database, "is_server", False):
        return None
    found = _keepers.get(id(database))
    if found is None or found.database is not database:
        folder = getattr(database, "local_folder", None) or paths.resolve_data_dir()
        found = _keepers[id(database)] = Keeper(database, Path(folder))
        for banner in list(_banners):  # every page's banner follows it from now on
            try:
                banner.follow(found)
            except RuntimeError:  # its page is gone
                _banners.discard(banner)
    return found


def forget_keepers() -> None:
    """For tests and for closing a database: stop every keeper's retries."""
    for found in _keepers.values():
        found.retry.stop()
        found.outbox.close()
    _keepers.clear()


def run_or_keep(
    online: Callable[[], object],
    kind: Kind,
    meeting_id: int,
    payload: dict,
    member_id: int | None = None,
) -> bool:
    """`online()` now, or (the server gone) the change kept in the outbox; True when kept.
    With a local database file it is just `online()`."""
    found = keeper()
    if found is None:
        online()
        return False
    return found.run(online, lambda: found.keep(kind, meeting_id, payload, member_id))


def reads(method: Callable) -> Callable:
    """For a page's method that reads the server: skipped while it is away (the page
    keeps what it shows), and a lost connection takes the keeper offline, calmly."""

    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        found, banner = keeper(), getattr(self, "offline_banner", None)
        if found is not None and banner is not None:
            banner.follow(found)
        if found is None:
            return method(self, *args, **kwargs)
        if found.offline:
            return None
        try:
            return method(self, *args, **kwargs)
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            found.lost(exc)
            return None

    return guarded


def mark_payload(status: str, was: str, where: str | None) -> dict:
    present = status == AttendanceStatus.PRESENT
    return {"status": status, "was": was, "where": where if present else None}


def _attach(page: Any, waits: list[QWidget], said: Callable[[str], None]) -> None:
    """The banner, under the page's title; `said` shows the keeper's sentences."""
    page.offline_banner = OfflineBanner(waits)
    _banners.add(page.offline_banner)
    page.layout().insertWidget(1, page.offline_banner)
    page.offline_banner.said.connect(said)


def attach_meeting_page(page: Any) -> None:
    """The Meeting page's banner. While the server is away the page cannot move, cancel
    or change the meeting, its themes or who led (the record takes who led as shown),
    nor show another meeting: none of that is kept on this computer."""
    waits = [page.mode_combo, page.cancel_button, page.move_button, page.themes_button]
    waits += [page.earlier_button, page.later_button, page.leader_picker]
    _attach(page, waits, page.record_status.setText)
    page._marks = {}  # the marks shown: a mark kept offline says what it replaced
    page.offline_banner.back.connect(page._changed)  # read the server's state again


def attach_timer_page(page: Any) -> None:
    """The Timer page's banner; its templates, settings and timing dialogs wait."""
    waits = [page.templates_button, page.settings_button, page.timing_button]
    _attach(page, [*waits, page.template_combo], page.status_label.setText)


def save_timer(page: Any, timer: Any, view: Any) -> None:
    """The Timer page's save as its timer runs (the driver calls it after every action
    and every few seconds): the run begun, its progress, its end; each to the server, or
    with the server gone the timer's whole state kept on this computer. The clock on the
    wall never waits for it."""
    if page.meeting is None:
        return
    meeting_id = page.meeting.id

    def keep(save: Callable[..., object], *args: object) -> None:
        shown = page.template or PhaseTemplate("", "", tuple(timer.phases))
        ended = view.state == "ended"
        payload = timer_payload(shown, timer.snapshot(), view.records, ended)
        run_or_keep(lambda: save(meeting_id, *args), Kind.TIMER, meeting_id, payload)

    if not page.started and view.state != "ready":
        page.started = True
        keep(timer_store.start_run, page.template, timer.snapshot())
        page.template_combo.setEnabled(False)
        page.running_changed.emit(True)
    if not page.started:
        return
    if view.state == "ended":
        keep(timer_store.finish_run, view.records)
        page.running_changed.emit(False)
    else:
        keep(timer_store.save_progress, timer.snapshot(), view.records)


def keep_mark(
    page: Any, save: Callable[[], object], member_id: int, status: str, where: str | None
) -> bool:
    """A check-in mark (status "" for none; `where` in a hybrid meeting) saved by `save`
    now, or kept with the mark the page showed before; True when kept."""
    was, page._marks[member_id] = page._marks.get(member_id, ""), status
    payload = mark_payload(status, was, where)
    return run_or_keep(save, Kind.MARK, page.meeting.id, payload, member_id)


def record_payload(presenters: list[int], theme: str, led: tuple, was: str, today: dt.date) -> dict:
    """A RECORD entry: what the record saves, and the meeting's state shown before."""
    leader, co_leader = led
    return {
        "presenters": presenters,
        "theme": theme,
        "leader": leader,
        "co_leader": co_leader,
        "was": was,
        "today": today.isoformat(),
    }


def keep_record(
    page: Any,
    save: Callable[[], object],
    presenters: list[int],
    theme: str,
    leader: int | None,
    co_leader: int | None,
) -> bool:
    """The record saved by `save` now, or kept and shown as the server will have it
    (presenters marked present); True when kept."""
    meeting = page.meeting
    led = (leader, co_leader)
    payload = record_payload(presenters, theme, led, meeting.status, page.today())
    if not run_or_keep(save, Kind.RECORD, meeting.id, payload):
        return False
    for member_id in presenters:
        page._marks[member_id] = AttendanceStatus.PRESENT
        if member_id in page.check_in.rows:
            page.check_in.rows[member_id].set_status(AttendanceStatus.PRESENT)
    page.state_label.setText(translate("MeetingPage", "Held and recorded"))
    page.record_status.setText(
        translate(
            "Offline", "Recorded on this computer; it is sent when the shared database is back."
        )
    )
    return True
