<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>ServerWords</name>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server {host} cannot be reached: check the network, or ask IT whether the server is running.</source>
            <translation>Il server {host} non è raggiungibile: controllare la rete, o chiedere al reparto IT se il server è in funzione.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server {host} did not accept the login “{login}” with this password: check both.</source>
            <translation>Il server {host} non ha accettato il nome utente «{login}» con questa password: controllare entrambi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The certificate of the server {host} is not signed by the programme's CA file you chose: ask IT for the right file.</source>
            <translation>Il certificato del server {host} non è firmato dal file CA del programma scelto: chiedere al reparto IT il file giusto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The certificate of the server {host} is made out for another name: use the server's name exactly as IT gave it.</source>
            <translation>Il certificato del server {host} è intestato a un altro nome: usare il nome del server esattamente come indicato dal reparto IT.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The connection to {host} would not verify the server (it needs sslmode=verify-full and the programme's CA file), so BalintDesk does not use it.</source>
            <translation>La connessione a {host} non verificherebbe il server (servono sslmode=verify-full e il file CA del programma), quindi BalintDesk non la usa.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected, but the login “{login}” has no access to any group: ask the programme's administrator to give {login} access.</source>
            <translation>Connesso, ma il nome utente «{login}» non ha accesso a nessun gruppo: chiedere all’amministratore del programma di dare accesso a {login}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server's database was set up by a newer BalintDesk (schema {found}): install that version on this computer.</source>
            <translation>Il database del server è stato creato da un BalintDesk più recente (schema {found}): installare quella versione su questo computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server {host} refused the connection: {reason}</source>
            <translation>Il server {host} ha rifiutato la connessione: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected: you are a programme administrator.</source>
            <translation>Connesso: amministratore del programma.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected: you lead %n group(s).</source>
            <translation>
                <numerusform>Connesso: conduttore di %n gruppo.</numerusform>
                <numerusform>Connesso: conduttore di %n gruppi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected: %n group(s) on this server.</source>
            <translation>
                <numerusform>Connesso: %n gruppo su questo server.</numerusform>
                <numerusform>Connesso: %n gruppi su questo server.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The practice's server does not let your login make this change (a group's leader changes only their own groups; adding groups is for a programme administrator), so nothing was changed.</source>
            <translation>Il server dello studio non consente questa modifica al suo accesso (un conduttore modifica solo i propri gruppi; aggiungere gruppi spetta all'amministratore del programma), quindi non è stato modificato nulla.</translation>
        </message>
    </context>
</TS>
