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

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from balintdesk import paths
from balintdesk.i18n import error_text, fill, translate
from balintdesk.store import outbox_send
from balintdesk.store.models import AttendanceStatus, database_proxy
from balintdesk.store.outbox import Kind, Outbox, target_of
from balintdesk.store.server import is_connection_lost

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


def keeper() -> Keeper | None:
    """The keeper of the group database in use, if it is on a server."""
    database = database_proxy.obj
    if database is None or not getattr(database, "is_server", False):
        return None
    found = _keepers.get(id(database))
    if found is None or found.database is not database:
        folder = getattr(database, "local_folder", None) or paths.resolve_data_dir()
        found = _keepers[id(database)] = Keeper(database, Path(folder))
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
        found = keeper()
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


class OfflineBanner(QFrame):
    """ "The shared database cannot be reached…", with "Try again"; hidden otherwise.

    `waits` are the page's controls that change the group in ways not kept offline:
    they are off while the banner shows."""

    back = Signal()  # everything kept was sent: the page may read the server again
    said = Signal(str)  # the keeper's sentence to show once

    def __init__(self, waits: list[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setProperty("role", "notice")
        self.setStyleSheet(
            "#offlineBanner { background: #fff4d6; border: 1px solid #e0c070; border-radius: 6px; }"
        )
        self.waits = waits
        self.text = QLabel()
        self.text.setObjectName("offlineText")
        self.text.setWordWrap(True)
        self.try_button = QPushButton(self.tr("Try again"))
        self.try_button.setObjectName("offlineTryAgain")
        self.try_button.setAccessibleName(self.tr("Try the shared database again"))
        self.try_button.clicked.connect(self._try)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.try_button)
        self.hide()
        self._watched: Keeper | None = None
        self._disabled: list[QWidget] = []

    def watch(self) -> Keeper | None:
        """Follow the current database's keeper (none for a local file)."""
        found = keeper()
        if found is not None and found is not self._watched:
            found.changed.connect(self.update_state)
            found.said.connect(self.said)
            self._watched = found
        self.update_state()
        return found

    def update_state(self) -> None:
        found = self._watched
        away = found is not None and found.offline
        waiting = found.waiting() if found is not None else 0
        if away:
            self.text.setText(
                self.tr(
                    "The shared database cannot be reached. Check-ins are kept on this "
                    "computer and sent when it is back."
                )
            )
        elif waiting:
            self.text.setText(
                self.tr("%n change(s) kept on this computer wait to be sent.", "", waiting)
            )
        was_shown = not self.isHidden()
        self.setVisible(away or bool(waiting))
        if away or waiting:
            for widget in self.waits:
                if widget.isEnabled():
                    widget.setEnabled(False)
                    self._disabled.append(widget)
        else:  # back: what was on before; the page's refresh sets the rest
            for widget in self._disabled:
                widget.setEnabled(True)
            self._disabled = []
            if was_shown:
                self.back.emit()

    def _try(self) -> None:
        if self._watched is not None:
            self._watched.try_again()


def mark_payload(status: str, was: str, where: str | None) -> dict:
    present = status == AttendanceStatus.PRESENT
    return {"status": status, "was": was, "where": where if present else None}
