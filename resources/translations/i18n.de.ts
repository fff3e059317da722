<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>ServerWords</name>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server {host} cannot be reached: check the network, or ask IT whether the server is running.</source>
            <translation>Der Server {host} ist nicht erreichbar: Prüfen Sie das Netzwerk, oder fragen Sie die IT, ob der Server läuft.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server {host} did not accept the login “{login}” with this password: check both.</source>
            <translation>Der Server {host} hat den Anmeldenamen „{login}“ mit diesem Passwort nicht angenommen: Prüfen Sie beides.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The certificate of the server {host} is not signed by the programme's CA file you chose: ask IT for the right file.</source>
            <translation>Das Zertifikat des Servers {host} ist nicht von der gewählten CA-Datei des Programms signiert: Fragen Sie die IT nach der richtigen Datei.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The certificate of the server {host} is made out for another name: use the server's name exactly as IT gave it.</source>
            <translation>Das Zertifikat des Servers {host} lautet auf einen anderen Namen: Verwenden Sie den Namen des Servers genau so, wie die IT ihn genannt hat.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The connection to {host} would not verify the server (it needs sslmode=verify-full and the programme's CA file), so BalintDesk does not use it.</source>
            <translation>Die Verbindung zu {host} würde den Server nicht prüfen (nötig sind sslmode=verify-full und die CA-Datei des Programms), daher verwendet BalintDesk sie nicht.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected, but the login “{login}” has no access to any group: ask the programme's administrator to give {login} access.</source>
            <translation>Verbunden, aber der Anmeldename „{login}“ hat Zugang zu keiner Gruppe: Bitten Sie die Administration des Programms, {login} Zugang zu geben.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server's database was set up by a newer BalintDesk (schema {found}): install that version on this computer.</source>
            <translation>Die Datenbank des Servers wurde von einem neueren BalintDesk eingerichtet (Schema {found}): Installieren Sie diese Version auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server {host} refused the connection: {reason}</source>
            <translation>Der Server {host} hat die Verbindung abgelehnt: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected: you are a programme administrator.</source>
            <translation>Verbunden: Sie sind Administrator/in des Programms.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected: you lead %n group(s).</source>
            <translation>
                <numerusform>Verbunden: Sie leiten %n Gruppe.</numerusform>
                <numerusform>Verbunden: Sie leiten %n Gruppen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected: %n group(s) on this server.</source>
            <translation>
                <numerusform>Verbunden: %n Gruppe auf diesem Server.</numerusform>
                <numerusform>Verbunden: %n Gruppen auf diesem Server.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The practice's server does not let your login make this change (a group's leader changes only their own groups; adding groups is for a programme administrator), so nothing was changed.</source>
            <translation>Der Server der Praxis erlaubt Ihrer Anmeldung diese Änderung nicht (eine Gruppenleitung ändert nur die eigenen Gruppen; Gruppen anlegen dürfen nur Administratoren des Programms), daher wurde nichts geändert.</translation>
        </message>
    </context>
</TS>
