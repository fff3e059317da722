"""The OS session lock watch: real D-Bus signals on the private session bus that
tests/run.sh starts (dbus-run-session), a stand-in logind on that bus, Windows' message
decoding on a hand-made MSG, and no error where a mechanism is missing.

Without a session bus the D-Bus tests skip — except under CI=true, where they fail.
"""

from __future__ import annotations

import ctypes
import ctypes.wintypes
import gc
import logging
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from itertools import count

import pytest
from PySide6.QtCore import ClassInfo, Property, QByteArray, QObject
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVariant

from balintdesk.ui import session_lock
from balintdesk.ui.session_lock import (
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    SessionLockWatch,
    SessionNotificationWindow,
    is_session_lock_message,
    logind_session_path,
    read_native_message,
)

ON_CI = os.environ.get("CI") == "true"
LINUX_ONLY = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="D-Bus session locks are for Linux and BSD"
)
WTS_SESSION_UNLOCK = 0x8
_names = count()


def needs(problem: str | None) -> None:
    """Skip for want of `problem` — but fail under CI, where it must be there."""
    if problem is None:
        return
    if ON_CI:
        pytest.fail(f"CI=true and {problem}")
    pytest.skip(problem)


@pytest.fixture
def session_bus(qapp) -> QDBusConnection:
    """The private session bus of tests/run.sh."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        needs("no D-Bus session bus (run the tests with tests/run.sh)")
    bus = QDBusConnection.sessionBus()
    needs(None if bus.isConnected() else f"no D-Bus session bus: {bus.lastError().message()}")
    return bus


@pytest.fixture
def dead_bus(qapp) -> Iterator[QDBusConnection]:
    name = f"balintdesk-test-dead-{next(_names)}"
    bus = QDBusConnection.connectToBus("unix:path=/nonexistent/balintdesk/bus", name)
    assert not bus.isConnected()
    yield bus
    QDBusConnection.disconnectFromBus(name)


def round_trip(bus: QDBusConnection) -> None:
    """Wait for the bus to answer one call: it has then also taken our match rules, so a
    signal sent after this reaches the watch."""
    call = QDBusMessage.createMethodCall(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId"
    )
    reply = bus.call(call)
    assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()


def dbus_send_signal(path: str, member: str, *args: str) -> None:
    dbus_send = shutil.which("dbus-send")
    needs(None if dbus_send else "dbus-send is missing (Debian package dbus)")
    subprocess.run(
        [dbus_send, "--session", "--type=signal", path, member, *args], check=True, timeout=10
    )


# --- the screen savers on the session bus -----------------------------------------------


@LINUX_ONLY
@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE's second path
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
        ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
        ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
    ],
)
def test_a_screen_saver_turning_on_means_locked(
    qtbot, session_bus: QDBusConnection, dead_bus: QDBusConnection, path: str, interface: str
) -> None:
    watch = SessionLockWatch(system_bus=dead_bus)
    assert f"{interface}.ActiveChanged" in watch.mechanisms
    round_trip(session_bus)
    with qtbot.waitSignal(watch.locked, timeout=5000):
        dbus_send_signal(path, f"{interface}.ActiveChanged", "boolean:true")


@LINUX_ONLY
def test_a_screen_saver_turning_off_is_not_a_lock(
    qtbot, session_bus: QDBusConnection, dead_bus: QDBusConnection
) -> None:
    watch = SessionLockWatch(system_bus=dead_bus)
    round_trip(session_bus)
    with qtbot.assertNotEmitted(watch.locked, wait=300):
        dbus_send_signal(
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:false",
        )
        dbus_send_signal(
            "/org/freedesktop/ScreenSaver", "org.example.Other.ActiveChanged", "boolean:true"
        )


@LINUX_ONLY
def test_a_watch_kept_only_by_its_parent_still_hears(
    qtbot, session_bus: QDBusConnection, dead_bus: QDBusConnection
) -> None:
    """The wiring line keeps no reference but the parent's: the watch must live on."""
    parent = QObject()
    heard: list[bool] = []
    SessionLockWatch(parent, system_bus=dead_bus).locked.connect(lambda: heard.append(True))
    gc.collect()
    round_trip(session_bus)
    dbus_send_signal(
        "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "boolean:true"
    )
    qtbot.waitUntil(lambda: heard == [True], timeout=5000)


# --- logind, played by a stand-in that owns org.freedesktop.login1 on the session bus ----


@ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Session"})
class FakeSession(QObject):
    """What the watch asks of logind's …/session/auto when $XDG_SESSION_ID is unset."""

    def _id(self) -> str:
        return "c7"

    Id = Property(str, _id)


class FakeLogind:
    def __init__(self) -> None:
        self.name = f"balintdesk-test-logind-{next(_names)}"
        self.bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, self.name)
        assert self.bus.registerService(session_lock.LOGIND_SERVICE), self.bus.lastError().message()
        self.session = FakeSession()
        assert self.bus.registerObject(
            f"{session_lock.LOGIND_SESSIONS}/auto",
            self.session,
            QDBusConnection.RegisterOption.ExportAllProperties,
        )

    def lock(self, path: str) -> None:
        assert self.bus.send(QDBusMessage.createSignal(path, session_lock.LOGIND_SESSION, "Lock"))

    def locked_hint(self, path: str, value: bool) -> None:
        signal = QDBusMessage.createSignal(path, session_lock.DBUS_PROPERTIES, "PropertiesChanged")
        signal.setArguments(
            [session_lock.LOGIND_SESSION, {"LockedHint": QDBusVariant(value)}, ["IdleHint"]]
        )
        assert self.bus.send(signal)

    def close(self) -> None:
        self.bus.unregisterObject(f"{session_lock.LOGIND_SESSIONS}/auto")
        self.bus.unregisterService(session_lock.LOGIND_SERVICE)
        QDBusConnection.disconnectFromBus(self.name)


@pytest.fixture
def logind(session_bus: QDBusConnection) -> Iterator[FakeLogind]:
    fake = FakeLogind()
    yield fake
    fake.close()


@LINUX_ONLY
def test_logind_lock_of_this_session_means_locked(
    qtbot, monkeypatch, session_bus: QDBusConnection, dead_bus, logind: FakeLogind
) -> None:
    monkeypatch.setenv("XDG_SESSION_ID", "2")
    watch = SessionLockWatch(session_bus=dead_bus, system_bus=session_bus)
    assert watch.mechanisms == ["logind Lock", "logind LockedHint"]
    round_trip(session_bus)
    with qtbot.assertNotEmitted(watch.locked, wait=300):
        logind.lock(f"{session_lock.LOGIND_SESSIONS}/_33")  # someone else's session
        logind.locked_hint("/org/freedesktop/login1/session/_32", False)  # unlocked
        # The right path, but not from logind: ignored.
        session_bus.send(
            QDBusMessage.createSignal(
                "/org/freedesktop/login1/session/_32", session_lock.LOGIND_SESSION, "Lock"
            )
        )
    with qtbot.waitSignal(watch.locked, timeout=5000):
        logind.lock("/org/freedesktop/login1/session/_32")
    with qtbot.waitSignal(watch.locked, timeout=5000):
        logind.locked_hint("/org/freedesktop/login1/session/_32", True)


@LINUX_ONLY
def test_without_xdg_session_id_logind_is_asked_for_the_session(
    qtbot, monkeypatch, session_bus: QDBusConnection, dead_bus, logind: FakeLogind
) -> None:
    monkeypatch.delenv("XDG_SESSION_ID", raising=False)
    watch = SessionLockWatch(session_bus=dead_bus, system_bus=session_bus)
    assert watch.mechanisms == []  # the answer comes later; nothing waited for it
    qtbot.waitUntil(lambda: "logind Lock" in watch.mechanisms, timeout=5000)
    round_trip(session_bus)
    with qtbot.waitSignal(watch.locked, timeout=5000):
        logind.lock("/org/freedesktop/login1/session/c7")


@LINUX_ONLY
def test_a_logind_that_does_not_answer_is_logged_not_raised(
    qtbot, monkeypatch, caplog, session_bus: QDBusConnection, dead_bus
) -> None:
    """No org.freedesktop.login1 on this bus: the question fails, the watch carries on."""
    monkeypatch.delenv("XDG_SESSION_ID", raising=False)
    caplog.set_level(logging.INFO, logger=session_lock.__name__)
    watch = SessionLockWatch(session_bus=dead_bus, system_bus=session_bus)
    qtbot.waitUntil(lambda: "logind does not know this session" in caplog.text, timeout=8000)
    assert watch.mechanisms == []


@pytest.mark.parametrize(
    ("session_id", "path"),
    [
        ("2", "/org/freedesktop/login1/session/_32"),
        ("12", "/org/freedesktop/login1/session/_312"),
        ("c1", "/org/freedesktop/login1/session/c1"),
        ("c1-x", "/org/freedesktop/login1/session/c1_2dx"),
        ("", "/org/freedesktop/login1/session/_"),
    ],
)
def test_logind_session_paths_are_escaped_as_systemd_does(session_id: str, path: str) -> None:
    assert logind_session_path(session_id) == path


