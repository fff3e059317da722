<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>LanguageBox</name>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>BalintDesk speaks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>For this data folder: the window, its files and the command line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>BalintDesk will speak {language} from its next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>Restart now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewGroupDialog</name>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add a group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Each group has its own roster and its own meeting pattern.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>daily backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>made by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>safety copy made before a restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>made before an upgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>{moment} — {kind} — {size} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>One case a meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Two cases a meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Leaders take turns to present too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Rota:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Save group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add another group…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This is the shared meeting-room PC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>On a shared PC everyone uses the same account, so private notes are never unlocked automatically here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Lock private notes after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Your data is kept in {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restore selected backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Open backups folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>BalintDesk makes a backup each day it is opened and keeps the last week's. Restoring keeps a safety copy of today's data first, so it can be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Not saved: please correct the fields marked above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Saved. {pattern}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>No backups yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Backed up to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restore this backup?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>BalintDesk will go back to the data in “{backup}”. Everything entered since then is kept in a safety copy, listed here, so you can change your mind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restored. A safety copy of the data from before the restore is listed above.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>%n minute(s) without use</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
</TS>
