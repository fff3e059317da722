"""Run slow work (a deliberate key derivation) off the GUI thread, with the answer
delivered back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from balintdesk.store.models import database_proxy


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, which shows the sentence
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            # peewee opened a connection for this pool thread; give it back.
            database_proxy.close()


_running: set[_Signals] = set()


def run_in_background(
    work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[Exception], None]
) -> None:
    signals = _Signals()
    _running.add(signals)  # keep it alive until it reports

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(signals)
        callback(value)

    signals.done.connect(lambda result: finish(done, result))
    signals.failed.connect(lambda exc: finish(failed, exc))
    QThreadPool.globalInstance().start(_Job(work, signals))
