<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Timing</name>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>{phase} took %n minute(s) more than planned</source>
            <translation>
                <numerusform>{phase} è durata %n minuto in più del previsto</numerusform>
                <numerusform>{phase} è durata %n minuti in più del previsto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>{phase} took %n minute(s) less than planned</source>
            <translation>
                <numerusform>{phase} è durata %n minuto in meno del previsto</numerusform>
                <numerusform>{phase} è durata %n minuti in meno del previsto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>Ran %n minute(s) over</source>
            <translation>
                <numerusform>Sforato di %n minuto</numerusform>
                <numerusform>Sforato di %n minuti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>Ended %n minute(s) early</source>
            <translation>
                <numerusform>Finito %n minuto prima</numerusform>
                <numerusform>Finito %n minuti prima</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>Ran to time</source>
            <translation>Finito in orario</translation>
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
