"""On a shared server: another computer's change to the group shown reaches the window
at once (PostgreSQL's LISTEN/NOTIFY, store/server_notify.py), and the page shown reads
its data again. Used only when the group database is on a server; without the server's
triggers nothing arrives, and the pages still read again when shown.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from balintdesk.store.server_notify import ChangeListener

log = logging.getLogger(__name__)


class ServerChanges(QObject):
    """Watches the listener's socket: no thread, no timer, nothing waits."""

    changed = Signal(object)  # the set of groups changed elsewhere (None: not told which)

    def __init__(self, db, parent: QObject | None = None):
        super().__init__(parent)
        self._listener = ChangeListener(db)
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    def _readable(self) -> None:
        groups = self._listener.changed()
        if groups:
            self.changed.emit(groups)

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self._listener.close()


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
