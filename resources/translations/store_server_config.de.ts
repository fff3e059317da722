<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>ServerConfig</name>
        <message>
            <location filename="../../balintdesk/store/server_config.py" />
            <source>The shared database's settings on this computer ({file}) cannot be read; choose the server again in Settings → Shared database.</source>
            <translation>Die Einstellungen der gemeinsamen Datenbank auf diesem Computer ({file}) sind nicht lesbar; wählen Sie den Server erneut unter Einstellungen → Gemeinsame Datenbank.</translation>
        </message>
    </context>
</TS>