# --- nothing to listen to ---------------------------------------------------------------


def test_missing_buses_are_logged_not_raised(qapp, caplog, dead_bus: QDBusConnection) -> None:
    caplog.set_level(logging.INFO, logger=session_lock.__name__)
    watch = SessionLockWatch(platform="linux", session_bus=dead_bus, system_bus=dead_bus)
    assert watch.mechanisms == []
    assert "no D-Bus session bus" in caplog.text
    assert "no D-Bus system bus" in caplog.text


def test_missing_qtdbus_is_logged_not_raised(qapp, caplog, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtDBus", None)  # import fails
    caplog.set_level(logging.INFO, logger=session_lock.__name__)
    watch = SessionLockWatch(platform="linux")
    assert watch.mechanisms == []
    assert "QtDBus is not available" in caplog.text


def test_the_default_buses_missing_do_not_raise(tmp_path) -> None:
    """The real sessionBus()/systemBus() pointed at nothing, in a fresh process (Qt keeps
    one default connection per process)."""
    script = textwrap.dedent(
        """
        import logging
        from PySide6.QtWidgets import QApplication
        from balintdesk.ui.session_lock import SessionLockWatch
        logging.basicConfig(level=logging.INFO)
        app = QApplication([])
        print(SessionLockWatch(platform="linux").mechanisms)
        """
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    nowhere = f"unix:path={tmp_path}/no-bus"
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": nowhere,
        "DBUS_SYSTEM_BUS_ADDRESS": nowhere,
    }
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert "no D-Bus session bus" in done.stderr
    assert "no D-Bus system bus" in done.stderr


def test_macos_is_left_to_the_idle_check(qapp, caplog) -> None:
    caplog.set_level(logging.INFO, logger=session_lock.__name__)
    watch = SessionLockWatch(platform="darwin")
    assert watch.mechanisms == []
    assert "idle time" in caplog.text


def test_simulate_lock_emits_locked(qtbot, dead_bus: QDBusConnection) -> None:
    watch = SessionLockWatch(platform="linux", session_bus=dead_bus, system_bus=dead_bus)
    with qtbot.waitSignal(watch.locked, timeout=1000):
        watch.simulate_lock()


# --- Windows ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message_id", "wparam", "expected"),
    [
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, True),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, False),
        (WM_WTSSESSION_CHANGE, 0x5, False),  # WTS_SESSION_LOGON
        (0x0010, WTS_SESSION_LOCK, False),  # WM_CLOSE
    ],
)
def test_windows_lock_message_decoding(message_id: int, wparam: int, expected: bool) -> None:
    assert is_session_lock_message(message_id, wparam) is expected


def fake_msg(message_id: int, wparam: int) -> ctypes.wintypes.MSG:
    msg = ctypes.wintypes.MSG()
    msg.hwnd = 0x1234
    msg.message = message_id
    msg.wParam = wparam
    msg.lParam = 42
    return msg


def test_a_windows_msg_is_read_from_its_address() -> None:
    msg = fake_msg(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert read_native_message(ctypes.addressof(msg)) == (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)


def test_the_notification_window_reports_only_a_lock(qtbot) -> None:
    heard: list[bool] = []
    window = SessionNotificationWindow(lambda: heard.append(True))
    qtbot.addWidget(window)
    unlock = fake_msg(WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK)
    lock = fake_msg(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    generic = QByteArray(b"windows_generic_MSG")
    assert window.nativeEvent(generic, ctypes.addressof(unlock)) == (False, 0)
    assert window.nativeEvent(QByteArray(b"xcb_generic_event_t"), ctypes.addressof(lock)) == (
        False,
        0,
    )
    assert heard == []
    assert window.nativeEvent(generic, ctypes.addressof(lock)) == (False, 0)
    assert heard == [True]


def test_windows_notifications_register_or_are_skipped(qtbot, caplog) -> None:
    caplog.set_level(logging.INFO, logger=session_lock.__name__)
    watch = SessionLockWatch(platform="win32")
    if sys.platform == "win32":
        assert watch.mechanisms == ["Windows session notifications"]
    else:  # no wtsapi32 here: one log line, no error
        assert watch.mechanisms == []
        assert "Windows session notifications unavailable" in caplog.text
    watch.stop()
