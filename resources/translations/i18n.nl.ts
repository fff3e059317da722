<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>ServerWords</name>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server {host} cannot be reached: check the network, or ask IT whether the server is running.</source>
            <translation>De server {host} is niet bereikbaar: controleer het netwerk, of vraag de IT-afdeling of de server draait.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server {host} did not accept the login “{login}” with this password: check both.</source>
            <translation>De server {host} accepteerde gebruikersnaam ‘{login}’ met dit wachtwoord niet: controleer beide.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The certificate of the server {host} is not signed by the programme's CA file you chose: ask IT for the right file.</source>
            <translation>Het certificaat van de server {host} is niet ondertekend door het gekozen CA-bestand van het programma: vraag de IT-afdeling om het juiste bestand.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The certificate of the server {host} is made out for another name: use the server's name exactly as IT gave it.</source>
            <translation>Het certificaat van de server {host} staat op een andere naam: gebruik de naam van de server precies zoals de IT-afdeling die gaf.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The connection to {host} would not verify the server (it needs sslmode=verify-full and the programme's CA file), so BalintDesk does not use it.</source>
            <translation>De verbinding met {host} zou de server niet controleren (daarvoor zijn sslmode=verify-full en het CA-bestand van het programma nodig), dus BalintDesk gebruikt haar niet.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected, but the login “{login}” has no access to any group: ask the programme's administrator to give {login} access.</source>
            <translation>Verbonden, maar gebruikersnaam ‘{login}’ heeft toegang tot geen enkele groep: vraag de programmabeheerder om {login} toegang te geven.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server's database was set up by a newer BalintDesk (schema {found}): install that version on this computer.</source>
            <translation>De database van de server is ingericht door een nieuwere BalintDesk (schema {found}): installeer die versie op deze computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server {host} refused the connection: {reason}</source>
            <translation>De server {host} weigerde de verbinding: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected: you are a programme administrator.</source>
            <translation>Verbonden: u bent programmabeheerder.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected: you lead %n group(s).</source>
            <translation>
                <numerusform>Verbonden: u begeleidt %n groep.</numerusform>
                <numerusform>Verbonden: u begeleidt %n groepen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected: %n group(s) on this server.</source>
            <translation>
                <numerusform>Verbonden: %n groep op deze server.</numerusform>
                <numerusform>Verbonden: %n groepen op deze server.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The practice's server does not let your login make this change (a group's leader changes only their own groups; adding groups is for a programme administrator), so nothing was changed.</source>
            <translation>De server van de praktijk staat deze wijziging niet toe voor uw login (een groepsleider wijzigt alleen de eigen groepen; groepen toevoegen is voor de programmabeheerder), dus er is niets gewijzigd.</translation>
        </message>
    </context>
</TS>
