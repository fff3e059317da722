<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ServerConfig</name>
        <message>
            <location filename="../../balintdesk/store/server_config.py" />
            <source>The shared database's settings on this computer ({file}) cannot be read; choose the server again in Settings → Shared database.</source>
            <translation>Les réglages de la base de données partagée sur cet ordinateur ({file}) sont illisibles ; choisissez à nouveau le serveur dans Paramètres → Base de données partagée.</translation>
        </message>
    </context>
</TS>
