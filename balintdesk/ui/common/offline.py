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

import contextlib
import datetime as dt
import functools
import inspect
import logging
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from balintdesk import paths
from balintdesk.store import meetings, outbox_send, timer_store
from balintdesk.store.models import database_proxy
from balintdesk.store.outbox import Kind, Outbox, target_of
from balintdesk.store.server import is_connection_lost
from balintdesk.ui.common.offline_banner import OfflineBanner
from balintdesk.ui.common.offline_words import conflict_text

__all__ = ["Keeper", "Kind", "attach", "forget_keepers", "keeper", "reads", "run_or_keep"]

log = logging.getLogger(__name__)

RETRY_MILLISECONDS = 15_000


class Keeper(QObject):
    """The outbox of one server database, whether the server is reachable, and the
    sending. `changed` after every change of either; `said` with a sentence to show
    once (all sent, conflicts)."""

    changed = Signal()
    said = Signal(str)
    probed = Signal(bool)  # from the worker thread: is the server back?

    def __init__(self, database: Any, folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.database = database
        self.target = target_of(database)
        self.outbox = Outbox(paths.outbox_path(folder))
        self.offline = False
        self._probing = False
        self.probed.connect(self._probed)
        self.memory: dict[int, tuple] = {}  # group id -> what the Timer page needs
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MILLISECONDS)
        self.retry.timeout.connect(self.try_again)
        if self.waiting():  # left by a crash: sent as soon as the server answers
            self.retry.start()
            QTimer.singleShot(0, self.try_again)

    def remember(self, group_id: int, today: dt.date) -> None:
        """Read now what the Timer page needs, so that it can start a timer for the
        meeting if it is first opened while the server is away (`timer_from_memory`)."""
        if group_id in self.memory:
            return
        try:
            settings = timer_store.timer_settings(group_id)
            templates = timer_store.templates_for(group_id)
            self.memory[group_id] = (settings, templates, meetings.next_meeting(group_id, today))
        except Exception:  # only a help for later: the page's own reads say what is wrong
            log.warning("Reading the timer's settings ahead failed", exc_info=True)

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

    def busy(self) -> bool:
        """True while a worker thread asks whether the server is back."""
        return self._probing

    def try_again(self) -> None:
        """Send what waits; with the server away, first ask in a worker thread whether
        it is back: reaching a server whose network is gone can take the connection
        timeout, and the window (the timer on the wall) must not wait for it."""
        if not self.offline:
            self._send()
        elif not self._probing:
            self._probing = True
            threading.Thread(target=self._probe, name="server-probe", daemon=True).start()

    def _probe(self) -> None:  # in the worker thread
        try:
            # peewee keeps a connection per thread: this one is the worker's own.
            self.database.connect(reuse_if_open=True)
            self.database.close()
            back = True
        except Exception:
            back = False
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self.probed.emit(back)

    def _probed(self, back: bool) -> None:
        self._probing = False
        if not back:
            self.lost()
            return
        try:  # this thread's connection is the dead one: a fresh one, then send
            if not self.database.is_closed():
                self.database.close()
        except Exception:
            log.debug("closing the lost connection", exc_info=True)
        self._send()

    def _send(self) -> None:
        try:
            result = outbox_send.send(self.outbox, self.target)
        except Exception as exc:
            if is_connection_lost(exc):
                self.lost()
            else:  # a fault of ours: it stays kept and waits; the log says why
                log.exception("Sending the kept check-ins failed")
                self.retry.start()
                self.changed.emit()
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
            if shiboken6.isValid(banner):  # not of a page already gone
                banner.follow(found)
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


def reads(method: Callable, fallback: Callable | None = None) -> Callable:
    """For a page's method that reads the server: skipped while it is away (the page
    keeps what it shows, or `fallback(page)` shows what the keeper remembers), and a
    lost connection takes the keeper offline, calmly."""

    code = method.__code__
    takes = None if code.co_flags & inspect.CO_VARARGS else code.co_argcount - 1

    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        args = args[:takes]  # a signal gives a slot more than it takes; Qt drops the rest
        found, banner = keeper(), getattr(self, "offline_banner", None)
        if found is not None and banner is not None:
            banner.follow(found)
        if found is None:
            return method(self, *args, **kwargs)
        try:
            if not found.offline:
                answer = method(self, *args, **kwargs)
                if getattr(self, "group_id", None) is not None:
                    found.remember(self.group_id, self.today())
                return answer
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            found.lost(exc)
        if fallback is not None:
            fallback(self)
        return None

    return guarded


def attach(page: Any, waits: list[QWidget], said: Callable[[str], None]) -> None:
    """`page.offline_banner`, under the page's title; `waits` are the page's controls
    that are off while the server is away; `said` shows the keeper's sentences."""
    page.offline_banner = OfflineBanner(waits)
    _banners.add(page.offline_banner)
    page.layout().insertWidget(1, page.offline_banner)
    page.offline_banner.said.connect(said)
