<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ServerWords</name>
        <message numerus="yes">
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected: you lead %n group(s).</source>
            <translation>
                <numerusform>Connected: you lead %n group.</numerusform>
                <numerusform>Connected: you lead %n groups.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/i18n/server_words.py" />
            <source>Connected: %n group(s) on this server.</source>
            <translation>
                <numerusform>Connected: %n group on this server.</numerusform>
                <numerusform>Connected: %n groups on this server.</numerusform>
            </translation>
        </message>
    </context>
</TS>
