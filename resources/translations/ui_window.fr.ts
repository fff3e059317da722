<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>DamagedDataBox</name>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>BalintDesk's data is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>BalintDesk cannot use its data file: part of it has been damaged, as happens when a disk starts to fail or a copy is cut short. Nothing has been changed in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>You can go back to the newest backup that is whole, from {moment}. Anything entered after that will be missing. The damaged file is kept, renamed, in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>Restore the newest sound backup (from {moment})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>There is no backup that is whole to go back to. BalintDesk leaves the file {file} as it is, for someone who can try to rescue it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Quit during the meeting?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>The meeting's timer is still running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>If you quit now, BalintDesk offers to carry on where the timer was the next time it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Keep the meeting open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Shared meeting-room PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Personal computer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>BalintDesk could not open its data in {folder}.

{reason}

Your backups are in the 'backups' folder there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Resume the meeting?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>The meeting of {day:long} ({template}) was still running when BalintDesk stopped. Carry on where the timer was?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>&amp;Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Rota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Version {version}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Welcome to BalintDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Three quick questions and you are ready. You can change all of this later under Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Your Balint group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>This computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>The shared meeting-room PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>My own computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Several people use this account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Only I use this account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>On a shared PC, private notes are never unlocked automatically, because everyone who uses this account could open them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Start using BalintDesk</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
