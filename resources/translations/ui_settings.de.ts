<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>LanguageBox</name>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>BalintDesk speaks</source>
            <translation>BalintDesk spricht</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>For this data folder: the window, its files and the command line.</source>
            <translation>Für diesen Datenordner: das Fenster, seine Dateien und die Befehlszeile.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>BalintDesk could not keep this choice: its data folder cannot be written.</source>
            <translation>BalintDesk konnte diese Wahl nicht speichern: In seinen Datenordner kann nicht geschrieben werden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>BalintDesk will speak {language} from its next start.</source>
            <translation>BalintDesk spricht ab dem nächsten Start {language}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>Restart now</source>
            <translation>Jetzt neu starten</translation>
        </message>
    </context>
    <context>
        <name>NewGroupDialog</name>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add a group</source>
            <translation>Gruppe hinzufügen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add group</source>
            <translation>Gruppe hinzufügen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Each group has its own roster and its own meeting pattern.</source>
            <translation>Jede Gruppe hat ihre eigene Teilnehmerliste und ihren eigenen Sitzungsrhythmus.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>daily backup</source>
            <translation>tägliche Sicherung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>made by hand</source>
            <translation>von Hand erstellt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>safety copy made before a restore</source>
            <translation>Sicherheitskopie vor einer Wiederherstellung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>made before an upgrade</source>
            <translation>vor einem Update erstellt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>{moment} — {kind} — {size} KB</source>
            <translation>{moment} — {kind} — {size} KB</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This group</source>
            <translation>Diese Gruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>One case a meeting</source>
            <translation>Ein Fall pro Sitzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Two cases a meeting</source>
            <translation>Zwei Fälle pro Sitzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Leaders take turns to present too</source>
            <translation>Auch die Leitung stellt reihum Fälle vor</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Rota:</source>
            <translation>Plan:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Save group</source>
            <translation>Gruppe speichern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add another group…</source>
            <translation>Weitere Gruppe hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This computer</source>
            <translation>Dieser Computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This is the shared meeting-room PC</source>
            <translation>Dies ist der gemeinsame PC im Sitzungsraum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>On a shared PC everyone uses the same account, so private notes are never unlocked automatically here.</source>
            <translation>Auf einem gemeinsamen PC nutzen alle dasselbe Benutzerkonto, daher werden private Notizen hier nie automatisch entsperrt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Lock private notes after</source>
            <translation>Private Notizen sperren nach</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Your data is kept in {folder}</source>
            <translation>Ihre Daten liegen in {folder}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restore selected backup…</source>
            <translation>Ausgewählte Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Open backups folder</source>
            <translation>Sicherungsordner öffnen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>BalintDesk makes a backup each day it is opened and keeps the last week's. Restoring keeps a safety copy of today's data first, so it can be undone.</source>
            <translation>BalintDesk legt an jedem Tag, an dem es geöffnet wird, eine Sicherung an und bewahrt die der letzten Woche auf. Vor einer Wiederherstellung entsteht eine Sicherheitskopie der heutigen Daten, sodass sie sich rückgängig machen lässt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>The group database is on the practice's server now: IT backs it up there. The backups listed are of this computer's own file.</source>
            <translation>Die Gruppendatenbank liegt jetzt auf dem Server der Praxis: Die IT sichert sie dort. Die aufgeführten Sicherungen sind die der eigenen Datei dieses Computers.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Not saved: please correct the fields marked above.</source>
            <translation>Nicht gespeichert: Bitte korrigieren Sie die oben markierten Felder.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Saved. {pattern}</source>
            <translation>Gespeichert. {pattern}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>No backups yet.</source>
            <translation>Noch keine Sicherungen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Backed up to {file}.</source>
            <translation>Gesichert in {file}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restore this backup?</source>
            <translation>Diese Sicherung wiederherstellen?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>BalintDesk will go back to the data in “{backup}”. Everything entered since then is kept in a safety copy, listed here, so you can change your mind.</source>
            <translation>BalintDesk kehrt zu den Daten in „{backup}“ zurück. Alles seitdem Eingegebene bleibt in einer Sicherheitskopie erhalten, die hier aufgeführt wird, sodass Sie es sich anders überlegen können.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restored. A safety copy of the data from before the restore is listed above.</source>
            <translation>Wiederhergestellt. Eine Sicherheitskopie der Daten von vor der Wiederherstellung steht oben in der Liste.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>The private notes are not part of this backup, so they were kept as they are.</source>
            <translation>Die privaten Notizen gehören nicht zu dieser Sicherung und bleiben unverändert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>%n minute(s) without use</source>
            <translation>
                <numerusform>%n Minute ohne Nutzung</numerusform>
                <numerusform>%n Minuten ohne Nutzung</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedDatabaseBox</name>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>Shared database</source>
            <translation>Gemeinsame Datenbank</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>Shared database…</source>
            <translation>Gemeinsame Datenbank…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>Private notes always stay on this computer, whichever it is.</source>
            <translation>Private Notizen bleiben in jedem Fall auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>The group database is this computer's own file.</source>
            <translation>Die Gruppendatenbank ist die eigene Datei dieses Computers.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>The group database is on the practice's server {server}, as {login}.</source>
            <translation>Die Gruppendatenbank liegt auf dem Server der Praxis {server}, angemeldet als {login}.</translation>
        </message>
    </context>
    <context>
        <name>SharedDatabaseDialog</name>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Shared database</source>
            <translation>Gemeinsame Datenbank</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>This computer only</source>
            <translation>Nur dieser Computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The practice's server</source>
            <translation>Der Server der Praxis</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Database:</source>
            <translation>Datenbank:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Login:</source>
            <translation>Anmeldename:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Password:</source>
            <translation>Passwort:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>CA certificate:</source>
            <translation>CA-Zertifikat:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The programme's CA certificate file, from IT: BalintDesk checks with it that it really talks to your server. Not needed for a server on this computer.</source>
            <translation>Die CA-Zertifikatsdatei des Programms, von der IT: Damit prüft BalintDesk, dass es wirklich mit Ihrem Server spricht. Für einen Server auf diesem Computer nicht nötig.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The group database can stay on this computer, or be the practice's server, shared by several computers. Private notes always stay on this computer.</source>
            <translation>Die Gruppendatenbank kann auf diesem Computer bleiben oder auf dem Server der Praxis liegen, den mehrere Computer teilen. Private Notizen bleiben immer auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>kept in the keyring</source>
            <translation>im Schlüsselbund gespeichert</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The programme's CA certificate</source>
            <translation>Das CA-Zertifikat des Programms</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
            <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Enter the server's name, as IT gave it.</source>
            <translation>Geben Sie den Namen des Servers ein, wie die IT ihn genannt hat.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Enter your login on the server.</source>
            <translation>Geben Sie Ihren Anmeldenamen auf dem Server ein.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Choose the programme's CA certificate file (ask IT for it).</source>
            <translation>Wählen Sie die CA-Zertifikatsdatei des Programms (fragen Sie die IT danach).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The CA certificate file chosen is not there any more.</source>
            <translation>Die gewählte CA-Zertifikatsdatei ist nicht mehr vorhanden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Connecting…</source>
            <translation>Verbinde…</translation>
        </message>
    </context>
</TS>
