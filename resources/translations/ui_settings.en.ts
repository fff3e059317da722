<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>SettingsPage</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>%n minute(s) without use</source>
            <translation>
                <numerusform>%n minute without use</numerusform>
                <numerusform>%n minutes without use</numerusform>
            </translation>
        </message>
    </context>
</TS>
