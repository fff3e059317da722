<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>ServerConfig</name>
        <message>
            <location filename="../../balintdesk/store/server_config.py" />
            <source>The shared database's settings on this computer ({file}) cannot be read; choose the server again in Settings → Shared database.</source>
            <translation>Le impostazioni del database condiviso su questo computer ({file}) non sono leggibili; scegliere di nuovo il server in Impostazioni → Database condiviso.</translation>
        </message>
    </context>
</TS>
