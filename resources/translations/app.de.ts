<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk may not write to {folder} (the folder or its disk is read-only), so it cannot open there. Make the folder writable, or copy it somewhere you may write and start BalintDesk with --data-dir and the copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk has found that part of its data file is damaged, as happens when a disk starts to fail. Quit BalintDesk and open it again: it will check the file and offer to go back to the newest backup that is whole.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>The disk holding BalintDesk's data is full, so your last change was not saved. Free some space, then make the change again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>BalintDesk may not write to its data folder any more (the folder or its disk became read-only), so your last change was not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>Another BalintDesk kept the data busy for too long, so your last change was not saved. Make it again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/app.py" />
            <source>Something went wrong inside BalintDesk. Your saved data is safe; the details are in the log file in the data folder's 'logs' folder.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
