"""Render the private-notes screens: create, the recovery key, unlock, the editor with the
privacy guard showing, and manage.

    QT_QPA_PLATFORM=offscreen python docs/render_notes.py [OUT_DIR]

Uses a throw-away data folder and invented text.
"""

from __future__ import annotations

from pathlib import Path

from render_common import WINDOW_SIZE, Shooter, run, throwaway_database

from balintdesk.domain.group import MeetingPattern
from balintdesk.domain.roster import MemberDraft
from balintdesk.store import roster, settings
from balintdesk.ui.main_window import MainWindow
from balintdesk.vault import crypto

PASSPHRASE = "a slow river under winter light"
BODY = (
    "What stayed with me?\n"
    "Mrs Smith, a 47-year-old, came back for the third time this month (NHS 943 476 5919).\n"
    "I noticed how tired I felt before she even sat down.\n\n"
    "What might it be like to be this patient?\n"
    "Perhaps frightened that nobody will take her seriously.\n"
)


def render(out: Path) -> list[Path]:
    shot = Shooter(out)
    app = shot.app
    crypto.DEFAULT_KDF_PARAMS = crypto.KdfParams(1, 1, 8)  # pictures, not security

    with throwaway_database() as (data_dir, db):
        group = roster.create_group("Riverside Balint group", MeetingPattern())
        roster.add_member(group.id, MemberDraft("Dr Siobhán O'Neill"))
        window = MainWindow(db, data_dir)
        window.resize(*WINDOW_SIZE)
        window.show()
        window.show_page(MainWindow.NOTES)
        page = window.notes_page
        shot(window, "notes-start")

        page.open_create()
        dialog = page.active_dialog
        dialog.name_combo.setCurrentIndex(0)
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.confirm_edit.setText(PASSPHRASE)
        shot(dialog, "notes-create")
        dialog.next_button.click()
        while dialog.creating:  # the key derivations run off the GUI thread
            app.processEvents()
        shot(dialog, "notes-recovery-key")
        dialog.kept_check.setChecked(True)
        dialog.next_button.click()

        page.template_combo.setCurrentIndex(page.template_combo.findData("balint"))
        page.new_note()
        page.editor.title_edit.setText("After Tuesday's group")
        page.editor.tags_edit.setText("the frequent attender, tiredness")
        page.editor.body_edit.setPlainText(BODY)
        page.editor.guard.rescan()
        page.save_now()
        shot(window, "notes-editor")

        page.open_manage()
        shot(page.active_dialog, "notes-manage")
        page.active_dialog.accept()
        page.lock()
        page.secret_edit.setText("wrong passphrase here")
        page.unlock()
        while page.unlocking:  # the key derivation runs off the GUI thread
            app.processEvents()
        shot(window, "notes-unlock")

        # The shared meeting-room PC names nobody whose notes are kept here.
        settings.set_flag(settings.SHARED_PC, True)
        window._update_computer_label()  # as Settings does when the box is ticked
        page.failures = 0
        page.refresh()
        page.owner_edit.setText("Dr Nobody Here")
        page.secret_edit.setText("wrong passphrase here")
        page.unlock()
        while page.unlocking:
            app.processEvents()
        page.owner_edit.clear()
        shot(window, "notes-unlock-shared")
        window.close()
    return shot.written


if __name__ == "__main__":
    run(render)
