"""On a shared server: another computer's change to the group shown reaches the window
at once (PostgreSQL's LISTEN/NOTIFY, store/server_notify.py), and the page shown reads
its data again. Used only when the group database is on a server; without the server's
triggers nothing arrives, and the pages still read again when shown.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from balintdesk.store.server import is_connection_lost
from balintdesk.store.server_notify import ChangeListener
from balintdesk.ui.common.offline import keeper

log = logging.getLogger(__name__)


class ServerChanges(QObject):
    """Watches the listener's socket: no thread, no timer, nothing waits."""

    changed = Signal(object)  # the set of groups changed elsewhere (None: not told which)

    def __init__(self, db, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._listener: ChangeListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._listen()

    def _listen(self) -> None:
        self._listener = ChangeListener(self._db)
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    def _readable(self) -> None:
        try:
            groups = self._listener.changed()
        except Exception as exc:  # the server went away: its socket is readable, at EOF
            self._lost(exc)
            return
        if groups:
            self.changed.emit(groups)

    def _lost(self, exc: BaseException) -> None:
        """Stop listening on the dead connection (else its socket wakes us for ever);
        the outbox's keeper, told, finds when the server is back, and we listen again."""
        self.close()
        log.warning("Changes from other computers wait for the server: %s", exc)
        found = keeper()
        if found is not None:
            if is_connection_lost(exc):
                found.lost(exc)
            found.changed.connect(self._maybe_back)

    def _maybe_back(self) -> None:
        found = keeper()
        if found is None or found.offline or self._listener is not None:
            return
        found.changed.disconnect(self._maybe_back)
        try:
            self._listen()
        except Exception:
            log.warning("Changes from other computers are not told at once", exc_info=True)
        self.changed.emit({None})  # whatever changed meanwhile: read the page again

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            with contextlib.suppress(Exception):  # a dead connection closes all the same
                self._listener.close()
            self._listener = None


def watch(window, db) -> ServerChanges | None:
    """Have `window` (the main window) read the page shown again whenever another
    computer changes its group. None if the listener cannot start: then pages read
    again only when shown, which is said in the log."""
    try:
        changes = ServerChanges(db, window)
    except Exception:
        log.warning("Changes from other computers are not told at once", exc_info=True)
        return None

    def told(groups: set) -> None:
        if window.group_id in groups or None in groups:
            window.read_again(window.pages.currentIndex())

    changes.changed.connect(told)
    window.closing.connect(changes.close)
    return changes
