"""The main window's size and place on this computer, kept in `window.ini` beside the
database: per computer even when the group's data lives elsewhere, and never inside the
data it shows."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QWidget

from balintdesk.paths import WINDOW_SETTINGS_NAME
from balintdesk.ui.common.forms import BORDER_ALLOWANCE, TITLE_BAR_ALLOWANCE

log = logging.getLogger(__name__)

GEOMETRY_FILE = WINDOW_SETTINGS_NAME


def _settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / GEOMETRY_FILE), QSettings.Format.IniFormat)


def place_window(window: QWidget, data_dir: Path) -> None:
    """Where the window was last closed; the first time, its usual size, made smaller to
    fit a small screen (a 1280×720 projector) and centred on it."""
    saved = _settings(data_dir).value("geometry")
    if saved is not None and window.restoreGeometry(saved):
        return
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    if frame.isNull():  # not shown yet: the title bar is not known; leave it room
        frame = QSize(BORDER_ALLOWANCE, TITLE_BAR_ALLOWANCE)
    width = min(window.width(), screen.width() - frame.width())
    height = min(window.height(), screen.height() - frame.height())
    window.resize(width, height)
    # Centred, rather than wherever the window manager puts it, so that all of it is on a
    # small screen; move() places the frame's corner.
    window.move(
        screen.left() + max(0, (screen.width() - width - frame.width()) // 2),
        screen.top() + max(0, (screen.height() - height - frame.height()) // 2),
    )


def remember_place(window: QWidget, data_dir: Path) -> None:
    try:
        settings = _settings(data_dir)
        settings.setValue("geometry", window.saveGeometry())
        settings.sync()
    except OSError:
        log.warning("could not keep the window's place", exc_info=True)
