<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>LanguageBox</name>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>BalintDesk speaks</source>
            <translation>BalintDesk spreekt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>For this data folder: the window, its files and the command line.</source>
            <translation>Voor deze gegevensmap: het venster, de bestanden en de opdrachtregel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>BalintDesk could not keep this choice: its data folder cannot be written.</source>
            <translation>BalintDesk kon deze keuze niet bewaren: er kan niet in de gegevensmap worden geschreven.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>BalintDesk will speak {language} from its next start.</source>
            <translation>BalintDesk spreekt vanaf de volgende start {language}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>Restart now</source>
            <translation>Nu opnieuw starten</translation>
        </message>
    </context>
    <context>
        <name>NewGroupDialog</name>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add a group</source>
            <translation>Groep toevoegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add group</source>
            <translation>Groep toevoegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Each group has its own roster and its own meeting pattern.</source>
            <translation>Elke groep heeft een eigen ledenlijst en een eigen ritme van bijeenkomsten.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>daily backup</source>
            <translation>dagelijkse back-up</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>made by hand</source>
            <translation>handmatig gemaakt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>safety copy made before a restore</source>
            <translation>veiligheidskopie van vóór een terugzetting</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>made before an upgrade</source>
            <translation>gemaakt vóór een upgrade</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>{moment} — {kind} — {size} KB</source>
            <translation>{moment} — {kind} — {size} KB</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This group</source>
            <translation>Deze groep</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>One case a meeting</source>
            <translation>Eén casus per bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Two cases a meeting</source>
            <translation>Twee casussen per bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Leaders take turns to present too</source>
            <translation>Ook begeleiders brengen om beurten een casus in</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Rota:</source>
            <translation>Rooster:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Save group</source>
            <translation>Groep opslaan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add another group…</source>
            <translation>Nog een groep toevoegen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This computer</source>
            <translation>Deze computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This is the shared meeting-room PC</source>
            <translation>Dit is de gedeelde pc in de vergaderruimte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>On a shared PC everyone uses the same account, so private notes are never unlocked automatically here.</source>
            <translation>Op een gedeelde pc gebruikt iedereen hetzelfde account, dus privénotities worden hier nooit automatisch ontgrendeld.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Lock private notes after</source>
            <translation>Privénotities vergrendelen na</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Backups</source>
            <translation>Back-ups</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Your data is kept in {folder}</source>
            <translation>Uw gegevens staan in {folder}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Back up now</source>
            <translation>Nu back-up maken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restore selected backup…</source>
            <translation>Gekozen back-up terugzetten…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Open backups folder</source>
            <translation>Back-upmap openen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>BalintDesk makes a backup each day it is opened and keeps the last week's. Restoring keeps a safety copy of today's data first, so it can be undone.</source>
            <translation>BalintDesk maakt elke dag dat het wordt geopend een back-up en bewaart die van de afgelopen week. Terugzetten bewaart eerst een veiligheidskopie van de gegevens van vandaag, zodat het ongedaan kan worden gemaakt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>The group database is on the practice's server now: IT backs it up there. The backups listed are of this computer's own file.</source>
            <translation>De groepsdatabase staat nu op de server van de praktijk: de IT-afdeling maakt daar de back-ups. De vermelde back-ups zijn van het eigen bestand van deze computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Not saved: please correct the fields marked above.</source>
            <translation>Niet opgeslagen: corrigeer de hierboven gemarkeerde velden.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Saved. {pattern}</source>
            <translation>Opgeslagen. {pattern}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>No backups yet.</source>
            <translation>Nog geen back-ups.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Backed up to {file}.</source>
            <translation>Back-up gemaakt in {file}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restore this backup?</source>
            <translation>Deze back-up terugzetten?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>BalintDesk will go back to the data in “{backup}”. Everything entered since then is kept in a safety copy, listed here, so you can change your mind.</source>
            <translation>BalintDesk gaat terug naar de gegevens in ‘{backup}’. Alles wat sindsdien is ingevoerd, blijft bewaard in een veiligheidskopie die hier wordt vermeld, zodat u zich kunt bedenken.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restored. A safety copy of the data from before the restore is listed above.</source>
            <translation>Teruggezet. Een veiligheidskopie van de gegevens van vóór het terugzetten staat hierboven in de lijst.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>The private notes are not part of this backup, so they were kept as they are.</source>
            <translation>De privénotities horen niet bij deze back-up en zijn dus ongewijzigd gebleven.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>%n minute(s) without use</source>
            <translation>
                <numerusform>%n minuut zonder gebruik</numerusform>
                <numerusform>%n minuten zonder gebruik</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedDatabaseBox</name>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>Shared database</source>
            <translation>Gedeelde database</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>Shared database…</source>
            <translation>Gedeelde database…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>Private notes always stay on this computer, whichever it is.</source>
            <translation>Privénotities blijven in elk geval op deze computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>The group database is this computer's own file.</source>
            <translation>De groepsdatabase is het eigen bestand van deze computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>The group database is on the practice's server {server}, as {login}.</source>
            <translation>De groepsdatabase staat op de server van de praktijk {server}, als {login}.</translation>
        </message>
    </context>
    <context>
        <name>SharedDatabaseDialog</name>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Shared database</source>
            <translation>Gedeelde database</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>This computer only</source>
            <translation>Alleen deze computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The practice's server</source>
            <translation>De server van de praktijk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Port:</source>
            <translation>Poort:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Login:</source>
            <translation>Gebruikersnaam:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Password:</source>
            <translation>Wachtwoord:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>CA certificate:</source>
            <translation>CA-certificaat:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The programme's CA certificate file, from IT: BalintDesk checks with it that it really talks to your server. Not needed for a server on this computer.</source>
            <translation>Het CA-certificaatbestand van het programma, van de IT-afdeling: daarmee controleert BalintDesk dat het echt met uw server praat. Niet nodig voor een server op deze computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Test connection</source>
            <translation>Verbinding testen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The group database can stay on this computer, or be the practice's server, shared by several computers. Private notes always stay on this computer.</source>
            <translation>De groepsdatabase kan op deze computer blijven, of op de server van de praktijk staan, die meerdere computers delen. Privénotities blijven altijd op deze computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>kept in the keyring</source>
            <translation>bewaard in de sleutelhanger</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The programme's CA certificate</source>
            <translation>Het CA-certificaat van het programma</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
            <translation>Certificaten (*.crt *.pem *.cer);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Enter the server's name, as IT gave it.</source>
            <translation>Vul de naam van de server in, zoals de IT-afdeling die gaf.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Enter your login on the server.</source>
            <translation>Vul uw gebruikersnaam op de server in.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Choose the programme's CA certificate file (ask IT for it).</source>
            <translation>Kies het CA-certificaatbestand van het programma (vraag het aan de IT-afdeling).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The CA certificate file chosen is not there any more.</source>
            <translation>Het gekozen CA-certificaatbestand is er niet meer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Connecting…</source>
            <translation>Verbinden…</translation>
        </message>
    </context>
</TS>
