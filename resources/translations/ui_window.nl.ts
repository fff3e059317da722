<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>DamagedDataBox</name>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>BalintDesk's data is damaged</source>
            <translation>De gegevens van BalintDesk zijn beschadigd</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>BalintDesk cannot use its data file: part of it has been damaged, as happens when a disk starts to fail or a copy is cut short. Nothing has been changed in it.</source>
            <translation>BalintDesk kan zijn gegevensbestand niet gebruiken: een deel ervan is beschadigd, zoals gebeurt wanneer een schijf begint te haperen of een kopie wordt afgebroken. Er is niets in gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>You can go back to the newest backup that is whole, from {moment}. Anything entered after that will be missing. The damaged file is kept, renamed, in {folder}.</source>
            <translation>U kunt teruggaan naar de nieuwste intacte back-up, van {moment}. Wat daarna is ingevoerd, ontbreekt dan. Het beschadigde bestand blijft bewaard, hernoemd, in {folder}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>Restore the newest sound backup (from {moment})</source>
            <translation>Nieuwste intacte back-up terugzetten ({moment})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>There is no backup that is whole to go back to. BalintDesk leaves the file {file} as it is, for someone who can try to rescue it.</source>
            <translation>Er is geen intacte back-up om naar terug te gaan. BalintDesk laat het bestand {file} zoals het is, zodat iemand kan proberen het te redden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/damaged.py" />
            <source>Quit</source>
            <translation>Afsluiten</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Quit during the meeting?</source>
            <translation>Afsluiten tijdens de bijeenkomst?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>The meeting's timer is still running.</source>
            <translation>De timer van de bijeenkomst loopt nog.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>If you quit now, BalintDesk offers to carry on where the timer was the next time it starts.</source>
            <translation>Als u nu afsluit, biedt BalintDesk bij de volgende start aan verder te gaan waar de timer was.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Quit</source>
            <translation>Afsluiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Keep the meeting open</source>
            <translation>Bijeenkomst open laten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Shared meeting-room PC</source>
            <translation>Gedeelde pc in de vergaderruimte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/main_window.py" />
            <source>Personal computer</source>
            <translation>Persoonlijke computer</translation>
        </message>
    </context>
    <context>
        <name>ServerOpening</name>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Type your password for the login “{login}” on the server {host}.</source>
            <translation>Typ uw wachtwoord voor gebruikersnaam ‘{login}’ op de server {host}.</translation>
        </message>
    </context>
    <context>
        <name>ServerStartBox</name>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>BalintDesk cannot open the group database on the server.</source>
            <translation>BalintDesk kan de groepsdatabase op de server niet openen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Retry</source>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Use this computer's own data</source>
            <translation>Eigen gegevens van deze computer gebruiken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>Quit</source>
            <translation>Afsluiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session_server.py" />
            <source>The server's password</source>
            <translation>Wachtwoord van de server</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>BalintDesk could not open its data in {folder}.

{reason}

Your backups are in the 'backups' folder there.</source>
            <translation>BalintDesk kon zijn gegevens in {folder} niet openen.

{reason}

Uw back-ups staan daar in de map ‘backups’.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Resume the meeting?</source>
            <translation>Bijeenkomst hervatten?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>The meeting of {day:long} ({template}) was still running when BalintDesk stopped. Carry on where the timer was?</source>
            <translation>De bijeenkomst van {day:long} ({template}) liep nog toen BalintDesk stopte. Verdergaan waar de timer was?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Resume</source>
            <translation>Hervatten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/session.py" />
            <source>Not now</source>
            <translation>Nu niet</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>&amp;Group</source>
            <translation>&amp;Groep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Pages</source>
            <translation>Pagina's</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Meeting</source>
            <translation>Bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Roster</source>
            <translation>Ledenlijst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Rota</source>
            <translation>Rooster</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/sidebar.py" />
            <source>Version {version}</source>
            <translation>Versie {version}</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Welcome to BalintDesk</source>
            <translation>Welkom bij BalintDesk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Three quick questions and you are ready. You can change all of this later under Settings.</source>
            <translation>Drie korte vragen en u kunt beginnen. U kunt dit alles later wijzigen onder Instellingen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Your Balint group</source>
            <translation>Uw Balintgroep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>This computer</source>
            <translation>Deze computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>The shared meeting-room PC</source>
            <translation>De gedeelde pc in de vergaderruimte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>My own computer</source>
            <translation>Mijn eigen computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Several people use this account.</source>
            <translation>Meerdere mensen gebruiken dit account.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Only I use this account.</source>
            <translation>Alleen ik gebruik dit account.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>On a shared PC, private notes are never unlocked automatically, because everyone who uses this account could open them.</source>
            <translation>Op een gedeelde pc worden privénotities nooit automatisch ontgrendeld, omdat iedereen die dit account gebruikt ze zou kunnen openen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/welcome.py" />
            <source>Start using BalintDesk</source>
            <translation>BalintDesk gaan gebruiken</translation>
        </message>
    </context>
</TS>
