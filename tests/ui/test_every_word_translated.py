"""Every word the window shows goes through the catalogue: with the pseudo-language, every
page, the room display and every dialog is walked, and any text outside ⟦ ⟧ that the
sample's user did not type fails the test, with where it was found."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from balintdesk import i18n
from balintdesk.i18n import qt as i18n_qt
from balintdesk.ui.main_window import MainWindow

from ._every_dialog import catalogue
from ._words import find_untranslated, texts_of


@pytest.fixture
def pseudo(qapp):
    i18n_qt.install(i18n.PSEUDO)
    yield
    i18n_qt.install(i18n.ENGLISH)


def own_data(sample) -> list[str]:
    """What the sample's user typed, and paths: shown as they are in every language."""
    return [
        "Riverside", "Dr Ann Member", "Dr Lee Leader", "Dr New Person", "Library",
        "The angry patient", "Tuesday 10 March", str(sample.folder), "members.csv",
        "balintdesk.sqlite3", "Ann", "Lee", "Member", "Leader", *rule_file_texts(),
    ]  # fmt: skip


def rule_file_texts() -> list[str]:
    """A rule's title, its settings' labels and reasons: data its file gives in each
    language (resources/rules, or a programme's own), not the catalogue's."""
    from balintdesk.store.requirements import rule_book

    texts = []
    for rule in rule_book().rules.values():
        texts += rule.title.values()
        for setting in rule.settings:
            texts += [*setting.label.values(), *setting.why.values()]
    return texts


def test_every_page_is_in_the_catalogue(qtbot, pseudo, sample, db, data_dir) -> None:
    window = MainWindow(db, data_dir)
    qtbot.addWidget(window)
    window.show()
    found = []
    for index in range(window.pages.count()):
        window.show_page(index)
        QApplication.processEvents()
        found += find_untranslated(texts_of(window), own_data(sample))
    assert not found, "not in the catalogue:\n" + "\n".join(sorted(set(found)))


def test_every_dialog_is_in_the_catalogue(qtbot, pseudo, sample) -> None:
    found = []
    for name, make in catalogue(sample).items():
        dialog = make(None)
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        missing = find_untranslated(texts_of(dialog), own_data(sample))
        found += [f"{name}: {item}" for item in missing]
        dialog.close()
    assert not found, "not in the catalogue:\n" + "\n".join(found)


def test_the_room_display_is_in_the_catalogue(qtbot, pseudo) -> None:
    from balintdesk.domain.phases import built_in_template
    from balintdesk.domain.timer import PhaseTimer
    from balintdesk.store.timer_store import DEFAULT_FRAME_TEXT
    from balintdesk.ui.timer.driver import TimerDriver
    from balintdesk.ui.timer.projector import ProjectorWindow

    now = [1000.0]
    timer = PhaseTimer(list(built_in_template("classic").phases), lambda: now[0])
    room = ProjectorWindow(TimerDriver(timer, lambda: now[0]))
    qtbot.addWidget(room)
    room.set_frame(DEFAULT_FRAME_TEXT)
    room.show()
    found = []
    for step in ("ready", "running", "over", "paused", "ended"):
        if step == "running":
            timer.start()
            timer.next()
        elif step == "over":
            now[0] += 3600
        elif step == "paused":
            timer.pause()
        elif step == "ended":
            timer.end()
        room.driver.refresh()
        QApplication.processEvents()
        found += [f"{step}: {item}" for item in find_untranslated(texts_of(room), [])]
    assert not found, "not in the catalogue:\n" + "\n".join(found)


def test_the_walk_finds_a_text_that_skipped_the_catalogue(qtbot, pseudo) -> None:
    """The check itself can fail: a label set without the catalogue is caught, with the
    user's own data and a translated text beside it let through."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from balintdesk.i18n import translate

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("Next meeting: Dr Ann Member"))
    layout.addWidget(QLabel(translate("RotaPage", "Rota") + ": Dr Ann Member"))
    page.show()
    found = find_untranslated(texts_of(page), ["Dr Ann Member"])
    assert len(found) == 1 and "Next meeting" in found[0]
