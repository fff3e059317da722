<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Timing</name>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>{phase} took %n minute(s) more than planned</source>
            <translation>
                <numerusform>{phase} dauerte %n Minute länger als geplant</numerusform>
                <numerusform>{phase} dauerte %n Minuten länger als geplant</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>{phase} took %n minute(s) less than planned</source>
            <translation>
                <numerusform>{phase} dauerte %n Minute kürzer als geplant</numerusform>
                <numerusform>{phase} dauerte %n Minuten kürzer als geplant</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>Ran %n minute(s) over</source>
            <translation>
                <numerusform>%n Minute überzogen</numerusform>
                <numerusform>%n Minuten überzogen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>Ended %n minute(s) early</source>
            <translation>
                <numerusform>%n Minute früher beendet</numerusform>
                <numerusform>%n Minuten früher beendet</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>Ran to time</source>
            <translation>Pünktlich beendet</translation>
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
