<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Timing</name>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>{phase} took %n minute(s) more than planned</source>
            <translation>
                <numerusform>{phase} duurde %n minuut langer dan gepland</numerusform>
                <numerusform>{phase} duurde %n minuten langer dan gepland</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>{phase} took %n minute(s) less than planned</source>
            <translation>
                <numerusform>{phase} duurde %n minuut korter dan gepland</numerusform>
                <numerusform>{phase} duurde %n minuten korter dan gepland</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>Ran %n minute(s) over</source>
            <translation>
                <numerusform>%n minuut uitgelopen</numerusform>
                <numerusform>%n minuten uitgelopen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>Ended %n minute(s) early</source>
            <translation>
                <numerusform>%n minuut eerder klaar</numerusform>
                <numerusform>%n minuten eerder klaar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>Ran to time</source>
            <translation>Op tijd klaar</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>{whole}.</source>
            <translation>{whole}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>{whole}; {detail}.</source>
            <translation>{whole}; {detail}.</translation>
        </message>
    </context>
</TS>
