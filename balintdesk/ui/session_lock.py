"""Tells when the user's OS session locks, so the private notes can lock with it.

What each system offers, each tried on its own; one that is missing is skipped with one
info line in the log, never an error:

- Linux and the BSDs, through QtDBus (part of PySide6-Essentials; its I/O runs on Qt's own
  D-Bus thread, so nothing here waits on the GUI thread):
  * on the session bus, ``ActiveChanged(true)`` of the screen savers' interfaces
    (org.freedesktop / org.gnome / org.mate / org.cinnamon ``.ScreenSaver``), from any
    sender on any object path: KDE sends it on two paths, GNOME on its own, and the owner
    of the name changes with the desktop. A forged signal can only lock the notes, which is
    the safe direction, so the sender is not checked;
  * on the system bus, logind's ``Lock`` signal for this session (``loginctl lock-session``,
    logind's own idle action) and its ``LockedHint`` property turning true (set by GNOME's
    and KDE's lock screens). Only logind itself, the owner of org.freedesktop.login1, is
    listened to. The session comes from ``$XDG_SESSION_ID``, or else is asked of logind
    asynchronously.
- Windows: WTS session notifications (``WTSRegisterSessionNotification``) on a hidden
  native window, which receives ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` when
  the user locks the computer (Win+L) or switches user.
- macOS: nothing without pyobjc, which BalintDesk does not ship. The notes page's idle check
  covers it: it locks after N idle minutes, and, because it reads the clock rather than
  counting timer ticks, at once on waking from a sleep longer than that. Until then the
  OS's own lock screen stands in front of the open notes.

``locked`` may fire more than once for one lock (KDE sends ActiveChanged on two paths and
logind adds its own); receivers must not mind, as ``NotesPage.lock`` does not.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SLOT, QByteArray, QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusPendingCallWatcher

log = logging.getLogger(__name__)

SCREENSAVER_INTERFACES = (
    "org.freedesktop.ScreenSaver",  # KDE, xfce4-screensaver, LXQt, …
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
)
LOGIND_SERVICE = "org.freedesktop.login1"
LOGIND_SESSION = "org.freedesktop.login1.Session"
LOGIND_SESSIONS = "/org/freedesktop/login1/session"
DBUS_PROPERTIES = "org.freedesktop.DBus.Properties"
LOGIND_TIMEOUT_MS = 5000

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
WINDOWS_MESSAGE_EVENT = b"windows_generic_MSG"


def is_session_lock_message(message_id: int, wparam: int) -> bool:
    """True for the Windows message that says this session has just been locked."""
    return message_id == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK


def read_native_message(address: int) -> tuple[int, int]:
    """(message id, wParam) of the Windows ``MSG`` at `address`, as Qt hands it to
    ``nativeEvent``."""
    import ctypes.wintypes  # importable everywhere; only Windows hands us a real MSG

    msg = ctypes.wintypes.MSG.from_address(address)
    return int(msg.message), int(msg.wParam)


def logind_session_path(session_id: str) -> str:
    """logind's object path for a session id, escaped as systemd's ``bus_label_escape``
    does: every byte but an ASCII letter, or a digit after the first place, becomes
    ``_xx`` — session "2" lives at …/session/_32, session "c1" at …/session/c1."""
    if not session_id:
        return f"{LOGIND_SESSIONS}/_"
    label = []
    for index, byte in enumerate(session_id.encode()):
        char = chr(byte)
        if (char.isascii() and char.isalpha()) or (index > 0 and char in "0123456789"):
            label.append(char)
        else:
            label.append(f"_{byte:02x}")
    return f"{LOGIND_SESSIONS}/{''.join(label)}"


class SessionLockWatch(QObject):
    """Emits `locked` when the user's OS session locks or its screen saver starts.

    Give it a parent (the main window) and it lives as long as that. `mechanisms` names
    what it listens to, for the log and the tests; empty where the system offers nothing.
    `session_bus` and `system_bus` replace the D-Bus connections in tests.
    """

    locked = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        platform: str = sys.platform,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
    ):
        super().__init__(parent)
        self.mechanisms: list[str] = []
        self._window: SessionNotificationWindow | None = None
        self._system_bus: QDBusConnection | None = None
        if platform == "win32":
            self._watch_windows()
        elif platform == "darwin":
            log.info(
                "Session lock: macOS offers no lock notice without pyobjc; "
                "the notes lock after the idle time and on waking instead"
            )
        else:
            self._watch_dbus(session_bus, system_bus)

    def simulate_lock(self) -> None:
        """Behave as if the OS session had just locked (for tests of what listens)."""
        self._report("simulated")

    def stop(self) -> None:
        """Stop the Windows notifications (D-Bus hooks go with this object)."""
        if self._window is not None:
            self._window.unregister()
            self._window.deleteLater()
            self._window = None

    def _report(self, source: str) -> None:
        log.info("Session lock: the OS session locked (%s)", source)
        self.locked.emit()

    # --- Windows --------------------------------------------------------------------------

    def _watch_windows(self) -> None:
        if not isinstance(QCoreApplication.instance(), QApplication):
            log.info("Session lock: no QApplication for a notification window; not watching")
            return
        window = SessionNotificationWindow(lambda: self._report("Windows WTS_SESSION_LOCK"))
        try:
            window.register()
        except (OSError, AttributeError) as exc:  # no wtsapi32, or Terminal Services not up
            log.info("Session lock: Windows session notifications unavailable (%s)", exc)
            window.deleteLater()
            return
        self._window = window
        QCoreApplication.instance().aboutToQuit.connect(self.stop)
        self.mechanisms.append("Windows session notifications")

    # --- D-Bus ----------------------------------------------------------------------------

    def _watch_dbus(
        self, session_bus: QDBusConnection | None, system_bus: QDBusConnection | None
    ) -> None:
        try:
            qtdbus = importlib.import_module("PySide6.QtDBus")
        except ImportError as exc:
            log.info("Session lock: QtDBus is not available (%s); not watching", exc)
            return
        connection = qtdbus.QDBusConnection
        bus = session_bus if session_bus is not None else connection.sessionBus()
        if bus.isConnected():
            for interface in SCREENSAVER_INTERFACES:
                if bus.connect(
                    "", "", interface, "ActiveChanged", self, SLOT("_screensaver_changed(bool)")
                ):
                    self.mechanisms.append(f"{interface}.ActiveChanged")
                else:
                    log.warning(
                        "Session lock: could not listen to %s (%s)",
                        interface,
                        bus.lastError().message(),
                    )
        else:
            log.info(
                "Session lock: no D-Bus session bus (%s); screen-saver locks go unnoticed",
                bus.lastError().message() or "not connected",
            )

        system = system_bus if system_bus is not None else connection.systemBus()
        if not system.isConnected():
            log.info(
                "Session lock: no D-Bus system bus (%s); logind's lock goes unnoticed",
                system.lastError().message() or "not connected",
            )
            return
        self._system_bus = system
        session_id = os.environ.get("XDG_SESSION_ID", "")
        if session_id:
            self._watch_logind_session(logind_session_path(session_id))
            return
        # Started outside a login session's environment (a service, some terminals): ask
        # logind which session this process belongs to, and hook it when the answer comes.
        call = qtdbus.QDBusMessage.createMethodCall(
            LOGIND_SERVICE, f"{LOGIND_SESSIONS}/auto", DBUS_PROPERTIES, "Get"
        )
        call.setArguments([LOGIND_SESSION, "Id"])
        watcher = qtdbus.QDBusPendingCallWatcher(system.asyncCall(call, LOGIND_TIMEOUT_MS), self)
        watcher.finished.connect(self._session_id_answered)

    def _session_id_answered(self, watcher: QDBusPendingCallWatcher) -> None:
        watcher.deleteLater()
        reply = watcher.reply()
        if watcher.isError() or not reply.arguments():
            log.info(
                "Session lock: logind does not know this session (%s); not watching it",
                watcher.error().message(),
            )
            return
        session_id = str(_unwrap(reply.arguments()[0]))
        self._watch_logind_session(logind_session_path(session_id))

    def _watch_logind_session(self, path: str) -> None:
        bus = self._system_bus
        if bus is None:
            return
        if bus.connect(LOGIND_SERVICE, path, LOGIND_SESSION, "Lock", self, SLOT("_logind_lock()")):
            self.mechanisms.append("logind Lock")
        if bus.connect(
            LOGIND_SERVICE,
            path,
            DBUS_PROPERTIES,
            "PropertiesChanged",
            self,
            SLOT("_logind_properties_changed(QString,QVariantMap,QStringList)"),
        ):
            self.mechanisms.append("logind LockedHint")
        if "logind Lock" not in self.mechanisms:
            log.info("Session lock: could not listen to logind (%s)", bus.lastError().message())

    @Slot(bool)
    def _screensaver_changed(self, active: bool) -> None:
        if active:
            self._report("screen saver active")

    @Slot()
    def _logind_lock(self) -> None:
        self._report("logind Lock")

    @Slot(str, "QVariantMap", "QStringList")
    def _logind_properties_changed(
        self, interface: str, changed: dict[str, Any], _invalidated: list[str]
    ) -> None:
        if interface == LOGIND_SESSION and _unwrap(changed.get("LockedHint")) is True:
            self._report("logind LockedHint")


def _unwrap(value: Any) -> Any:
    """The Python value inside a QDBusVariant, or `value` itself."""
    inner = getattr(value, "variant", None)
    return inner() if callable(inner) else value


class SessionNotificationWindow(QWidget):
    """A hidden native window for Windows' session notifications, which go to a window
    (an HWND), not to a thread. Never shown."""

    def __init__(self, on_lock: Callable[[], None]):
        super().__init__()
        self.setObjectName("sessionNotificationWindow")
        self._on_lock = on_lock
        self._hwnd = 0

    def register(self) -> None:
        import ctypes
        from ctypes import wintypes

        wtsapi32 = ctypes.WinDLL("wtsapi32", use_last_error=True)
        register = wtsapi32.WTSRegisterSessionNotification
        register.argtypes = [wintypes.HWND, wintypes.DWORD]
        register.restype = wintypes.BOOL
        hwnd = int(self.winId())  # makes the native window, still hidden
        if not register(hwnd, NOTIFY_FOR_THIS_SESSION):
            raise ctypes.WinError(ctypes.get_last_error())
        self._hwnd = hwnd

    def unregister(self) -> None:
        if not self._hwnd:
            return
        import ctypes
        from ctypes import wintypes

        unregister = ctypes.WinDLL("wtsapi32").WTSUnRegisterSessionNotification
        unregister.argtypes = [wintypes.HWND]
        unregister.restype = wintypes.BOOL
        unregister(self._hwnd)
        self._hwnd = 0

    def nativeEvent(self, event_type: QByteArray | bytes, message: int) -> tuple[bool, int]:
        if (
            bytes(event_type) == WINDOWS_MESSAGE_EVENT
            and message
            and is_session_lock_message(*read_native_message(int(message)))
        ):
            self._on_lock()
        return False, 0  # Qt goes on handling the message as before
