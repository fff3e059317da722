<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>MeetingPage</name>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/meeting/page.py" />
            <source>In %n day(s)</source>
            <translation>
                <numerusform>In %n day</numerusform>
                <numerusform>In %n days</numerusform>
            </translation>
        </message>
    </context>
</TS>
