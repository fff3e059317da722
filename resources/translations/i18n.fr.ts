<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ServerWords</name>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server {host} cannot be reached: check the network, or ask IT whether the server is running.</source>
            <translation>Le serveur {host} est injoignable : vérifiez le réseau, ou demandez au service informatique si le serveur fonctionne.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server {host} did not accept the login “{login}” with this password: check both.</source>
            <translation>Le serveur {host} n’a pas accepté l’identifiant « {login} » avec ce mot de passe : vérifiez les deux.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The certificate of the server {host} is not signed by the programme's CA file you chose: ask IT for the right file.</source>
            <translation>Le certificat du serveur {host} n’est pas signé par le fichier CA du programme que vous avez choisi : demandez le bon fichier au service informatique.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The certificate of the server {host} is made out for another name: use the server's name exactly as IT gave it.</source>
            <translation>Le certificat du serveur {host} est établi pour un autre nom : utilisez le nom du serveur exactement tel que le service informatique l’a donné.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The connection to {host} would not verify the server (it needs sslmode=verify-full and the programme's CA file), so BalintDesk does not use it.</source>
            <translation>La connexion à {host} ne vérifierait pas le serveur (il faut sslmode=verify-full et le fichier CA du programme) : BalintDesk ne l’utilise donc pas.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected, but the login “{login}” has no access to any group: ask the programme's administrator to give {login} access.</source>
            <translation>Connecté, mais l’identifiant « {login} » n’a accès à aucun groupe : demandez à l’administrateur du programme de donner accès à {login}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server's database was set up by a newer BalintDesk (schema {found}): install that version on this computer.</source>
            <translation>La base de données du serveur a été créée par un BalintDesk plus récent (schéma {found}) : installez cette version sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The server {host} refused the connection: {reason}</source>
            <translation>Le serveur {host} a refusé la connexion : {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected: you are a programme administrator.</source>
            <translation>Connecté : vous êtes administrateur du programme.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected: you lead %n group(s).</source>
            <translation>
                <numerusform>Connecté : vous animez %n groupe.</numerusform>
                <numerusform>Connecté : vous animez %n groupes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected: %n group(s) on this server.</source>
            <translation>
                <numerusform>Connecté : %n groupe sur ce serveur.</numerusform>
                <numerusform>Connecté : %n groupes sur ce serveur.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>The practice's server does not let your login make this change (a group's leader changes only their own groups; adding groups is for a programme administrator), so nothing was changed.</source>
            <translation>Le serveur du cabinet n'autorise pas cette modification pour votre identifiant (un animateur ne modifie que ses propres groupes ; l'ajout de groupes est réservé à l'administrateur du programme) : rien n'a été modifié.</translation>
        </message>
    </context>
</TS>
