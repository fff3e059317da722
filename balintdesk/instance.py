"""One BalintDesk window per data folder.

A second start on the same folder must not open a second window onto the same data
(two editors of one roster confuse people more than SQLite). The first instance holds a
`QLockFile`; a second one finds it taken, leaves a "raise" request file in the folder and
exits. The first watches the folder and brings its window forward. No sockets: this uses
only files, so it needs no network module and no permission prompt.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

from balintdesk.paths import LOCK_NAME, RAISE_REQUEST_NAME

__all__ = ["LOCK_NAME", "RAISE_REQUEST_NAME", "SingleInstance"]


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        # Qt's advice for a long-held lock: never stale by age; a lock left by a process
        # that died is still detected as stale from the PID written inside it.
        self._lock.setStaleLockTime(0)
        self._watcher: QFileSystemWatcher | None = None

    @property
    def request_file(self) -> Path:
        return self._data_dir / RAISE_REQUEST_NAME

    def acquire(self) -> bool:
        """True if this process is now the one BalintDesk on this data folder."""
        if not self._lock.tryLock(200):
            return False
        self.request_file.unlink(missing_ok=True)
        self._watcher = QFileSystemWatcher([str(self._data_dir)], self)
        self._watcher.directoryChanged.connect(self._folder_changed)
        return True

    def ask_running_instance_to_raise(self) -> None:
        self.request_file.write_text("raise\n", encoding="utf-8")

    def _folder_changed(self, _path: str) -> None:
        if self.request_file.exists():
            self.request_file.unlink(missing_ok=True)
            self.raise_requested.emit()

    def release(self) -> None:
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        self._lock.unlock()
