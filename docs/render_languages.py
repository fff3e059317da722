"""Render every page, the welcome and the room display in German and French at 1280×720.

    QT_QPA_PLATFORM=offscreen python docs/render_languages.py [OUT_DIR]

Into OUT_DIR/<language>/ (default docs/screenshots/languages/): the same invented group as
render_screenshots.py, the window at 1272×672 (a 1280×720 screen less its frame), each page,
and the room display running and in overtime at 1280×720.
"""

from __future__ import annotations

from pathlib import Path

from render_common import WINDOW_SIZE, Shooter, run, throwaway_database
from render_screenshots import TODAY, sample_group
from render_timer import states

from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import settings, timer_store
from balintdesk.ui.main_window import MainWindow
from balintdesk.ui.timer.driver import TimerDriver
from balintdesk.ui.timer.projector import ProjectorWindow
from balintdesk.ui.welcome import WelcomeDialog

LANGUAGES = ("de", "fr")
PAGES = {
    MainWindow.MEETING: "meeting",
    MainWindow.TIMER: "timer",
    MainWindow.ROSTER: "roster",
    MainWindow.ROTA: "rota",
    MainWindow.NOTES: "notes",
    MainWindow.SETTINGS: "settings",
}


def render(out: Path) -> list[Path]:
    written: list[Path] = []
    Shooter(out)  # the styled application, before the language is installed
    try:
        for language in LANGUAGES:
            i18n_qt.install(language)
            written += _render_language(Shooter(out / language))
    finally:
        i18n_qt.install("en")
    return written


def _render_language(shot: Shooter) -> list[Path]:
    welcome = WelcomeDialog()
    welcome.show()
    shot(welcome, "welcome")
    welcome.close()
    with throwaway_database() as (data_dir, db):
        sample_group()
        settings.set_flag(settings.WELCOME_DONE, True)
        window = MainWindow(db, data_dir, today=lambda: TODAY)
        window.resize(*WINDOW_SIZE)
        window.show()
        for index, name in PAGES.items():
            window.show_page(index)
            shot(window, f"page-{name}")
        window.close()
    for name, timer, clock in states():
        if name not in ("running", "overtime", "warning"):
            continue
        room = ProjectorWindow(TimerDriver(timer, clock))
        room.set_frame(timer_store.DEFAULT_FRAME_TEXT)
        room.resize(1280, 720)
        room.show()
        room.driver.refresh()
        shot(room, f"room-display-{name}")
        room.close()
    return shot.written


if __name__ == "__main__":
    run(lambda out: render(out if out.name == "languages" else out / "languages"))
