<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>ServerConfig</name>
        <message>
            <location filename="../../balintdesk/store/server_config.py" />
            <source>The shared database's settings on this computer ({file}) cannot be read; choose the server again in Settings → Shared database.</source>
            <translation>De instellingen van de gedeelde database op deze computer ({file}) zijn niet leesbaar; kies de server opnieuw in Instellingen → Gedeelde database.</translation>
        </message>
    </context>
</TS>
