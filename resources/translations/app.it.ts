<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk may not write to {0} (the folder or its disk is read-only), so it cannot open there. Make the folder writable, or copy it somewhere you may write and start BalintDesk with --data-dir and the copy.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
