<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Timing</name>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>{phase} took %n minute(s) more than planned</source>
            <translation>
                <numerusform>{phase} a duré %n minute de plus que prévu</numerusform>
                <numerusform>{phase} a duré %n minutes de plus que prévu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>{phase} took %n minute(s) less than planned</source>
            <translation>
                <numerusform>{phase} a duré %n minute de moins que prévu</numerusform>
                <numerusform>{phase} a duré %n minutes de moins que prévu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>Ran %n minute(s) over</source>
            <translation>
                <numerusform>Dépassement de %n minute</numerusform>
                <numerusform>Dépassement de %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>Ended %n minute(s) early</source>
            <translation>
                <numerusform>Terminée %n minute plus tôt</numerusform>
                <numerusform>Terminée %n minutes plus tôt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>Ran to time</source>
            <translation>Terminée à l’heure</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>{whole}.</source>
            <translation>{whole}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/domain/timing_report.py" />
            <source>{whole}; {detail}.</source>
            <translation>{whole} ; {detail}.</translation>
        </message>
    </context>
</TS>
