"""Exporting chosen notes to a PDF for appraisal: ticking notes, the privacy guard's step
(only when a chosen note has likely identifiers), "Export anyway", "Go back and edit",
sentences for nothing chosen and for a folder that cannot be written, and the wiring to
the Notes page (open the note to edit; close on lock)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from balintdesk.domain.privacy_words import GUIDANCE
from balintdesk.ui.notes import export_dialog as export_module
from balintdesk.ui.notes import page as notes_module
from balintdesk.ui.notes.export_dialog import NotesExportDialog, note_opener, open_notes_export
from balintdesk.ui.notes.page import NotesPage
from balintdesk.vault import crypto
from balintdesk.vault import vault as vaults
from balintdesk.vault.keychain import KeychainStatus

LABEL = "Dr Siobhán O'Neill"
PASSPHRASE = "a slow river under winter light"
FLAGGED_BODY = "Mrs Smith, 943 476 5919, stayed with me."
CANARY = "kestrel-canary-91c2"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    monkeypatch.setattr(crypto, "DEFAULT_KDF_PARAMS", crypto.KdfParams(1, 1, 8))


class FakeSaveDialog:
    """Stands in for QFileDialog: answers getSaveFileName with a set path, and counts."""

    def __init__(self, answer: Path | None):
        self.answer = answer
        self.asked: list[str] = []

    def getSaveFileName(self, _parent, _caption, directory, _filter):
        self.asked.append(directory)
        return (str(self.answer) if self.answer else "", "")


@pytest.fixture
def save_dialog(monkeypatch, tmp_path):
    fake = FakeSaveDialog(tmp_path / "appraisal")  # no suffix: ".pdf" is added
    monkeypatch.setattr(export_module, "QFileDialog", fake)
    return fake


@pytest.fixture
def vault(db):
    unlocked, _key = vaults.create_vault(LABEL, PASSPHRASE)
    return unlocked


@pytest.fixture
def notes(vault):
    """Two notes: the older one clean, the newer one with a titled name and NHS number."""
    clean = vault.save(None, "Quiet Thursday", "How quiet the room was.", (), "balint", None)
    flagged = vault.save(None, "After Tuesday", FLAGGED_BODY, ("heartsink",), "balint", None)
    return {"clean": clean.id, "flagged": flagged.id}


@pytest.fixture
def dialog(qtbot, vault, notes):
    made = NotesExportDialog(vault)
    qtbot.addWidget(made)
    made.show()
    return made


def test_lists_the_notes_newest_first_none_ticked(dialog, notes):
    items = [dialog.note_list.item(row) for row in range(dialog.note_list.count())]
    assert dialog.note_list.objectName() == "exportNoteList"
    assert [item.text().split("\n")[0] for item in items] == ["After Tuesday", "Quiet Thursday"]
    assert all(item.flags() & Qt.ItemFlag.ItemIsUserCheckable for item in items)
    assert dialog.chosen_ids() == []
    assert dialog.count_label.text() == "0 of 2 chosen"


def test_select_all_and_none(qtbot, dialog, notes):
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_ids() == [notes["flagged"], notes["clean"]]
    assert dialog.count_label.text() == "2 of 2 chosen"
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_ids() == []
    dialog.note_list.item(1).setCheckState(Qt.CheckState.Checked)  # as a click on its box
    assert dialog.chosen_ids() == [notes["clean"]]
    assert dialog.count_label.text() == "1 of 2 chosen"


def test_nothing_chosen_exports_nothing_and_says_so(qtbot, dialog, save_dialog, tmp_path):
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Tick at least one note to export."
    assert save_dialog.asked == [], "no file is asked for"
    assert dialog.export_to(tmp_path / "direct.pdf") is False
    assert dialog.status.text() == "Tick at least one note to export."
    assert not (tmp_path / "direct.pdf").exists()
    dialog.set_checked(dialog.note_list.item(1).data(Qt.ItemDataRole.UserRole))
    assert dialog.status.text() == "", "ticking a note clears the complaint"


def test_clean_notes_go_straight_to_the_file(qtbot, dialog, notes, save_dialog, tmp_path):
    dialog.set_checked(notes["clean"])
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.steps.currentIndex() == dialog.CHOOSE, "no guard step for a clean note"
    assert len(save_dialog.asked) == 1
    assert save_dialog.asked[0].endswith(".pdf")
    assert Path(save_dialog.asked[0]).name.startswith("Reflective notes ")
    saved = tmp_path / "appraisal.pdf"
    assert saved.read_bytes().startswith(b"%PDF-")
    assert dialog.saved_path == saved
    assert dialog.status.text().startswith("Saved “appraisal.pdf” (1 page) in ")
    assert str(tmp_path) in dialog.status.text()


def test_the_guard_steps_in_for_a_chosen_note_with_identifiers(
    qtbot, dialog, notes, save_dialog, tmp_path
):
    dialog.set_checked(notes["clean"])
    dialog.set_checked(notes["flagged"])
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.steps.currentIndex() == dialog.GUARD
    assert dialog.findings_text() == "‘After Tuesday’: Name with a title, NHS number"
    assert dialog.guidance_label.text() == GUIDANCE
    assert dialog.edit_button.isVisible() and dialog.anyway_button.isVisible()
    assert not dialog.export_button.isVisible(), "one row of buttons at a time"
    assert save_dialog.asked == [], "nothing is written before the doctor decides"

    qtbot.mouseClick(dialog.anyway_button, Qt.MouseButton.LeftButton)
    assert len(save_dialog.asked) == 1
    assert (tmp_path / "appraisal.pdf").exists()
    assert dialog.steps.currentIndex() == dialog.CHOOSE
    assert dialog.pages_written == 2, "one page for each note"

    # Export again with the same notes: the doctor has decided already.
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.steps.currentIndex() == dialog.CHOOSE
    assert len(save_dialog.asked) == 2


def test_changing_the_choice_asks_again(qtbot, dialog, notes, save_dialog):
    dialog.set_checked(notes["flagged"])
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.anyway_button, Qt.MouseButton.LeftButton)
    dialog.set_checked(notes["clean"])  # a note the guard has not been answered for
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.steps.currentIndex() == dialog.GUARD


def test_choose_other_notes_goes_back_to_the_list(qtbot, dialog, notes, save_dialog):
    dialog.set_checked(notes["flagged"])
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.choose_other_button, Qt.MouseButton.LeftButton)
    assert dialog.steps.currentIndex() == dialog.CHOOSE
    assert dialog.export_button.isVisible()
    assert dialog.chosen_ids() == [notes["flagged"]], "the ticks are kept"
    assert save_dialog.asked == []


def test_go_back_and_edit_names_the_note(qtbot, dialog, notes, save_dialog):
    dialog.set_checked(notes["flagged"])
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.edit_requested) as signal:
        qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert signal.args == [notes["flagged"]]
    assert dialog.edit_requested_note_id == notes["flagged"]
    assert dialog.result() == NotesExportDialog.EDIT_REQUESTED
    assert not dialog.isVisible()
    assert dialog.note_list.count() == 0 and dialog.finding_list.count() == 0, "titles dropped"
    assert save_dialog.asked == []


def test_an_unwritable_folder_gets_a_sentence(qtbot, dialog, notes, tmp_path):
    dialog.set_checked(notes["clean"])
    target = tmp_path / "not-there" / "notes.pdf"
    assert dialog.export_to(target) is False
    assert dialog.status.text().startswith(f"The file could not be saved in {target.parent}: ")
    assert "Choose another folder" in dialog.status.text()
    assert dialog.status.property("role") == "fieldError"
    assert not target.parent.exists()


def test_a_note_deleted_meanwhile_gets_a_sentence(dialog, vault, notes, tmp_path):
    dialog.set_checked(notes["clean"])
    vault.delete(notes["clean"])
    assert dialog.export_to(tmp_path / "gone.pdf") is False
    assert dialog.status.text() == "This note no longer exists."


def test_no_vault_notes_no_export(qtbot, vault):
    empty = NotesExportDialog(vault)
    qtbot.addWidget(empty)
    assert empty.note_list.count() == 0
    assert not empty.export_button.isEnabled()
    assert empty.status.text() == "You have no notes to export yet."


def test_note_text_is_never_logged(qtbot, vault, save_dialog, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    note = vault.save(None, f"Mrs {CANARY.title()}", f"{CANARY} 943 476 5919", (CANARY,), "", None)
    dialog = NotesExportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.set_checked(note.id)
    dialog.export_clicked()
    dialog.export_anyway()
    dialog.export_to(tmp_path / "missing" / "x.pdf")
    assert (tmp_path / "appraisal.pdf").exists()
    assert CANARY.casefold() not in caplog.text.casefold()


# --- wired to the Notes page -------------------------------------------------------------


@pytest.fixture
def page(qtbot, monkeypatch, vault, notes):
    """The real Notes page, unlocked with the passphrase, holding the two notes."""
    no_keyring = KeychainStatus(False, "", "No secure keyring in this test.")
    monkeypatch.setattr(notes_module, "status", lambda: no_keyring)
    vault.lock()
    made = NotesPage()
    qtbot.addWidget(made)
    made.show()
    made.secret_edit.setText(PASSPHRASE)
    assert made.unlock()
    qtbot.waitUntil(lambda: made.vault is not None)
    return made


def test_the_one_line_wiring_opens_the_note_to_edit(qtbot, page, notes, save_dialog):
    page.search_edit.setText("Quiet")  # the note to edit is hidden by a search
    assert page.note_list.count() == 1
    dialog = open_notes_export(page.vault, page, note_opener(page.note_list, page.search_edit))
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    dialog.set_checked(notes["flagged"])
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.search_edit.text() == ""
    assert page.note_id == notes["flagged"]
    assert page.editor.values()[0] == "After Tuesday"


LOCKED_CHANGED = "2locked_changed(bool)"  # Qt's SIGNAL() spelling, which receivers() takes


def test_locking_the_page_closes_and_wipes_the_dialog(qtbot, page, notes):
    listeners = page.receivers(LOCKED_CHANGED)
    dialog = open_notes_export(page.vault, page, note_opener(page.note_list))
    qtbot.addWidget(dialog)
    assert dialog.note_list.count() == 2
    assert page.receivers(LOCKED_CHANGED) == listeners + 1
    page.lock()
    assert not dialog.isVisible()
    assert dialog.note_list.count() == 0
    # A closed dialog is no longer told about locks: one connection per open dialog.
    assert page.receivers(LOCKED_CHANGED) == listeners


def test_ctrl_l_in_the_dialog_locks_the_page(qtbot, page, notes):
    # The page's application-wide shortcut does not reach past a modal dialog.
    dialog = open_notes_export(page.vault, page, note_opener(page.note_list))
    qtbot.addWidget(dialog)
    dialog.set_checked(notes["flagged"])
    qtbot.keyClick(dialog.note_list, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert page.vault is None
    assert not dialog.isVisible()
    assert dialog.note_list.count() == 0
