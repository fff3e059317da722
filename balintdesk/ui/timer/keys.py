"""The timer's keys, the same in the room display and in the main window's timer panel:
Space pause/resume, → or N next, ← or B previous, + / − a minute, F or F11 full screen,
Esc close the room display."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from balintdesk.i18n import translate
from balintdesk.ui.timer.driver import TimerDriver


def key_help() -> str:
    """The keys' one-line help, in the user's language (the keys' names stay)."""
    return translate(
        "TimerKeys",
        "Space pause · → next · ← back · + / − a minute · F full screen · "
        "Esc close the room display",
    )


def handle_timer_key(
    event: QKeyEvent,
    driver: TimerDriver | None,
    toggle_full_screen: Callable[[], None],
    close_room_display: Callable[[], None],
) -> bool:
    """Act on a timer key; False if the key is not one of ours (let Qt handle it)."""
    key = event.key()
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False
    if key in (Qt.Key.Key_F, Qt.Key.Key_F11):
        toggle_full_screen()
        return True
    if key == Qt.Key.Key_Escape:
        close_room_display()
        return True
    if driver is None:
        return False
    actions = {
        Qt.Key.Key_Space: driver.toggle,
        Qt.Key.Key_Right: driver.next,
        Qt.Key.Key_N: driver.next,
        Qt.Key.Key_Left: driver.previous,
        Qt.Key.Key_B: driver.previous,
        Qt.Key.Key_Plus: driver.add_minute,
        Qt.Key.Key_Equal: driver.add_minute,  # "+" without Shift on most layouts
        Qt.Key.Key_Minus: driver.remove_minute,
        Qt.Key.Key_Underscore: driver.remove_minute,
    }
    action = actions.get(key)
    if action is None:
        return False
    action()
    return True
