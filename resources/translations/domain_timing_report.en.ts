<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Timing</name>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>{phase} took %n minute(s) more than planned</source>
            <translation>
                <numerusform>{phase} took %n minute more than planned</numerusform>
                <numerusform>{phase} took %n minutes more than planned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>{phase} took %n minute(s) less than planned</source>
            <translation>
                <numerusform>{phase} took %n minute less than planned</numerusform>
                <numerusform>{phase} took %n minutes less than planned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>Ran %n minute(s) over</source>
            <translation>
                <numerusform>Ran %n minute over</numerusform>
                <numerusform>Ran %n minutes over</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>Ended %n minute(s) early</source>
            <translation>
                <numerusform>Ended %n minute early</numerusform>
                <numerusform>Ended %n minutes early</numerusform>
            </translation>
        </message>
    </context>
</TS>
