<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Start my private notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your name, or any label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Remember on this computer (unlock without typing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Off on the shared meeting-room PC: everyone who uses this computer's account could open your notes without the passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your notes open when you unlock your computer account; the passphrase still works anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Whose notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Type it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>At least 12 characters, or four or more words. A short sentence you will remember works well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your reflections are encrypted on this computer and readable by you alone. Nobody else — not the practice, not BalintDesk — can open them without your passphrase or recovery key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Choose your name from the list or type a label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>The two passphrases differ; please type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Creating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Open my notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManageVaultDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Manage my notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Export encrypted copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Type “{0}” to delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Delete all my notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Move to another computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Forget this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Remember on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Passphrase changed. Your notes were not touched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer no longer opens your notes by itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer now opens your notes when you unlock it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Export an encrypted copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>BalintDesk vault (*.balintvault)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>The copy could not be written: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Saved {0}. It opens with your passphrase or recovery key.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>A title for you (kept encrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Themes or your own words, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>After the meeting of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Write freely; only you can read this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesExportDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>You have no notes to export yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>{0} damaged note(s) cannot be opened, so they are not listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>{0} of {1} chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Tick at least one note to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>‘{0}’: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Save the notes as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>1 page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>{0} pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Saved “{0}” ({1}) in {2}. Keep it private.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesExportPanels</name>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export notes to PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export notes for appraisal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Tick the reflections to include. The PDF is not encrypted: keep it somewhere private, and delete it when your appraisal is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Notes to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Select all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>The privacy guard noticed likely patient identifiers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Notes with likely identifiers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Choose other notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Go back and edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Select a note and edit it, or export the notes as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export PDF…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Unlocking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>The notes could not be opened: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>That name and passphrase do not open any notes on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source> You can try again in {0} seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>{0} — unlocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Locked after a while without use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>{0} note(s) are damaged and cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Editing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Saved, encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Note deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Bring notes from another computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>BalintDesk vault (*.balintvault)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Passphrase of the exported notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>The passphrase or recovery key those notes were kept with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Imported. Unlock it with its passphrase.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesPanels</name>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>My private notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Start my private notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Bring notes from another computer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Keep reflections after a meeting, encrypted on this computer and readable by you alone. They never leave this computer unless you export them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Your name, as when you started your notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>This is the shared meeting-room PC, so the names of those who keep notes here are not shown. Type yours and your passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Use my recovery key instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Start another person's notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Whose notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Passphrase or recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Lock  (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Manage…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Export to PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Chosen notes as a PDF for your appraisal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Search my notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Template for a new note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>My notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrivacyPanel</name>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Privacy guard</source>
            <translation>Privacycontrole</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Nothing that looks like a patient identifier.</source>
            <translation>Niets dat naar een patiënt herleidbaar lijkt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Underlined in your note — please check:</source>
            <translation>Onderstreept in uw notitie — controleer dit:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>I have written down or printed my recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>This recovery key opens your notes if you forget the passphrase. It is shown only now. Keep it somewhere safe and private, away from this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Copied. Paste it where you keep it safe; BalintDesk clears the clipboard in a minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Print the recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Sent to the printer. Keep the page somewhere safe and private.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>The printer could not be used; write the key down instead.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
