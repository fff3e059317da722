<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>DamagedDataBox</name>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>BalintDesk's data is damaged</source>
            <translation>Die Daten von BalintDesk sind beschädigt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>BalintDesk cannot use its data file: part of it has been damaged, as happens when a disk starts to fail or a copy is cut short. Nothing has been changed in it.</source>
            <translation>BalintDesk kann seine Datendatei nicht verwenden: Ein Teil davon ist beschädigt, wie es vorkommt, wenn ein Laufwerk zu versagen beginnt oder eine Kopie abbricht. Darin wurde nichts verändert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>You can go back to the newest backup that is whole, from {moment}. Anything entered after that will be missing. The damaged file is kept, renamed, in {folder}.</source>
            <translation>Sie können zur neuesten unbeschädigten Sicherung zurückkehren ({moment}). Was danach eingegeben wurde, fehlt dann. Die beschädigte Datei wird umbenannt in {folder} aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>Restore the newest sound backup (from {moment})</source>
            <translation>Neueste intakte Sicherung wiederherstellen ({moment})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>There is no backup that is whole to go back to. BalintDesk leaves the file {file} as it is, for someone who can try to rescue it.</source>
            <translation>Es gibt keine unbeschädigte Sicherung, zu der Sie zurückkehren könnten. BalintDesk lässt die Datei {file} unverändert, damit jemand versuchen kann, sie zu retten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Quit during the meeting?</source>
            <translation>Während der Sitzung beenden?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>The meeting's timer is still running.</source>
            <translation>Der Timer der Sitzung läuft noch.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>If you quit now, BalintDesk offers to carry on where the timer was the next time it starts.</source>
            <translation>Wenn Sie jetzt beenden, bietet BalintDesk beim nächsten Start an, dort weiterzumachen, wo der Timer stand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Keep the meeting open</source>
            <translation>Sitzung geöffnet lassen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Shared meeting-room PC</source>
            <translation>Gemeinsamer PC im Sitzungsraum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Personal computer</source>
            <translation>Persönlicher Computer</translation>
        </message>
    </context>
    <context>
        <name>ServerOpening</name>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Type your password for the login “{login}” on the server {host}.</source>
            <translation>Geben Sie Ihr Passwort für den Anmeldenamen „{login}“ auf dem Server {host} ein.</translation>
        </message>
    </context>
    <context>
        <name>ServerStartBox</name>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>BalintDesk cannot open the group database on the server.</source>
            <translation>BalintDesk kann die Gruppendatenbank auf dem Server nicht öffnen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Retry</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Use this computer's own data</source>
            <translation>Eigene Daten dieses Computers verwenden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>The server's password</source>
            <translation>Passwort des Servers</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>BalintDesk could not open its data in {folder}.

{reason}

Your backups are in the 'backups' folder there.</source>
            <translation>BalintDesk konnte seine Daten in {folder} nicht öffnen.

{reason}

Ihre Sicherungen liegen dort im Ordner „backups“.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Resume the meeting?</source>
            <translation>Sitzung fortsetzen?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>The meeting of {day:long} ({template}) was still running when BalintDesk stopped. Carry on where the timer was?</source>
            <translation>Die Sitzung vom {day:long} ({template}) lief noch, als BalintDesk beendet wurde. Dort weitermachen, wo der Timer stand?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Not now</source>
            <translation>Jetzt nicht</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>&amp;Group</source>
            <translation>&amp;Gruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Meeting</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Roster</source>
            <translation>Teilnehmerliste</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Rota</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Welcome to BalintDesk</source>
            <translation>Willkommen bei BalintDesk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Three quick questions and you are ready. You can change all of this later under Settings.</source>
            <translation>Drei kurze Fragen, dann kann es losgehen. Sie können all das später unter Einstellungen ändern.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Your Balint group</source>
            <translation>Ihre Balintgruppe</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>This computer</source>
            <translation>Dieser Computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>The shared meeting-room PC</source>
            <translation>Der gemeinsame PC im Sitzungsraum</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>My own computer</source>
            <translation>Mein eigener Computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Several people use this account.</source>
            <translation>Mehrere Personen nutzen dieses Benutzerkonto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Only I use this account.</source>
            <translation>Nur ich nutze dieses Benutzerkonto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>On a shared PC, private notes are never unlocked automatically, because everyone who uses this account could open them.</source>
            <translation>Auf einem gemeinsamen PC werden private Notizen nie automatisch entsperrt, weil alle, die dieses Benutzerkonto nutzen, sie öffnen könnten.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Start using BalintDesk</source>
            <translation>Mit BalintDesk beginnen</translation>
        </message>
    </context>
</TS>
