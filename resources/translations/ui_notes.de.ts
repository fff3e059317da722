<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Start my private notes</source>
            <translation>Meine privaten Notizen beginnen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your name, or any label</source>
            <translation>Ihr Name oder eine Bezeichnung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Remember on this computer (unlock without typing)</source>
            <translation>Auf diesem Computer merken (ohne Eingabe entsperren)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Off on the shared meeting-room PC: everyone who uses this computer's account could open your notes without the passphrase.</source>
            <translation>Auf dem gemeinsamen PC im Sitzungsraum aus: Alle, die dieses Benutzerkonto verwenden, könnten Ihre Notizen ohne Passphrase öffnen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your notes open when you unlock your computer account; the passphrase still works anywhere.</source>
            <translation>Ihre Notizen öffnen sich, wenn Sie Ihr Benutzerkonto entsperren; die Passphrase funktioniert weiterhin überall.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Whose notes</source>
            <translation>Wessen Notizen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Type it again</source>
            <translation>Noch einmal eingeben</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>At least 12 characters, or four or more words. A short sentence you will remember works well.</source>
            <translation>Mindestens 12 Zeichen oder vier oder mehr Wörter. Ein kurzer Satz, den Sie sich merken, eignet sich gut.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Create</source>
            <translation>Erstellen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your reflections are encrypted on this computer and readable by you alone. Nobody else — not the practice, not BalintDesk — can open them without your passphrase or recovery key.</source>
            <translation>Ihre Reflexionen werden auf diesem Computer verschlüsselt und sind nur für Sie lesbar. Niemand sonst – weder die Praxis noch BalintDesk – kann sie ohne Ihre Passphrase oder Ihren Wiederherstellungsschlüssel öffnen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Choose your name from the list or type a label.</source>
            <translation>Wählen Sie Ihren Namen aus der Liste oder geben Sie eine Bezeichnung ein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>The two passphrases differ; please type it again.</source>
            <translation>Die beiden Passphrasen unterscheiden sich; bitte noch einmal eingeben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Creating…</source>
            <translation>Wird erstellt…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Open my notes</source>
            <translation>Meine Notizen öffnen</translation>
        </message>
    </context>
    <context>
        <name>ManageVaultDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Manage my notes</source>
            <translation>Meine Notizen verwalten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Change passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Export encrypted copy…</source>
            <translation>Verschlüsselte Kopie exportieren…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Type “{name}” to delete</source>
            <translation>Zum Löschen „{name}“ eingeben</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Delete all my notes</source>
            <translation>Alle meine Notizen löschen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Current passphrase</source>
            <translation>Aktuelle Passphrase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer</source>
            <translation>Dieser Computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Move to another computer</source>
            <translation>Auf einen anderen Computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Forget this computer</source>
            <translation>Diesen Computer vergessen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Remember on this computer</source>
            <translation>Auf diesem Computer merken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Passphrase changed. Your notes were not touched.</source>
            <translation>Passphrase geändert. Ihre Notizen blieben unverändert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer no longer opens your notes by itself.</source>
            <translation>Dieser Computer öffnet Ihre Notizen nicht mehr von selbst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer now opens your notes when you unlock it.</source>
            <translation>Dieser Computer öffnet Ihre Notizen jetzt, wenn Sie ihn entsperren.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Export an encrypted copy</source>
            <translation>Verschlüsselte Kopie exportieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>BalintDesk vault (*.balintvault)</source>
            <translation>BalintDesk-Tresor (*.balintvault)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>The copy could not be written: {reason}</source>
            <translation>Die Kopie konnte nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Saved {name}. It opens with your passphrase or recovery key.</source>
            <translation>{name} gespeichert. Die Datei öffnet sich mit Ihrer Passphrase oder Ihrem Wiederherstellungsschlüssel.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>A title for you (kept encrypted)</source>
            <translation>Ein Titel für Sie (bleibt verschlüsselt)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Themes or your own words, separated by commas</source>
            <translation>Themen oder eigene Wörter, kommagetrennt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>After the meeting of</source>
            <translation>Nach der Sitzung vom</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Write freely; only you can read this.</source>
            <translation>Schreiben Sie frei; nur Sie können dies lesen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
    </context>
    <context>
        <name>NotesExportDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>You have no notes to export yet.</source>
            <translation>Sie haben noch keine Notizen zum Exportieren.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>%n damaged note(s) cannot be opened, so they are not listed.</source>
            <translation>
                <numerusform>%n beschädigte Notiz kann nicht geöffnet werden und ist daher nicht aufgeführt.</numerusform>
                <numerusform>%n beschädigte Notizen können nicht geöffnet werden und sind daher nicht aufgeführt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>{chosen} of {total} chosen</source>
            <translation>{chosen} von {total} ausgewählt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Tick at least one note to export.</source>
            <translation>Haken Sie mindestens eine Notiz zum Exportieren an.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>‘{title}’: {kinds}</source>
            <translation>„{title}“: {kinds}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Save the notes as a PDF</source>
            <translation>Notizen als PDF speichern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Saved “{name}” ({length}) in {folder}. Keep it private.</source>
            <translation>„{name}“ ({length}) in {folder} gespeichert. Bewahren Sie die Datei vertraulich auf.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>NotesExportPanels</name>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export notes to PDF</source>
            <translation>Notizen als PDF exportieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export notes for appraisal</source>
            <translation>Notizen für die Beurteilung exportieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Tick the reflections to include. The PDF is not encrypted: keep it somewhere private, and delete it when your appraisal is done.</source>
            <translation>Haken Sie die Reflexionen an, die aufgenommen werden sollen. Das PDF ist nicht verschlüsselt: Bewahren Sie es vertraulich auf und löschen Sie es nach der Beurteilung.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Notes to export</source>
            <translation>Zu exportierende Notizen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Select all</source>
            <translation>Alle auswählen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>The privacy guard noticed likely patient identifiers</source>
            <translation>Die Datenschutzprüfung hat wahrscheinliche Patientenmerkmale gefunden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Notes with likely identifiers</source>
            <translation>Notizen mit wahrscheinlichen Merkmalen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Choose other notes</source>
            <translation>Andere Notizen wählen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Go back and edit</source>
            <translation>Zurück und bearbeiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export anyway</source>
            <translation>Trotzdem exportieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Select a note and edit it, or export the notes as they are.</source>
            <translation>Wählen Sie eine Notiz und bearbeiten Sie sie, oder exportieren Sie die Notizen unverändert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export PDF…</source>
            <translation>PDF exportieren…</translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Unlocking…</source>
            <translation>Wird entsperrt…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>The notes could not be opened: {reason}</source>
            <translation>Die Notizen konnten nicht geöffnet werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>That name and passphrase do not open any notes on this computer.</source>
            <translation>Dieser Name und diese Passphrase öffnen keine Notizen auf diesem Computer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>You can try again in %n second(s).</source>
            <translation>
                <numerusform>Sie können es in %n Sekunde erneut versuchen.</numerusform>
                <numerusform>Sie können es in %n Sekunden erneut versuchen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>{name} — unlocked</source>
            <translation>{name} – entsperrt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Locked after a while without use.</source>
            <translation>Nach einer Weile ohne Nutzung gesperrt.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>%n note(s) are damaged and cannot be opened.</source>
            <translation>
                <numerusform>%n Notiz ist beschädigt und kann nicht geöffnet werden.</numerusform>
                <numerusform>%n Notizen sind beschädigt und können nicht geöffnet werden.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Editing…</source>
            <translation>Wird bearbeitet…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Saved, encrypted.</source>
            <translation>Verschlüsselt gespeichert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Note deleted.</source>
            <translation>Notiz gelöscht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Bring notes from another computer</source>
            <translation>Notizen von einem anderen Computer übernehmen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>BalintDesk vault (*.balintvault)</source>
            <translation>BalintDesk-Tresor (*.balintvault)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Passphrase of the exported notes</source>
            <translation>Passphrase der exportierten Notizen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>The passphrase or recovery key those notes were kept with:</source>
            <translation>Die Passphrase oder der Wiederherstellungsschlüssel dieser Notizen:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Imported. Unlock it with its passphrase.</source>
            <translation>Importiert. Entsperren Sie die Notizen mit ihrer Passphrase.</translation>
        </message>
    </context>
    <context>
        <name>NotesPanels</name>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>{title}
{day:short}</source>
            <translation>{title}
{day:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>My private notes</source>
            <translation>Meine privaten Notizen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Start my private notes</source>
            <translation>Meine privaten Notizen beginnen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Bring notes from another computer…</source>
            <translation>Notizen von anderem Computer übernehmen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Keep reflections after a meeting, encrypted on this computer and readable by you alone. They never leave this computer unless you export them.</source>
            <translation>Halten Sie Reflexionen nach einer Sitzung fest – verschlüsselt auf diesem Computer und nur für Sie lesbar. Sie verlassen diesen Computer nie, außer Sie exportieren sie.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Your name, as when you started your notes</source>
            <translation>Ihr Name, wie beim Beginn Ihrer Notizen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>This is the shared meeting-room PC, so the names of those who keep notes here are not shown. Type yours and your passphrase.</source>
            <translation>Dies ist der gemeinsame PC im Sitzungsraum, daher werden die Namen derer, die hier Notizen führen, nicht angezeigt. Geben Sie Ihren Namen und Ihre Passphrase ein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Use my recovery key instead</source>
            <translation>Stattdessen Wiederherstellungsschlüssel verwenden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Start another person's notes</source>
            <translation>Notizen für eine andere Person beginnen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Whose notes</source>
            <translation>Wessen Notizen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Passphrase or recovery key</source>
            <translation>Passphrase oder Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Lock  (Ctrl+L)</source>
            <translation>Sperren  (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Manage…</source>
            <translation>Verwalten…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Export to PDF…</source>
            <translation>Als PDF exportieren…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Chosen notes as a PDF for your appraisal</source>
            <translation>Ausgewählte Notizen als PDF für Ihre Beurteilung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Search my notes</source>
            <translation>Meine Notizen durchsuchen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Template for a new note</source>
            <translation>Vorlage für eine neue Notiz</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>New note</source>
            <translation>Neue Notiz</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Delete note</source>
            <translation>Notiz löschen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>My notes</source>
            <translation>Meine Notizen</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPanel</name>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Privacy guard</source>
            <translation>Datenschutzprüfung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Nothing that looks like a patient identifier.</source>
            <translation>Nichts, was auf einen Patienten hinweist.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Underlined in your note — please check:</source>
            <translation>In Ihrer Notiz unterstrichen – bitte prüfen:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>I have written down or printed my recovery key</source>
            <translation>Ich habe meinen Wiederherstellungsschlüssel notiert oder ausgedruckt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>This recovery key opens your notes if you forget the passphrase. It is shown only now. Keep it somewhere safe and private, away from this computer.</source>
            <translation>Dieser Wiederherstellungsschlüssel öffnet Ihre Notizen, falls Sie die Passphrase vergessen. Er wird nur jetzt angezeigt. Bewahren Sie ihn sicher und vertraulich auf, nicht bei diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Copied. Paste it where you keep it safe; BalintDesk clears the clipboard in a minute.</source>
            <translation>Kopiert. Fügen Sie ihn dort ein, wo Sie ihn sicher aufbewahren; BalintDesk leert die Zwischenablage in einer Minute.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Print the recovery key</source>
            <translation>Wiederherstellungsschlüssel drucken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Sent to the printer. Keep the page somewhere safe and private.</source>
            <translation>An den Drucker gesendet. Bewahren Sie die Seite sicher und vertraulich auf.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>The printer could not be used; write the key down instead.</source>
            <translation>Der Drucker konnte nicht verwendet werden; notieren Sie den Schlüssel stattdessen.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPrint</name>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>BalintDesk recovery key</source>
            <translation>BalintDesk-Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>For the private notes of {owner}, made on {day}.</source>
            <translation>Für die privaten Notizen von {owner}, erstellt am {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>This key opens your private notes if you forget your passphrase. Keep this page somewhere safe and private, away from the computer: anyone who has it and your notes file can read your notes. BalintDesk cannot show the key again.</source>
            <translation>Dieser Schlüssel öffnet Ihre privaten Notizen, falls Sie Ihre Passphrase vergessen. Bewahren Sie diese Seite sicher und vertraulich auf, nicht beim Computer: Wer sie und Ihre Notizdatei hat, kann Ihre Notizen lesen. BalintDesk kann den Schlüssel nicht erneut anzeigen.</translation>
        </message>
    </context>
</TS>
